import type { AwardRules } from '../ruleSets/awardRules';
import type { Citation } from '../ruleSets/citation';
import type { RuleSet } from '../ruleSets/ruleSet';
import { AWARD_CODES, type AwardCode } from './awardCodes';
import type { AwardDefinition } from './awardDefinition';
import { CATALOGUE } from './awards';

/** An award as it applies under one rule set: the law's definition plus the configured procedure. */
interface AwardProfile extends AwardDefinition {
  ruleSetId: string;
  rules: AwardRules;
  legalBasis: Citation;
}

export function getAwardProfile(code: AwardCode, ruleSet: RuleSet): AwardProfile {
  const definition = CATALOGUE[code];
  return {
    ...definition,
    ruleSetId: ruleSet.id,
    rules: ruleSet.values.awardRules[code],
    legalBasis: ruleSet.citations[definition.citationKey],
  };
}

export function listAwardProfiles(ruleSet: RuleSet): AwardProfile[] {
  return AWARD_CODES.map((code) => getAwardProfile(code, ruleSet));
}
