import type { AwardCode } from '../catalogue/awardCodes';
import { CATALOGUE } from '../catalogue/awards';
import type { CommendationKind } from '../catalogue/awardDefinition';
import { endOfYear } from '../calendar/isoDate';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { EligibilityContext } from './context';
import type { SubjectHistory } from './history';
import { verdictOf, type EligibilityResult } from './reason';
import { checkBkbo } from './rules/bkbo';
import { checkBkttg } from './rules/bkttg';
import { checkCobo, checkTtldtt, checkTtldxs } from './rules/collectiveTitles';
import { commonChecks, subjectIdOf } from './rules/common';
import { checkCstdbo } from './rules/cstdbo';
import { checkCstdcs } from './rules/cstdcs';
import { checkCstdtq } from './rules/cstdtq';
import { checkGk } from './rules/gk';
import { checkKnc } from './rules/knc';
import { checkLdttStandard } from './rules/ldtt';
import type { RuleOutcome } from './rules/outcome';
import { overlayChecks } from './rules/overlays';
import { heroOccasion } from './rules/heroOccasion';
import { quotaReasons } from './rules/quota';
import { checkStateAward } from './rules/stateAwards';

/**
 * Judge one subject for one award and year under one rule set (already merged with the
 * administrator's overrides). Pure: no clock, no I/O — the same input gives the same result.
 *
 * `year` is the achievement year (năm thành tích) the award is for; `context.asOf` is the
 * receipt / proposal date (defaults to 31 December of `year`).
 */
export function checkEligibility(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext = {},
): EligibilityResult {
  const definition = CATALOGUE[award];
  const kind = context.kind ?? definition.kinds[0];
  const asOf = context.asOf ?? endOfYear(year);
  const common = commonChecks(history, award, year, ruleSet, context, kind, asOf);
  const subjectFits = definition.subject === 'both' || definition.subject === history.subject;
  const specific: RuleOutcome = subjectFits
    ? awardRule(history, award, year, ruleSet, context, kind)
    : { reasons: [] };

  const reasons = [
    ...common,
    ...specific.reasons,
    ...(subjectFits ? quotaReasons(award, ruleSet) : []),
    ...(subjectFits ? overlayChecks(history, award, year, ruleSet, asOf) : []),
  ];
  return {
    verdict: verdictOf(reasons),
    ruleSetId: ruleSet.id,
    configRevision: ruleSet.configRevision,
    award,
    year,
    subjectId: subjectIdOf(history),
    held: reasons.some((r) => r.code === 'HOLD_ACTIVE'),
    path: specific.path ?? null,
    consumes: specific.consumes ?? [],
    reasons,
  };
}

function awardRule(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
  kind: CommendationKind,
): RuleOutcome {
  // Individual-only and collective-only rules are reached only with the matching subject.
  if (history.subject === 'individual') {
    switch (award) {
      case 'LDTT':
        return { reasons: checkLdttStandard(history, year, ruleSet, context) };
      case 'CSTDCS':
        return checkCstdcs(history, year, ruleSet, context);
      case 'CSTDBO':
        return checkCstdbo(history, year, ruleSet, context);
      case 'CSTDTQ':
        return checkCstdtq(history, year, ruleSet, context);
      case 'KNC':
        return checkKnc(history, year, ruleSet);
      default:
        break;
    }
  } else {
    switch (award) {
      case 'TTLDTT':
        return checkTtldtt(history, year, ruleSet);
      case 'TTLDXS':
        return checkTtldxs(history, year, ruleSet);
      case 'COBO':
        return checkCobo(history, year, ruleSet);
      default:
        break;
    }
  }
  switch (award) {
    case 'BKBO':
      return checkBkbo(history, year, ruleSet, context, kind);
    case 'BKTTG':
      return checkBkttg(history, year, ruleSet, kind);
    case 'GK':
      return checkGk(history, year, ruleSet);
    case 'AHLD': {
      const outcome = checkStateAward(award, ruleSet);
      return { reasons: [...outcome.reasons, heroOccasion(ruleSet, context)] };
    }
    default:
      return checkStateAward(award, ruleSet);
  }
}
