import { formatShare, meetsShare, percentText } from '../../council/threshold';
import type { Citation } from '../../ruleSets/citation';
import type { MemberShareRule } from '../../ruleSets/legalParameters';
import type { RuleSet } from '../../ruleSets/ruleSet';
import {
  DISCIPLINE_LEVEL_TEXT,
  EVALUATION_GRADE_TEXT,
  disciplineAtLeast,
  gradeAtLeast,
  type DisciplineLevel,
  type EvaluationGrade,
} from '../../ruleSets/scales';
import type { LocalizedText } from '../../ruleSets/text';
import type { CollectiveHistory, CollectiveYear } from '../history';
import { makeReason, type Reason } from '../reason';
import type { RuleOutcome } from './outcome';

function requiredText(rule: MemberShareRule): LocalizedText {
  const share = formatShare(rule.share);
  return rule.comparison === 'strictly_above'
    ? { vi: `trên ${share}`, en: `strictly above ${share}` }
    : { vi: `từ ${share} trở lên`, en: `at or above ${share}` };
}

/** A member-share rule with the law's exact comparison (e.g. "trên 50%" vs "từ 70% trở lên"). */
function shareCheck(
  code: string,
  what: LocalizedText,
  count: number,
  row: CollectiveYear,
  rule: MemberShareRule,
  citation: Citation,
): Reason {
  const ok = meetsShare(count, row.headcount, rule.share, rule.comparison);
  const percent = percentText(count, row.headcount);
  const required = requiredText(rule);
  return makeReason(
    ok ? `${code}_MET` : `${code}_TOO_LOW`,
    ok ? 'info' : 'blocking',
    citation,
    {
      vi: `Năm ${row.year}: ${what.vi} ${count}/${row.headcount} (${percent.vi})${ok ? ', đạt' : ', chưa đạt'} ${required.vi}`,
      en: `${row.year}: ${what.en} ${count}/${row.headcount} (${percent.en})${ok ? ', meets' : ', does not meet'} ${required.en}`,
    },
    {
      year: row.year,
      count,
      headcount: row.headcount,
      shareNumerator: rule.share.numerator,
      shareDenominator: rule.share.denominator,
      comparison: rule.comparison,
      denominator: rule.denominator,
    },
  );
}

function yearRow(history: CollectiveHistory, year: number): CollectiveYear | undefined {
  return history.years.find((y) => y.year === year);
}

function missingYear(year: number, citation: Citation): Reason {
  return makeReason(
    'COLLECTIVE_YEAR_DATA_MISSING',
    'needs_judgement',
    citation,
    {
      vi: `Chưa có số liệu thành viên của tập thể năm ${year}`,
      en: `No member figures recorded for the collective in ${year}`,
    },
    { year },
  );
}

function gradeCheck(row: CollectiveYear, minimum: EvaluationGrade, citation: Citation): Reason {
  if (row.unitGrade === undefined) {
    return makeReason(
      'COLLECTIVE_GRADE_MISSING',
      'needs_judgement',
      citation,
      {
        vi: `Chưa có kết quả xếp loại của tập thể năm ${row.year}`,
        en: `No rating recorded for the collective in ${row.year}`,
      },
      { year: row.year },
    );
  }
  const ok = gradeAtLeast(row.unitGrade, minimum);
  return makeReason(
    ok ? 'COLLECTIVE_GRADE_MET' : 'COLLECTIVE_GRADE_TOO_LOW',
    ok ? 'info' : 'blocking',
    citation,
    {
      vi: `Năm ${row.year} tập thể xếp loại “${EVALUATION_GRADE_TEXT[row.unitGrade].vi}”${ok ? '' : `, chưa đạt “${EVALUATION_GRADE_TEXT[minimum].vi}”`}`,
      en: `Collective rated “${EVALUATION_GRADE_TEXT[row.unitGrade].en}” in ${row.year}${ok ? '' : `; “${EVALUATION_GRADE_TEXT[minimum].en}” required`}`,
    },
    { year: row.year, grade: row.unitGrade, minimumGrade: minimum },
  );
}

function memberDisciplineCheck(
  row: CollectiveYear,
  bar: DisciplineLevel | null,
  citation: Citation,
): Reason[] {
  if (bar === null) return [];
  const hits = (row.disciplinedMemberLevels ?? []).filter((l) => disciplineAtLeast(l, bar));
  if (hits.length === 0) return [];
  return [
    makeReason(
      'COLLECTIVE_MEMBER_DISCIPLINED',
      'blocking',
      citation,
      {
        vi: `Năm ${row.year} có ${hits.length} thành viên bị kỷ luật từ “${DISCIPLINE_LEVEL_TEXT[bar].vi}” trở lên (quy tắc cấu hình)`,
        en: `${hits.length} member(s) disciplined at “${DISCIPLINE_LEVEL_TEXT[bar].en}” or above in ${row.year} (configured rule)`,
      },
      { year: row.year, members: hits.length, barFrom: bar },
    ),
  ];
}

function qualitative(citation: Citation, vi: string, en: string): Reason {
  return makeReason('QUALITATIVE_CRITERIA_FOR_COUNCIL', 'info', citation, { vi, en }, {});
}

/** Advanced Collective (Art. 28): completed tasks well; over 50% LĐTT (strictly). */
export function checkTtldtt(
  history: CollectiveHistory,
  year: number,
  ruleSet: RuleSet,
): RuleOutcome {
  const citation = ruleSet.citations.TTLDTT_STANDARD;
  const row = yearRow(history, year);
  if (!row) return { reasons: [missingYear(year, citation)] };
  const law = ruleSet.law.ttldtt;
  return {
    reasons: [
      gradeCheck(row, law.minUnitGrade, citation),
      shareCheck(
        'TTLDTT_LDTT_SHARE',
        { vi: 'số Lao động tiên tiến', en: 'Advanced Workers' },
        row.ldttCount,
        row,
        law.ldttShare,
        citation,
      ),
      ...memberDisciplineCheck(row, ruleSet.values.collectiveMemberDisciplineBar.TTLDTT, citation),
      qualitative(
        citation,
        'Phong trào thi đua thường xuyên, nội bộ đoàn kết: Hội đồng xác nhận khi bình xét',
        'Regular emulation and solidarity: confirmed by the council at the review',
      ),
    ],
  };
}

/** Excellent Collective (Art. 27): excellent; 100% completed; ≥ 70% LĐTT; ≥ 1 CSTĐCS. */
export function checkTtldxs(
  history: CollectiveHistory,
  year: number,
  ruleSet: RuleSet,
): RuleOutcome {
  const citation = ruleSet.citations.TTLDXS_STANDARD;
  const row = yearRow(history, year);
  if (!row) return { reasons: [missingYear(year, citation)] };
  const law = ruleSet.law.ttldxs;
  const cstdcsOk = row.cstdcsCount >= law.minCstdcsMembers;
  return {
    reasons: [
      gradeCheck(row, law.minUnitGrade, citation),
      shareCheck(
        'TTLDXS_COMPLETED_SHARE',
        { vi: 'số cá nhân hoàn thành nhiệm vụ', en: 'members who completed their tasks' },
        row.completedTasksCount,
        row,
        law.completedTasksShare,
        citation,
      ),
      shareCheck(
        'TTLDXS_LDTT_SHARE',
        { vi: 'số Lao động tiên tiến', en: 'Advanced Workers' },
        row.ldttCount,
        row,
        law.ldttShare,
        citation,
      ),
      makeReason(
        cstdcsOk ? 'TTLDXS_CSTDCS_MET' : 'TTLDXS_NO_CSTDCS',
        cstdcsOk ? 'info' : 'blocking',
        citation,
        cstdcsOk
          ? {
              vi: `Năm ${year} có ${row.cstdcsCount} Chiến sĩ thi đua cơ sở`,
              en: `${row.cstdcsCount} Grassroots Emulation Fighter(s) in ${year}`,
            }
          : {
              vi: `Năm ${year} không có cá nhân nào đạt Chiến sĩ thi đua cơ sở (cần ít nhất ${law.minCstdcsMembers})`,
              en: `No Grassroots Emulation Fighter in ${year} (at least ${law.minCstdcsMembers} needed)`,
            },
        { year, cstdcsCount: row.cstdcsCount, minimum: law.minCstdcsMembers },
      ),
      ...memberDisciplineCheck(row, ruleSet.values.collectiveMemberDisciplineBar.TTLDXS, citation),
      qualitative(
        citation,
        'Nội bộ đoàn kết, gương mẫu: Hội đồng xác nhận khi xét',
        'Solidarity and exemplary conduct: confirmed by the council',
      ),
    ],
  };
}

/** Ministry Emulation Flag (Art. 26): leads its bloc (one flag per bloc) and exceeded targets. */
export function checkCobo(history: CollectiveHistory, year: number, ruleSet: RuleSet): RuleOutcome {
  const citation = ruleSet.citations.COBO_STANDARD;
  const row = yearRow(history, year);
  if (!row) return { reasons: [missingYear(year, citation)] };
  const reasons: Reason[] = [];
  if (row.blocRank === undefined) {
    reasons.push(
      makeReason(
        'COBO_BLOC_RANK_MISSING',
        'needs_judgement',
        citation,
        {
          vi: `Chưa có kết quả xếp hạng khối thi đua năm ${year}`,
          en: `No emulation bloc ranking recorded for ${year}`,
        },
        { year },
      ),
    );
  } else {
    const leads = row.blocRank === 1;
    reasons.push(
      makeReason(
        leads ? 'COBO_LEADS_BLOC' : 'COBO_NOT_BLOC_LEADER',
        leads ? 'info' : 'blocking',
        citation,
        leads
          ? {
              vi: `Dẫn đầu khối thi đua năm ${year}`,
              en: `Leads its emulation bloc in ${year}`,
            }
          : {
              vi: `Xếp thứ ${row.blocRank} trong khối thi đua năm ${year}; mỗi khối chỉ tặng cờ cho tập thể dẫn đầu`,
              en: `Ranked ${row.blocRank} in its bloc in ${year}; only the bloc's leading collective receives the flag`,
            },
        { year, blocRank: row.blocRank, blocId: history.collective.blocId ?? null },
      ),
    );
  }
  if (row.exceededTargets === undefined) {
    reasons.push(
      makeReason(
        'COBO_TARGETS_UNKNOWN',
        'needs_judgement',
        citation,
        {
          vi: `Chưa xác định kết quả thực hiện chỉ tiêu năm ${year}`,
          en: `Whether the ${year} targets were exceeded is not recorded`,
        },
        { year },
      ),
    );
  } else if (!row.exceededTargets) {
    reasons.push(
      makeReason(
        'COBO_TARGETS_NOT_EXCEEDED',
        'blocking',
        citation,
        {
          vi: `Năm ${year} không hoàn thành vượt mức chỉ tiêu thi đua`,
          en: `Did not exceed its emulation targets in ${year}`,
        },
        { year },
      ),
    );
  }
  return { reasons };
}
