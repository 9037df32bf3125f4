import type { RuleSet } from '../../ruleSets/ruleSet';
import type { EligibilityContext } from '../context';
import type { Initiative, NomineeHistory } from '../history';
import { awardsOf, initiativesIn, missingYears, usedFor, yearsOf } from '../personFacts';
import { makeReason, type Reason } from '../reason';
import { chainState, cstdcsChainText } from './chains';
import { meritRecords } from './meritOnly';
import { listYears, yearSpan, type RuleOutcome } from './outcome';

/**
 * Ministry Emulation Fighter (Art. 22): a chain of consecutive CSTĐCS ending in `year`
 * (consecutive calendar years; a gap breaks it; years already counted for an earlier
 * CSTĐBO cannot be reused) and an initiative recognised across the ministry in that period.
 */
export function checkCstdbo(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): RuleOutcome {
  const { merit, ignored } = meritRecords(history, 'CSTDCS', ruleSet);
  const { reason, chosen } = ministryInitiative(history, year, ruleSet);
  return {
    reasons: [
      ...ignored,
      cstdcsChainCheck(history, year, yearsOf(merit), ruleSet, context),
      reason,
      secretBallotNote(ruleSet),
    ],
    path: 'consecutive_cstdcs',
    consumes: chosen ? [{ initiativeId: chosen.id, use: { award: 'CSTDBO', year } }] : [],
  };
}

/**
 * Law 06/2022/QH15, Art. 22 (CSTDBO_STANDARD): consecutive CSTĐCS titles ending in `year`, not
 * already counted for an earlier CSTĐBO; the year's own title may be pending in this round, and
 * years the history does not record go to a person.
 */
function cstdcsChainCheck(
  history: NomineeHistory,
  year: number,
  years: number[],
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason {
  const citation = ruleSet.citations.CSTDBO_STANDARD;
  const n = ruleSet.law.cstdboConsecutiveCstdcs;
  const from = year - n + 1;
  const missing = missingYears(years, from, year);
  const previous = yearsOf(awardsOf(history, 'CSTDBO', { meritOnly: true })).filter(
    (y) => y < year,
  );
  const lastTitle = previous.length > 0 ? previous[previous.length - 1] : undefined;
  const facts = { chainFrom: from, chainTo: year, cstdcsYears: years, missingYears: missing };
  if (lastTitle !== undefined && lastTitle >= from) {
    return makeReason(
      'CSTDBO_CHAIN_ALREADY_USED',
      'blocking',
      citation,
      {
        vi: `Các năm ${yearSpan(from, year)} đã được tính cho Chiến sĩ thi đua cấp Bộ năm ${lastTitle}; cần ${n} lần liên tục Chiến sĩ thi đua cơ sở sau năm ${lastTitle}`,
        en: `Years ${yearSpan(from, year)} were already counted for the Ministry Fighter title of ${lastTitle}; ${n} consecutive Grassroots titles after ${lastTitle} are needed`,
      },
      { ...facts, previousTitleYear: lastTitle },
    );
  }
  switch (chainState(history, 'CSTDCS', missing, year, context)) {
    case 'complete':
      return makeReason(
        'CSTDBO_CHAIN_MET',
        'info',
        citation,
        cstdcsChainText(n, from, year),
        facts,
      );
    case 'pending_this_round':
      return makeReason(
        'CSTDBO_CHAIN_PENDING',
        'needs_judgement',
        citation,
        {
          vi: `Chuỗi ${yearSpan(from, year)} chỉ đủ khi được công nhận Chiến sĩ thi đua cơ sở năm ${year} (đang đề nghị trong cùng đợt)`,
          en: `The ${yearSpan(from, year)} chain is complete only if the ${year} Grassroots title (nominated in this round) is granted`,
        },
        facts,
      );
    case 'unrecorded':
      // Nothing is recorded for those years: the titles may exist, the history does not say.
      return makeReason(
        'CSTDBO_CSTDCS_HISTORY_MISSING',
        'needs_judgement',
        citation,
        {
          vi: `Chưa có dữ liệu năm ${listYears(missing)} (xếp loại, danh hiệu) để xét ${n} lần liên tục Chiến sĩ thi đua cơ sở (${yearSpan(from, year)}): cần bổ sung danh hiệu Chiến sĩ thi đua cơ sở các năm đó`,
          en: `Nothing is recorded for ${listYears(missing)} (grades, titles) to judge ${n} consecutive Grassroots titles (${yearSpan(from, year)}): supply the Grassroots titles of those years`,
        },
        { ...facts, unrecordedYears: missing },
      );
    case 'broken':
      return makeReason(
        'CSTDBO_CHAIN_BROKEN',
        'blocking',
        citation,
        {
          vi: `Chưa đủ ${n} lần liên tục Chiến sĩ thi đua cơ sở (${yearSpan(from, year)}): thiếu năm ${listYears(missing)}; các năm đã đạt: ${listYears(years)}`,
          en: `Not ${n} consecutive Grassroots Fighter titles (${yearSpan(from, year)}): missing ${listYears(missing)}; titles held: ${listYears(years)}`,
        },
        facts,
      );
  }
}

/**
 * Law 06/2022/QH15, Art. 22 (CSTDBO_STANDARD): an initiative or research work recognised across
 * the ministry in the chain's years, not yet used for this award; with the one it would use.
 */
function ministryInitiative(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
): { reason: Reason; chosen: Initiative | undefined } {
  const citation = ruleSet.citations.CSTDBO_STANDARD;
  const from = year - ruleSet.law.cstdboConsecutiveCstdcs + 1;
  const scoped = initiativesIn(history, {
    kinds: ['initiative', 'research', 'combat_wit'],
    fromYear: from,
    toYear: year,
    scopes: ['ministry', 'national'],
  }).filter((i) => !usedFor(i, 'CSTDBO', year));
  const grassrootsOnly = initiativesIn(history, {
    kinds: ['initiative', 'research', 'combat_wit'],
    fromYear: from,
    toYear: year,
    scopes: ['grassroots'],
  });
  const chosen = scoped[0];
  const reason = chosen
    ? makeReason(
        'CSTDBO_INITIATIVE_MET',
        'info',
        citation,
        {
          vi: `Có sáng kiến, đề tài được công nhận phạm vi ảnh hưởng trong Bộ năm ${chosen.year}${chosen.title ? `: “${chosen.title}”` : ''}`,
          en: `Initiative or research with ministry-wide effect recognised in ${chosen.year}${chosen.title ? `: “${chosen.title}”` : ''}`,
        },
        { initiativeId: chosen.id, scope: chosen.scope, year: chosen.year },
      )
    : makeReason(
        'CSTDBO_NO_MINISTRY_INITIATIVE',
        'blocking',
        citation,
        {
          vi: `Chưa có sáng kiến, đề tài được Bộ trưởng công nhận hiệu quả và khả năng nhân rộng trong Bộ giai đoạn ${yearSpan(from, year)}${grassrootsOnly.length > 0 ? ` (chỉ có ${grassrootsOnly.length} sáng kiến cấp cơ sở)` : ''}`,
          en: `No initiative or research whose ministry-wide effect the minister recognised in ${yearSpan(from, year)}${grassrootsOnly.length > 0 ? ` (only ${grassrootsOnly.length} at grassroots level)` : ''}`,
        },
        {
          periodFrom: from,
          periodTo: year,
          grassrootsInitiatives: grassrootsOnly.map((i) => i.id),
        },
      );
  return { reason, chosen };
}

/** The ministry's circular on council votes (COUNCIL_VOTE): this title is voted by secret ballot. */
function secretBallotNote(ruleSet: RuleSet): Reason {
  return makeReason(
    'SECRET_BALLOT_REQUIRED',
    'info',
    ruleSet.citations.COUNCIL_VOTE,
    {
      vi: 'Hội đồng bỏ phiếu kín khi xét danh hiệu này',
      en: 'The council votes on this title by secret ballot',
    },
    {},
  );
}
