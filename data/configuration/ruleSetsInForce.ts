import {
  RULE_SETS,
  applyConfigOverride,
  findRuleSet,
  selectRuleSet,
  type RuleSet,
} from '../../domain/ruleSets';
import type { IsoDate } from '../../domain/ruleSets/isoDate';
import { RuleSetOverrideModel } from './ruleSetOverrideModel';

const CACHE_MS = 60_000;
let cached: { ruleSets: RuleSet[]; loadedAt: number } | undefined;

/** The latest stored override revision of a rule set, if any. */
export async function latestOverride(ruleSetId: string) {
  return RuleSetOverrideModel.findOne({ ruleSetId }).sort({ revision: -1 }).lean();
}

/**
 * The shipped rule sets with each one's latest administrator override merged in
 * (`configRevision` names it). Cached for a minute per process; `forget` drops the cache
 * after an administrator saves.
 */
export async function ruleSetsInForce(now = Date.now()): Promise<RuleSet[]> {
  if (cached && now - cached.loadedAt < CACHE_MS) return cached.ruleSets;
  const ruleSets = await Promise.all(
    RULE_SETS.map(async (ruleSet) => {
      const latest = await latestOverride(ruleSet.id);
      return latest ? applyConfigOverride(ruleSet, latest.override, latest._id) : ruleSet;
    }),
  );
  cached = { ruleSets, loadedAt: now };
  return ruleSets;
}

export function forgetRuleSets(): void {
  cached = undefined;
}

/** The configured rule set in force on a receipt date (throws RuleSetNotFoundError). */
export async function ruleSetForReceipt(receivedOn: IsoDate): Promise<RuleSet> {
  return selectRuleSet(receivedOn, await ruleSetsInForce());
}

export async function ruleSetById(id: string): Promise<RuleSet | undefined> {
  return findRuleSet(id, await ruleSetsInForce());
}
