import {
  RULE_SETS,
  applyConfigOverride,
  findRuleSet,
  selectRuleSet,
  type ConfigChange,
  type RuleSet,
} from '../../domain/ruleSets';
import type { IsoDate } from '../../domain/ruleSets/isoDate';
import type { Actor } from '../../domain/process/roles';
import { isDuplicateKey } from '../duplicateKey';
import { RuleSetOverrideModel } from './ruleSetOverrideModel';

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
  try {
    const saved = await RuleSetOverrideModel.create({
      _id: revisionId(input.ruleSetId, input.revision),
      ...input,
    });
    return { savedAt: saved.get('createdAt') as Date };
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}

interface Loaded {
  ruleSets: RuleSet[];
  /** The revision merged into each of RULE_SETS (0: shipped values). */
  revisions: number[];
}
let loaded: Loaded | undefined;

async function load(): Promise<Loaded> {
  const latest = await Promise.all(RULE_SETS.map((ruleSet) => latestOverride(ruleSet.id)));
  return {
    ruleSets: RULE_SETS.map((ruleSet, i) => {
      const override = latest[i];
      return override ? applyConfigOverride(ruleSet, override.override, override._id) : ruleSet;
    }),
    revisions: latest.map((override) => override?.revision ?? 0),
  };
}

/** No rule set has a revision after the loaded one: one point read by `_id` per rule set. */
async function isCurrent(state: Loaded): Promise<boolean> {
  const next = await Promise.all(
    RULE_SETS.map((ruleSet, i) =>
      RuleSetOverrideModel.exists({ _id: revisionId(ruleSet.id, state.revisions[i]! + 1) }),
    ),
  );
  return next.every((found) => found === null);
}

/**
 * The shipped rule sets with each one's latest administrator override merged in
 * (`configRevision` names it). API and worker processes are many and stateless, so the
 * merged sets are kept per process but checked against the database on every call
 * (revisions are numbered without gaps: the one after the kept one exists or not). A change
 * therefore applies to every check that starts after it is saved, in every process.
 */
export async function ruleSetsInForce(): Promise<RuleSet[]> {
  if (!loaded || !(await isCurrent(loaded))) loaded = await load();
  return loaded.ruleSets;
}

/** The configured rule set in force on a receipt date (throws RuleSetNotFoundError). */
export async function ruleSetForReceipt(receivedOn: IsoDate): Promise<RuleSet> {
  return selectRuleSet(receivedOn, await ruleSetsInForce());
}

export async function ruleSetById(id: string): Promise<RuleSet | undefined> {
  return findRuleSet(id, await ruleSetsInForce());
}
