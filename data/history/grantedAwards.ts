import type { CommendationKind, Decider } from '../../domain/catalogue/awardDefinition';
import { DECIDER_ISSUER_LEVEL } from '../../domain/eligibility/history';
import { AwardRecordModel } from './awardRecordModel';
import { recordInitiativeUses } from './initiativeUses';

/** The decision that grants the awards: the minister's, or the Prime Minister's / President's. */
interface GrantingDecision {
  awardCode: string;
  year: number;
  basis: CommendationKind;
  issuer: Decider;
  number: string;
  /** Its date, YYYY-MM-DD. */
  date: string;
  /** The decision record in TĐKT Flow, when the decision was signed here. */
  decisionId?: string;
}

/** A nominee the decision grants the award to. */
interface GrantedNominee {
  nominationId: string;
  nomineeKind: 'individual' | 'collective';
  /** The person's or the collective's ID, when the nomination named one. */
  subjectId?: string | null;
  unitId: string;
}

/**
 * Records granted awards in their subjects' histories: an award record per nominee (`_id =
 * nomination:<id>` inserted once, so granting twice is impossible) and the initiatives each
 * award relied on as used up (1168/BNV-BTĐKT). Every write is idempotent.
 */
export async function recordGrantedAwards(
  decision: GrantingDecision,
  nominees: readonly GrantedNominee[],
): Promise<void> {
  const records = nominees.map((nominee) => ({
    _id: `nomination:${nominee.nominationId}`,
    subject: nominee.nomineeKind,
    subjectId: subjectIdOf(nominee),
    code: decision.awardCode,
    year: decision.year,
    issuerLevel: DECIDER_ISSUER_LEVEL[decision.issuer],
    basis: decision.basis,
    decisionNumber: decision.number,
    decisionDate: decision.date,
  }));
  await AwardRecordModel.bulkWrite(
    records.map((record, i) => ({
      updateOne: {
        filter: { _id: record._id },
        update: {
          $setOnInsert: {
            ...record,
            source: 'decision',
            nominationId: nominees[i]!.nominationId,
            ...(decision.decisionId && { decisionId: decision.decisionId }),
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  await recordInitiativeUses(
    nominees.map((nominee) => nominee.nominationId),
    decision.number,
  );
}

/** The person or collective the award is recorded against. */
function subjectIdOf(nominee: GrantedNominee): string {
  if (nominee.subjectId) return nominee.subjectId;
  // A collective nominated without its own ID is its unit; a person without one is the nomination.
  return nominee.nomineeKind === 'collective'
    ? `unit:${nominee.unitId}`
    : `nomination:${nominee.nominationId}`;
}
