import type { AwardCode } from '../../catalogue/awardCodes';
import { CATALOGUE } from '../../catalogue/awards';
import type { RuleSet } from '../../ruleSets/ruleSet';
import { makeReason } from '../reason';
import type { RuleOutcome } from './outcome';

/**
 * Government Flag, Labour Order, Hero of Labour: the criteria are configurable data not yet
 * pinned, so after the common checks (holds, duplicates, subject) a person decides.
 */
export function checkStateAward(award: AwardCode, ruleSet: RuleSet): RuleOutcome {
  const definition = CATALOGUE[award];
  return {
    reasons: [
      makeReason(
        'CRITERIA_CONFIGURED_NEEDS_COUNCIL',
        'needs_judgement',
        ruleSet.citations[definition.citationKey],
        {
          vi: `Tiêu chuẩn “${definition.name.vi}” chưa được số hoá: Hội đồng xem xét theo hồ sơ và đề nghị lên cấp trên`,
          en: `The criteria of “${definition.name.en}” are not encoded: the council judges the dossier and proposes upward`,
        },
        { award, forwardedUpward: definition.forwardedUpward },
      ),
    ],
  };
}
