import { endOfYear, fullMonthsBetween, startOfYear, yearOf } from '../../calendar/isoDate';
import { displayDate } from '../../ruleSets/regime';
import type { RuleSet } from '../../ruleSets/ruleSet';
import {
  DISCIPLINE_LEVEL_TEXT,
  EVALUATION_GRADE_TEXT,
  disciplineAtLeast,
  gradeAtLeast,
} from '../../ruleSets/scales';
import type { EligibilityContext } from '../context';
import type { NomineeHistory } from '../history';
import { effectiveRecruitmentDate, gradeFor } from '../personFacts';
import { makeReason, type Reason } from '../reason';
import { absenceCheck, transferCheck } from './ldttWorkingTime';

/**
 * The Advanced Worker standard (Art. 24) for one year. CSTĐCS reuses it: meeting LĐTT is its
 * first condition.
 */
export function checkLdttStandard(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason[] {
  return [
    ...registrationCheck(history, year, ruleSet),
    ...gradeCheck(history, year, ruleSet),
    ...recruitmentCheck(history, year, ruleSet, context),
    ...disciplineCheck(history, year, ruleSet),
    ...absenceCheck(history, year, ruleSet),
    ...transferCheck(history, year, ruleSet, context),
  ];
}

/**
 * Law 06/2022/QH15, Art. 24(1) (LDTT_STANDARD): evaluation grade "hoàn thành tốt nhiệm vụ
 * trở lên".
 */
function gradeCheck(history: NomineeHistory, year: number, ruleSet: RuleSet): Reason[] {
  const c = ruleSet.citations;
  const reasons: Reason[] = [];
  const grade = gradeFor(history, year);
  const minGrade = ruleSet.law.ldttMinGrade;
  if (grade === undefined) {
    reasons.push(
      makeReason(
        'EVALUATION_MISSING',
        'needs_judgement',
        c.LDTT_STANDARD,
        {
          vi: `Chưa có kết quả đánh giá, xếp loại năm ${year}`,
          en: `No evaluation grade recorded for ${year}`,
        },
        { year },
      ),
    );
  } else if (!gradeAtLeast(grade, minGrade)) {
    reasons.push(
      makeReason(
        'LDTT_GRADE_BELOW_GOOD',
        'blocking',
        c.LDTT_STANDARD,
        {
          vi: `Năm ${year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}”, chưa đạt “${EVALUATION_GRADE_TEXT[minGrade].vi}” trở lên`,
          en: `Rated “${EVALUATION_GRADE_TEXT[grade].en}” in ${year}; “${EVALUATION_GRADE_TEXT[minGrade].en}” or better is required`,
        },
        { year, grade, minimumGrade: minGrade },
      ),
    );
  } else {
    reasons.push(
      makeReason(
        'LDTT_GRADE_MET',
        'info',
        c.LDTT_STANDARD,
        {
          vi: `Năm ${year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}”`,
          en: `Rated “${EVALUATION_GRADE_TEXT[grade].en}” in ${year}`,
        },
        { year, grade, minimumGrade: minGrade },
      ),
    );
  }
  return reasons;
}

/**
 * Circular 01/2024/TT-BNV, Art. 1(5)(d) under Law 06/2022/QH15, Art. 24 (LDTT_RECRUITMENT):
 * months since recruitment, counted to the year's end; contract changes do not restart it.
 */
function recruitmentCheck(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason[] {
  const c = ruleSet.citations;
  const v = ruleSet.values;
  const reasons: Reason[] = [];
  const recruitment = effectiveRecruitmentDate(history);
  const months = fullMonthsBetween(recruitment.date, startOfYear(year + 1));
  const minMonths = v.ldttMinMonthsSinceRecruitment;
  if (recruitment.date > endOfYear(year)) {
    reasons.push(
      makeReason(
        'LDTT_NOT_EMPLOYED_IN_YEAR',
        'blocking',
        c.LDTT_RECRUITMENT,
        {
          vi: `Tuyển dụng ngày ${recruitment.date}, sau năm xét ${year}`,
          en: `Recruited on ${recruitment.date}, after the assessed year ${year}`,
        },
        { recruitmentDate: recruitment.date, year },
      ),
    );
  } else if (months < minMonths && recruitmentRuleNotInForce(year, ruleSet, context)) {
    reasons.push(ruleNotInForceReason(recruitment, months, year, ruleSet, context));
  } else if (months < minMonths) {
    reasons.push(
      makeReason(
        'LDTT_RECRUITED_TOO_RECENTLY',
        'blocking',
        c.LDTT_RECRUITMENT,
        {
          vi: `Mới tuyển dụng ngày ${recruitment.date}, đến hết năm ${year} mới được ${months} tháng (dưới ${minMonths} tháng)`,
          en: `Recruited on ${recruitment.date}: only ${months} months by the end of ${year} (less than ${minMonths})`,
        },
        { recruitmentDate: recruitment.date, monthsInService: months, minimumMonths: minMonths },
      ),
    );
  } else if (yearOf(recruitment.date) === year || recruitment.contracts > 1) {
    reasons.push(
      makeReason(
        'LDTT_RECRUITMENT_MET',
        'info',
        c.LDTT_RECRUITMENT,
        {
          vi:
            recruitment.contracts > 1
              ? `Công tác liên tục từ ${recruitment.date} qua ${recruitment.contracts} hợp đồng; thay đổi loại hợp đồng không tính lại thời gian`
              : `Tuyển dụng ngày ${recruitment.date}: ${months} tháng đến hết năm ${year}`,
          en:
            recruitment.contracts > 1
              ? `Continuous service since ${recruitment.date} over ${recruitment.contracts} contracts; a change of contract type does not restart the clock`
              : `Recruited on ${recruitment.date}: ${months} months by the end of ${year}`,
        },
        {
          recruitmentDate: recruitment.date,
          monthsInService: months,
          minimumMonths: minMonths,
          contracts: recruitment.contracts,
        },
      ),
    );
  }
  return reasons;
}

/**
 * Circular 01/2024/TT-BNV (LDTT_RECRUITMENT) binds dossiers received from the day the rule set
 * applies it (`ldttRecruitmentRuleFrom`): one received earlier with fewer months goes to a person.
 */
function ruleNotInForceReason(
  recruitment: { date: string },
  months: number,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason {
  const c = ruleSet.citations;
  const minMonths = ruleSet.values.ldttMinMonthsSinceRecruitment;
  const receipt = receiptDate(year, context);
  const from = ruleSet.values.ldttRecruitmentRuleFrom!;
  return makeReason(
    'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE',
    'needs_judgement',
    c.LDTT_RECRUITMENT,
    {
      vi: `Tuyển dụng ngày ${displayDate(recruitment.date)}: đến hết năm ${year} được ${months} tháng (quy định: không dưới ${minMonths} tháng, áp dụng từ ${displayDate(from)}). Hồ sơ nhận ngày ${displayDate(receipt)}, trước ngày đó: cần xem xét số tháng kể từ tuyển dụng`,
      en: `Recruited on ${displayDate(recruitment.date)}: ${months} months by the end of ${year} (the rule: at least ${minMonths} months, applied from ${displayDate(from)}). The dossier was received on ${displayDate(receipt)}, before that: judge the months since recruitment`,
    },
    {
      recruitmentDate: recruitment.date,
      monthsInService: months,
      minimumMonths: minMonths,
      receivedOn: receipt,
      ruleFrom: from,
    },
  );
}

/**
 * Law 06/2022/QH15, Art. 24 (LDTT_DISCIPLINE): reprimand or above decided in the year bars the
 * title.
 */
function disciplineCheck(history: NomineeHistory, year: number, ruleSet: RuleSet): Reason[] {
  const c = ruleSet.citations;
  const v = ruleSet.values;
  const reasons: Reason[] = [];
  const bar = v.ldttDisciplineBarFrom;
  for (const d of history.discipline) {
    if (!disciplineAtLeast(d.level, bar)) continue;
    const levelText = DISCIPLINE_LEVEL_TEXT[d.level];
    if (yearOf(d.decidedOn) === year) {
      reasons.push(
        makeReason(
          'LDTT_DISCIPLINED_IN_YEAR',
          'blocking',
          c.LDTT_DISCIPLINE,
          {
            vi: `Bị kỷ luật “${levelText.vi}” ngày ${d.decidedOn} (từ mức “${DISCIPLINE_LEVEL_TEXT[bar].vi}” trở lên)`,
            en: `Disciplined (“${levelText.en}”) on ${d.decidedOn}, at or above “${DISCIPLINE_LEVEL_TEXT[bar].en}”`,
          },
          { level: d.level, decidedOn: d.decidedOn, barFrom: bar, year },
        ),
      );
    } else if (
      yearOf(d.decidedOn) < year &&
      (d.effectiveTo == null || d.effectiveTo >= startOfYear(year)) &&
      v.disciplineCarryOver !== 'ignore'
    ) {
      // Decided earlier but still in effect: the texts say "in the year" — configurable.
      reasons.push(
        makeReason(
          'LDTT_DISCIPLINE_CARRIED_OVER',
          v.disciplineCarryOver,
          c.LDTT_DISCIPLINE,
          {
            vi: `Kỷ luật “${levelText.vi}” quyết định ngày ${d.decidedOn} còn hiệu lực trong năm ${year}`,
            en: `Sanction (“${levelText.en}”) decided on ${d.decidedOn} still in effect in ${year}`,
          },
          { level: d.level, decidedOn: d.decidedOn, effectiveTo: d.effectiveTo ?? null, year },
        ),
      );
    }
  }
  return reasons;
}

/** The dossier's receipt date, as checkEligibility defaults it. */
function receiptDate(year: number, context: EligibilityContext): string {
  return context.asOf ?? endOfYear(year);
}

/** Received before the rule set's recruitment rule took effect (`ldttRecruitmentRuleFrom`). */
function recruitmentRuleNotInForce(
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): boolean {
  const from = ruleSet.values.ldttRecruitmentRuleFrom;
  return from !== null && receiptDate(year, context) < from;
}

/**
 * Law 06/2022/QH15, Art. 7 (EMULATION_REGISTRATION): the year's emulation registration, as the
 * rule set treats a missing or a negative one.
 */
function registrationCheck(history: NomineeHistory, year: number, ruleSet: RuleSet): Reason[] {
  const policy = ruleSet.values.emulationRegistration;
  const citation = ruleSet.citations.EMULATION_REGISTRATION;
  const entry = history.registrations?.find((r) => r.year === year);
  if (entry === undefined) {
    if (policy.notRecorded === 'ignore') return [];
    return [
      makeReason(
        'EMULATION_REGISTRATION_NOT_RECORDED',
        policy.notRecorded,
        citation,
        {
          vi: `Chưa có thông tin đăng ký thi đua năm ${year}: cần bổ sung`,
          en: `Whether the person registered for emulation in ${year} is not recorded: supply it`,
        },
        { year },
      ),
    ];
  }
  if (entry.registered) {
    return [
      makeReason(
        'EMULATION_REGISTERED',
        'info',
        citation,
        { vi: `Có đăng ký thi đua năm ${year}`, en: `Registered for emulation in ${year}` },
        { year },
      ),
    ];
  }
  if (policy.notRegistered === 'ignore') return [];
  return [
    makeReason(
      'EMULATION_NOT_REGISTERED',
      policy.notRegistered,
      citation,
      {
        vi: `Không đăng ký thi đua năm ${year}`,
        en: `Did not register for emulation in ${year}`,
      },
      { year },
    ),
  ];
}
