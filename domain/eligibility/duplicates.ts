import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import { CATALOGUE } from '../catalogue/awards';
import type { NominationRef } from './context';

/**
 * Thematic and ad hoc awards reward another achievement than the year's merit, so they never
 * overlap with a merit award (Decree principle: they do not count toward merit awards either).
 */
export function kindsMayOverlap(a: CommendationKind, b: CommendationKind): boolean {
  const apart = (x: CommendationKind, y: CommendationKind) =>
    x === 'merit' && (y === 'thematic' || y === 'ad_hoc');
  return !apart(a, b) && !apart(b, a);
}

/** The kind a nomination proposes: as given, else the award's usual kind. */
export function kindOf(n: NominationRef): CommendationKind {
  return n.kind ?? CATALOGUE[n.award].kinds[0];
}

interface DuplicateFinding {
  kind: 'same_unit' | 'different_units' | 'overlapping_awards';
  subjectId: string;
  year: number;
  awards: AwardCode[];
  nominationIds: string[];
  unitIds: string[];
}

/**
 * The other nominations of one subject for the same award and year: its duplicates (Decree
 * 152/2025 Art. 4: one achievement, one award), whichever unit sent them.
 */
export function twinNominations(
  others: readonly NominationRef[],
  of: { subjectId: string; award: AwardCode; year: number; nominationId?: string },
): NominationRef[] {
  return others.filter(
    (n) =>
      n.subjectId === of.subjectId &&
      n.award === of.award &&
      n.year === of.year &&
      n.nominationId !== of.nominationId,
  );
}

/**
 * Duplicates across a set of nominations (a round, or a whole year): the same subject for the
 * same award and year twice — by one unit or by two — and overlapping awards in one year.
 * Deterministic order: by subject, year, award.
 */
export function findDuplicateNominations(
  nominations: readonly NominationRef[],
  overlappingSets: readonly { codes: readonly AwardCode[] }[] = [],
): DuplicateFinding[] {
  const findings: DuplicateFinding[] = [];
  const groups = new Map<string, NominationRef[]>();
  for (const n of nominations) {
    const key = `${n.subjectId}\u0000${n.year}\u0000${n.award}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const group = groups.get(key)!;
    if (group.length < 2) continue;
    const units = [...new Set(group.map((n) => n.unitId))].sort();
    findings.push({
      kind: units.length === 1 ? 'same_unit' : 'different_units',
      subjectId: group[0].subjectId,
      year: group[0].year,
      awards: [group[0].award],
      nominationIds: group.map((n) => n.nominationId).sort(),
      unitIds: units,
    });
  }
  const bySubjectYear = new Map<string, NominationRef[]>();
  for (const n of nominations) {
    const key = `${n.subjectId}\u0000${n.year}`;
    bySubjectYear.set(key, [...(bySubjectYear.get(key) ?? []), n]);
  }
  for (const key of [...bySubjectYear.keys()].sort()) {
    const list = bySubjectYear.get(key)!;
    for (const set of overlappingSets) {
      const inSet = list.filter((n) => set.codes.includes(n.award));
      const hits = inSet.filter((n) =>
        inSet.some((m) => m.award !== n.award && kindsMayOverlap(kindOf(n), kindOf(m))),
      );
      const awards = [...new Set(hits.map((n) => n.award))].sort();
      if (awards.length < 2) continue;
      findings.push({
        kind: 'overlapping_awards',
        subjectId: list[0].subjectId,
        year: list[0].year,
        awards,
        nominationIds: hits.map((n) => n.nominationId).sort(),
        unitIds: [...new Set(hits.map((n) => n.unitId))].sort(),
      });
    }
  }
  return findings;
}
