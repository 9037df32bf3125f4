import type { RuleSet } from '../../ruleSets/ruleSet';
import type { EligibilityContext } from '../context';
import type { NomineeHistory } from '../history';
import { assignmentsInYear, calendarDaysInYear } from '../personFacts';
import { makeReason, type Reason } from '../reason';

const PROTECTED = new Set(['maternity', 'brave_act_injury']);
const UNPROTECTED = new Set(['unpaid_leave', 'training', 'other']);

/**
 * Law 06/2022/QH15, Art. 24 (LDTT_PROTECTED_ABSENCE, LDTT_ABSENCE_BAR): protected absences
 * count as working time; long unprotected ones bar the title or need a human.
 */
export function absenceCheck(history: NomineeHistory, year: number, ruleSet: RuleSet): Reason[] {
  const c = ruleSet.citations;
  const v = ruleSet.values;
  const reasons: Reason[] = [];
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
  return reasons;
}

/**
 * The ministry's circular under Law 06/2022/QH15, Art. 24 (LDTT_TRANSFER): a transferred person
 * is assessed by the new unit, with the old unit's comments after ≥ N months there.
 */
export function transferCheck(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason[] {
  const c = ruleSet.citations;
  const v = ruleSet.values;
  const reasons: Reason[] = [];
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
