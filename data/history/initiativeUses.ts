import type { AnyBulkWriteOperation } from 'mongoose';
import type { InitiativeUse } from '../../domain/eligibility/history';
import { NominationModel } from '../nomination/nominationModel';
import { PersonModel } from './personModel';
import { mapKey } from './recordKeys';

/** What a nomination's eligibility check found the award would use up (its `consumes`). */
interface StoredChecks {
  consumes?: { initiativeId: string; use: InitiativeUse }[];
}

/**
 * Records, in each person's history, the initiatives the granted nominations relied on, as
 * their eligibility checks found them and with the path each served (a CSTĐCS on "good
 * completion + initiative" uses its initiative up: 1168/BNV-BTĐKT). One `$set` of
 * `initiativeUses.<initiative, award, year>` per use, so repeating it changes nothing.
 */
export async function recordInitiativeUses(
  nominationIds: readonly string[],
  decisionNumber: string,
): Promise<void> {
  const nominations = await NominationModel.find(
    { _id: { $in: nominationIds } },
    { nominee: 1, checks: 1 },
  ).lean();
  const writes: AnyBulkWriteOperation[] = nominations.flatMap((nomination) => {
    const personId = nomination.nominee?.personId;
    const consumes = (nomination.checks as StoredChecks | undefined)?.consumes ?? [];
    return personId
      ? consumes.map(({ initiativeId, use }) => ({
          updateOne: {
            filter: { _id: personId },
            update: {
              $set: {
                [`initiativeUses.${mapKey(initiativeId, use.award, use.year)}`]: {
                  initiativeId,
                  ...use,
                  nominationId: nomination._id,
                  decisionNumber,
                },
              },
            },
          },
        }))
      : [];
  });
  if (writes.length > 0) await PersonModel.bulkWrite(writes, { ordered: false });
}
