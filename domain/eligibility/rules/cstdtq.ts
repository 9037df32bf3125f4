import { yearOf } from '../../calendar/isoDate';
import type { RuleSet } from '../../ruleSets/ruleSet';
import type { EligibilityContext } from '../context';
import type { AwardRecord, Initiative, NomineeHistory } from '../history';
import { awardsOf, initiativesIn, usedFor, yearsOf } from '../personFacts';
import { makeReason, type Reason } from '../reason';
import { meritRecords } from './meritOnly';
import { listYears, yearSpan, type RuleOutcome } from './outcome';

/**
 * National Emulation Fighter (Art. 21): consecutive Ministry fighter titles (each covering a
 * 3-year CSTĐCS chain, so consecutive titles are `cstdtqCstdboCycleYears` apart), an initiative
 * with nationwide effect, and a proposal made in the configured window after the second
 * title's decision. Forwarded to the Prime Minister.
 */
export function checkCstdtq(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): RuleOutcome {
  const citation = ruleSet.citations.CSTDTQ_STANDARD;
  const need = ruleSet.law.cstdtqConsecutiveCstdbo;
  const cycle = ruleSet.values.cstdtqCstdboCycleYears;
  const { merit, ignored } = meritRecords(history, 'CSTDBO', ruleSet);
  const reasons: Reason[] = [...ignored];
  const titles = merit.filter((a) => a.year <= year).sort((a, b) => a.year - b.year);
  const titleYears = yearsOf(titles);
  const latest = titles[titles.length - 1];

  if (!latest) {
    reasons.push(
      makeReason(
        'CSTDTQ_NO_CSTDBO',
        'blocking',
        citation,
        {
          vi: `Chưa được tặng danh hiệu Chiến sĩ thi đua cấp Bộ (cần ${need} lần liên tục)`,
          en: `No Ministry Emulation Fighter title yet (${need} consecutive titles are needed)`,
        },
        { cstdboYears: titleYears },
      ),
    );
    return { reasons, path: null, consumes: [] };
  }

  const expected: number[] = [];
  for (let k = need - 1; k >= 0; k -= 1) expected.push(latest.year - k * cycle);
  reasons.push(chainCheck(history, titleYears, expected, ruleSet));
  const initiative = nationalInitiative(history, expected[0], latest.year, year, ruleSet);
  reasons.push(initiative.reason);
  const { chosen } = initiative;
  reasons.push(proposalWindowCheck(latest, ruleSet, context));

  return {
    reasons,
    path: 'consecutive_cstdbo',
    consumes: chosen ? [{ initiativeId: chosen.id, use: { award: 'CSTDTQ', year } }] : [],
  };
}

/**
 * Law 06/2022/QH15, Art. 21 (CSTDTQ_STANDARD): the Ministry fighter titles of the expected
 * years, none of them already counted for an earlier National title.
 */
function chainCheck(
  history: NomineeHistory,
  titleYears: number[],
  expected: number[],
  ruleSet: RuleSet,
): Reason {
  const citation = ruleSet.citations.CSTDTQ_STANDARD;
  const need = ruleSet.law.cstdtqConsecutiveCstdbo;
  const missing = expected.filter((y) => !titleYears.includes(y));
  const firstYear = expected[0];
  const previousNational = yearsOf(awardsOf(history, 'CSTDTQ')).filter((y) => y >= firstYear);
  const facts = {
    cstdboYears: titleYears,
    expectedYears: expected,
    missingYears: missing,
    cycleYears: ruleSet.values.cstdtqCstdboCycleYears,
  };
  if (previousNational.length > 0) {
    return makeReason(
      'CSTDTQ_CHAIN_ALREADY_USED',
      'blocking',
      citation,
      {
        vi: `Các danh hiệu Chiến sĩ thi đua cấp Bộ năm ${listYears(expected)} đã được tính cho Chiến sĩ thi đua toàn quốc năm ${listYears(previousNational)}`,
        en: `The Ministry titles of ${listYears(expected)} were already counted for the National title of ${listYears(previousNational)}`,
      },
      { ...facts, previousNationalYears: previousNational },
    );
  }
  if (missing.length > 0) {
    return makeReason(
      'CSTDTQ_CHAIN_BROKEN',
      'blocking',
      citation,
      {
        vi: `Chưa đủ ${need} lần liên tục Chiến sĩ thi đua cấp Bộ: cần các năm ${listYears(expected)}, thiếu ${listYears(missing)}; đã đạt: ${listYears(titleYears)}`,
        en: `Not ${need} consecutive Ministry Fighter titles: ${listYears(expected)} needed, missing ${listYears(missing)}; held: ${listYears(titleYears)}`,
      },
      facts,
    );
  }
  return makeReason(
    'CSTDTQ_CHAIN_MET',
    'info',
    citation,
    {
      vi: `${need} lần liên tục Chiến sĩ thi đua cấp Bộ (${listYears(expected)})`,
      en: `${need} consecutive Ministry Fighter titles (${listYears(expected)})`,
    },
    facts,
  );
}

/**
 * Law 06/2022/QH15, Art. 21 (CSTDTQ_STANDARD): an initiative or research work with nationwide
 * effect, from the first counted CSTĐCS chain to the latest Ministry title, not yet used for
 * this award; with the initiative it would use.
 */
function nationalInitiative(
  history: NomineeHistory,
  firstYear: number,
  latestYear: number,
  year: number,
  ruleSet: RuleSet,
): { reason: Reason; chosen: Initiative | undefined } {
  const citation = ruleSet.citations.CSTDTQ_STANDARD;
  const periodFrom = firstYear - ruleSet.law.cstdboConsecutiveCstdcs + 1;
  const national = initiativesIn(history, {
    kinds: ['initiative', 'research', 'combat_wit'],
    fromYear: periodFrom,
    toYear: latestYear,
    scopes: ['national'],
  }).filter((i) => !usedFor(i, 'CSTDTQ', year));
  const chosen = national[0];
  const reason = chosen
    ? makeReason(
        'CSTDTQ_INITIATIVE_MET',
        'info',
        citation,
        {
          vi: `Có sáng kiến, đề tài được công nhận phạm vi ảnh hưởng toàn quốc năm ${chosen.year}`,
          en: `Initiative or research with nationwide effect recognised in ${chosen.year}`,
        },
        { initiativeId: chosen.id, year: chosen.year },
      )
    : makeReason(
        'CSTDTQ_NO_NATIONAL_INITIATIVE',
        'blocking',
        citation,
        {
          vi: `Chưa có sáng kiến, đề tài được công nhận phạm vi ảnh hưởng toàn quốc giai đoạn ${yearSpan(periodFrom, latestYear)}`,
          en: `No initiative or research with nationwide effect recognised in ${yearSpan(periodFrom, latestYear)}`,
        },
        { periodFrom, periodTo: latestYear },
      );
  return { reason, chosen };
}

/**
 * Law 06/2022/QH15, Art. 21 (CSTDTQ_WINDOW): the ministry proposes in the configured window,
 * counted from the second Ministry title's decision.
 */
function proposalWindowCheck(
  latest: AwardRecord,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason {
  const window = ruleSet.values.cstdtqProposalWindow;
  const windowCitation = ruleSet.citations.CSTDTQ_WINDOW;
  if (!latest.decisionDate) {
    return makeReason(
      'CSTDTQ_DECISION_DATE_MISSING',
      'needs_judgement',
      windowCitation,
      {
        vi: `Thiếu ngày quyết định Chiến sĩ thi đua cấp Bộ năm ${latest.year} để xác định thời điểm đề nghị`,
        en: `The decision date of the ${latest.year} Ministry title is missing; the proposal window cannot be checked`,
      },
      { cstdboYear: latest.year },
    );
  }
  if (!context.upwardProposalDate) {
    return makeReason(
      'CSTDTQ_PROPOSAL_DATE_MISSING',
      'needs_judgement',
      windowCitation,
      {
        vi: 'Chưa có ngày Bộ trình Thủ tướng đề nghị tặng danh hiệu để xác định thời điểm đề nghị (ngày tiếp nhận hồ sơ không thay được ngày này)',
        en: "The date the ministry proposes the title to the Prime Minister is not given; the window cannot be checked (the dossier's receipt date does not stand in for it)",
      },
      { receiptDate: context.asOf ?? null },
    );
  }
  const proposedOn = context.upwardProposalDate;
  const decisionYear = yearOf(latest.decisionDate);
  const proposalYear = yearOf(proposedOn);
  const earliest = decisionYear + window.fromYearsAfterDecision;
  const latestAllowed = decisionYear + window.toYearsAfterDecision;
  const inWindow = proposalYear >= earliest && proposalYear <= latestAllowed;
  return makeReason(
    inWindow ? 'CSTDTQ_WINDOW_MET' : 'CSTDTQ_OUTSIDE_WINDOW',
    inWindow ? 'info' : 'blocking',
    windowCitation,
    inWindow
      ? {
          vi: `Bộ trình đề nghị năm ${proposalYear}, trong thời hạn sau quyết định Chiến sĩ thi đua cấp Bộ ngày ${latest.decisionDate}`,
          en: `Proposed in ${proposalYear}, within the window after the Ministry title decision of ${latest.decisionDate}`,
        }
      : {
          vi: `Bộ trình đề nghị năm ${proposalYear}, ngoài thời hạn: phải đề nghị trong năm ${yearSpan(earliest, latestAllowed)} (sau quyết định ngày ${latest.decisionDate})`,
          en: `Proposed in ${proposalYear}, outside the window: ${yearSpan(earliest, latestAllowed)} (after the decision of ${latest.decisionDate})`,
        },
    {
      decisionDate: latest.decisionDate,
      proposalDate: proposedOn,
      windowFrom: earliest,
      windowTo: latestAllowed,
    },
  );
}
