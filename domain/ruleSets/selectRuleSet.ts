import { isInForce } from './inForce';
import { parseIsoDate, type IsoDateText } from '../calendar/isoDate';
import type { RuleSet } from './ruleSet';
import { RULE_SET_2024 } from './ruleSet2024';
import { RULE_SET_2025 } from './ruleSet2025';
import { RULE_SET_2010, RULE_SET_2014, RULE_SET_2017 } from './ruleSetsLegacy';

/** Shipped rule sets, oldest first. Validity periods must not overlap or leave gaps. */
export const RULE_SETS: readonly RuleSet[] = [
  RULE_SET_2010,
  RULE_SET_2014,
  RULE_SET_2017,
  RULE_SET_2024,
  RULE_SET_2025,
];

export class RuleSetNotFoundError extends Error {
  readonly code = 'RULE_SET_NOT_FOUND';
  constructor(readonly receiptDate: IsoDateText) {
    super(`No rule set is in force on ${receiptDate}`);
    this.name = 'RuleSetNotFoundError';
  }
}

export { isInForce };

/**
 * The rule set in force on the dossier's receipt date. Dates before the first rule set
 * (2010-06-01, when Decree 42/2010/NĐ-CP took effect) have no rules here and throw.
 */
export function selectRuleSet(
  receiptDate: IsoDateText,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): RuleSet {
  parseIsoDate(receiptDate, 'receipt date');
  const found = ruleSets.find((ruleSet) => isInForce(ruleSet, receiptDate));
  if (!found) throw new RuleSetNotFoundError(receiptDate);
  return found;
}

export function findRuleSet(
  id: string,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): RuleSet | undefined {
  return ruleSets.find((ruleSet) => ruleSet.id === id);
}
