import type { AwardCode } from '../catalogue/awardCodes';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { CouncilRule } from './councilRule';

/**
 * The council rule for an award; for CSTĐCS the nominating unit's own rule wins when that
 * unit has set one ("the unit sets its own threshold"). null: the award has no council vote.
 */
export function getCouncilRule(
  ruleSet: RuleSet,
  award: AwardCode,
  unitId?: string,
): CouncilRule | null {
  if (award === 'CSTDCS' && unitId !== undefined) {
    const unitRule = ruleSet.values.cstdcsCouncilRuleByUnit[unitId];
    if (unitRule) return unitRule;
  }
  return ruleSet.values.awardRules[award].council;
}
