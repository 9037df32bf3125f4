import { endOfYear, fullMonthsBetween, startOfYear, yearOf } from '../../ruleSets/isoDate';
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
import {
  assignmentsInYear,
  calendarDaysInYear,
  effectiveRecruitmentDate,
  gradeFor,
} from '../personFacts';
import { makeReason, type Reason } from '../reason';

const PROTECTED = new Set(['maternity', 'brave_act_injury']);
const UNPROTECTED = new Set(['unpaid_leave', 'training', 'other']);

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
  const c = ruleSet.citations;
  const v = ruleSet.values;
  const reasons: Reason[] = [];

  reasons.push(...registrationCheck(history, year, ruleSet));

  // 1. Evaluation grade: "hoàn thành tốt nhiệm vụ trở lên".
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

  // 2. Months since recruitment, counted to the year's end; contract changes do not restart it.
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
    const receipt = receiptDate(year, context);
    const from = ruleSet.values.ldttRecruitmentRuleFrom!;
    reasons.push(
      makeReason(
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
      ),
    );
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

  // 3. Discipline: reprimand or above decided in the year bars the title.
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

  // 4. Absences: protected ones count as working time; long unprotected ones need a human.
  let unprotectedDays = 0;
  let estimated = false;
  for (const a of history.absences) {
    const inYear = calendarDaysInYear(a.from, a.to, year);
    if (inYear === 0) continue;
    if (PROTECTED.has(a.kind)) {
      reasons.push(
        makeReason(
          'PROTECTED_ABSENCE_COUNTED',
          'info',
          c.LDTT_PROTECTED_ABSENCE,
          {
            vi: `Thời gian ${a.kind === 'maternity' ? 'nghỉ thai sản' : 'điều trị thương tích do hành động dũng cảm'} (${a.from} – ${a.to}) được tính là thời gian công tác`,
            en: `${a.kind === 'maternity' ? 'Maternity leave' : 'Treatment of injuries from a brave act'} (${a.from} – ${a.to}) counts as working time`,
          },
          { kind: a.kind, from: a.from, to: a.to },
        ),
      );
    } else if (UNPROTECTED.has(a.kind)) {
      if (a.workingDays === undefined) estimated = true;
      unprotectedDays += a.workingDays ?? inYear;
    }
  }
  const absenceBar = v.ldttAbsenceBarWorkingDays;
  const absenceLimit = v.unprotectedAbsenceJudgementWorkingDays;
  if (absenceBar !== null && unprotectedDays >= absenceBar) {
    // Calendar days only bound the working days from above: then a human counts them.
    reasons.push(
      makeReason(
        estimated ? 'LDTT_ABSENCE_BAR_WORKING_DAYS_MISSING' : 'LDTT_ABSENCE_BAR',
        estimated ? 'needs_judgement' : 'blocking',
        c.LDTT_ABSENCE_BAR,
        estimated
          ? {
              vi: `Nghỉ ${unprotectedDays} ngày lịch trong năm ${year} (không phải thai sản, ốm đau, điều trị thương tích); cần số ngày làm việc nghỉ để so với mức ${absenceBar} ngày làm việc`,
              en: `${unprotectedDays} calendar days of other absence in ${year}; the working days are needed to compare with the ${absenceBar}-working-day bar`,
            }
          : {
              vi: `Nghỉ ${unprotectedDays} ngày làm việc trong năm ${year} (không phải thai sản, ốm đau, điều trị thương tích), từ ${absenceBar} ngày làm việc trở lên`,
              en: `${unprotectedDays} working days of other absence in ${year}, at or above ${absenceBar}`,
            },
        { days: unprotectedDays, estimated, bar: absenceBar, year },
      ),
    );
  } else if (unprotectedDays >= absenceLimit) {
    reasons.push(
      makeReason(
        'LDTT_LONG_ABSENCE',
        'needs_judgement',
        // The rule that no longer bars a long absence (or never did) says why a human judges it.
        c.LDTT_ABSENCE_BAR,
        {
          vi: `Nghỉ ${unprotectedDays} ngày${estimated ? ' (ước tính theo ngày lịch)' : ' làm việc'} trong năm ${year} (không phải thai sản, ốm đau, điều trị thương tích): cần Hội đồng xem xét`,
          en: `${unprotectedDays} ${estimated ? 'calendar (estimated)' : 'working'} days of other absence in ${year}: the council must consider it`,
        },
        { days: unprotectedDays, estimated, threshold: absenceLimit, year },
      ),
    );
  }

  // 5. Transfers: assessed by the new unit, with the old unit's comments after ≥ N months there.
  const stays = assignmentsInYear(history, year);
  if (stays.length > 1) {
    const current = stays[stays.length - 1];
    reasons.push(
      makeReason(
        'TRANSFER_ASSESSED_BY_NEW_UNIT',
        'info',
        c.LDTT_TRANSFER,
        {
          vi: `Chuyển công tác trong năm ${year}: đơn vị mới (${current.unitId}) bình xét`,
          en: `Transferred during ${year}: the new unit (${current.unitId}) assesses`,
        },
        { units: stays.map((s) => s.unitId), assessingUnit: current.unitId },
      ),
    );
    if (context.nominatingUnitId !== undefined && context.nominatingUnitId !== current.unitId) {
      reasons.push(
        makeReason(
          'TRANSFER_WRONG_ASSESSING_UNIT',
          'needs_judgement',
          c.LDTT_TRANSFER,
          {
            vi: `Đơn vị đề nghị (${context.nominatingUnitId}) không phải đơn vị mới (${current.unitId}) của cá nhân`,
            en: `The nominating unit (${context.nominatingUnitId}) is not the person's new unit (${current.unitId})`,
          },
          { nominatingUnitId: context.nominatingUnitId, assessingUnit: current.unitId },
        ),
      );
    }
    const minMonths = v.transferOldUnitCommentMinMonths;
    for (const old of stays.slice(0, -1)) {
      if (old.months < minMonths || old.oldUnitCommentsProvided) continue;
      reasons.push(
        makeReason(
          'TRANSFER_OLD_UNIT_COMMENTS_MISSING',
          'needs_judgement',
          c.LDTT_TRANSFER,
          {
            vi: `Thiếu ý kiến nhận xét của đơn vị cũ (${old.unitId}), nơi công tác ${old.months} tháng trong năm ${year} (từ ${minMonths} tháng trở lên)`,
            en: `Missing written comments from the old unit (${old.unitId}), where the person spent ${old.months} months in ${year} (${minMonths} or more)`,
          },
          {
            oldUnitId: old.unitId,
            monthsThere: old.months,
            minimumMonths: minMonths,
            leftOn: old.to,
          },
        ),
      );
    }
  }

  return reasons;
}

/** The year's emulation registration, as the rule set treats a missing or a negative one. */
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
