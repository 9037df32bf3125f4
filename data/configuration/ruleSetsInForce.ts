import {
  RULE_SETS,
  applyConfigOverride,
  findRuleSet,
  selectRuleSet,
  type ConfigChange,
  type RuleSet,
} from '../../domain/ruleSets';
import type { IsoDateText } from '../../domain/calendar/isoDate';
import type { Actor } from '../../domain/process/roles';
import { RuleSetOverrideModel } from './ruleSetOverrideModel';
import { keptUntilNextRevision, saveRevision } from './revisions';

/** `_id` of a stored revision; revisions of a rule set are numbered 1, 2, 3… without gaps. */
const revisionId = (ruleSetId: string, revision: number): string => `${ruleSetId}:${revision}`;

/** The latest stored override revision of a rule set, if any. */
export async function latestOverride(ruleSetId: string) {
  return RuleSetOverrideModel.findOne({ ruleSetId }).sort({ revision: -1 }).lean();
}

/**
 * Stores revision `revision` (the latest + 1) of a rule set's override; `override` holds every
 * change so far. Null when another administrator stored that revision first (the unique
 * `_id` admits one). Once this returns, every process's next `ruleSetsInForce` sees it.
 */
export async function saveOverrideRevision(input: {
  ruleSetId: string;
  revision: number;
  override: object;
  changes: readonly ConfigChange[];
  reason: string;
  by: Actor;
}): Promise<{ savedAt: Date } | null> {
  return saveRevision(RuleSetOverrideModel as never, {
    _id: revisionId(input.ruleSetId, input.revision),
    ...input,
  });
}

/**
 * The shipped rule sets with each one's latest administrator override merged in
 * (`configRevision` names it), kept per process until any rule set has a next revision (see
 * revisions.ts): a change applies to every check that starts after its save is confirmed, in every
 * process.
 */
export const ruleSetsInForce: () => Promise<RuleSet[]> = keptUntilNextRevision(
  RuleSetOverrideModel as never,
  async () => {
    // A few revisions a year: one read of them all, the first of each rule set its latest.
    const revisions = await RuleSetOverrideModel.find(
      {},
      { ruleSetId: 1, revision: 1, override: 1 },
    )
      .sort({ revision: -1 })
      .lean();
    const latest = RULE_SETS.map((ruleSet) => revisions.find((r) => r.ruleSetId === ruleSet.id));
    return {
      value: RULE_SETS.map((ruleSet, i) => {
        const override = latest[i];
        return override ? applyConfigOverride(ruleSet, override.override, override._id) : ruleSet;
      }),
      nextIds: RULE_SETS.map((ruleSet, i) =>
        revisionId(ruleSet.id, (latest[i]?.revision ?? 0) + 1),
      ),
    };
  },
);

/** The configured rule set in force on a receipt date (throws RuleSetNotFoundError). */
export async function ruleSetForReceipt(receivedOn: IsoDateText): Promise<RuleSet> {
  return selectRuleSet(receivedOn, await ruleSetsInForce());
}

export async function ruleSetById(id: string): Promise<RuleSet | undefined> {
  return findRuleSet(id, await ruleSetsInForce());
}
