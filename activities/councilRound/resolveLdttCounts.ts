import { NominationModel } from '../../data/nomination/nominationModel';
import type { LdttCount } from '../../domain/council/round';

interface ResolveLdttInput {
  pairs: Array<{ unitId: string; year: number }>;
  declared: Array<{ unitId: string; year: number; count: number }>;
}

/**
 * The CSTĐCS quota's denominator: the unit's LĐTT holders in the year. Source, in order:
 * the count the secretariat declared for the round (for years whose LĐTT titles were not
 * decided in TĐKT Flow), else the approved LĐTT nominations of that unit and year in the
 * read model. Award records cannot be used: they name a person, not a unit. Zero found
 * and none declared is "missing", and the ballot cannot open.
 */
export async function resolveLdttCounts(
  input: ResolveLdttInput,
): Promise<{ counts: LdttCount[]; missing: Array<{ unitId: string; year: number }> }> {
  const counts: LdttCount[] = [];
  const missing: Array<{ unitId: string; year: number }> = [];
  for (const { unitId, year } of input.pairs) {
    const declared = input.declared.find((d) => d.unitId === unitId && d.year === year);
    if (declared) {
      counts.push({ unitId, year, count: declared.count, source: 'declared_by_secretariat' });
      continue;
    }
    const count = await NominationModel.countDocuments({
      unitId,
      year,
      awardCode: 'LDTT',
      stage: 'approved',
    });
    if (count === 0) missing.push({ unitId, year });
    else counts.push({ unitId, year, count, source: 'approved_ldtt_nominations' });
  }
  return { counts, missing };
}
