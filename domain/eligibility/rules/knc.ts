import { fullMonthsBetween, type IsoDateText } from '../../calendar/isoDate';
import type { RuleSet } from '../../ruleSets/ruleSet';
import type { NomineeHistory } from '../history';
import { awardsOf, effectiveRecruitmentDate } from '../personFacts';
import { makeReason, type Reason } from '../reason';
import type { RuleOutcome } from './outcome';

/**
 * Commemorative medal (Art. 71(2), criteria set by the ministry): once per person, never
 * posthumous, a configurable length of service counted to the reference day (03 May), one
 * third less for women leaders; the effect of discipline is configurable.
 */
export function checkKnc(history: NomineeHistory, year: number, ruleSet: RuleSet): RuleOutcome {
  const citation = ruleSet.citations.KNC_STANDARD;
  const v = ruleSet.values;
  const reasons: Reason[] = [];

  const previous = awardsOf(history, 'KNC');
  if (previous.length > 0) {
    const first = previous[0];
    reasons.push(
      makeReason(
        'KNC_ALREADY_AWARDED',
        'blocking',
        citation,
        {
          vi: `Đã được tặng Kỷ niệm chương năm ${first.year}${first.decisionNumber ? ` (Quyết định số ${first.decisionNumber})` : ''}; chỉ tặng một lần`,
          en: `Already received the medal in ${first.year}${first.decisionNumber ? ` (decision ${first.decisionNumber})` : ''}; it is given once`,
        },
        { year: first.year, decisionNumber: first.decisionNumber ?? null },
      ),
    );
  }

  if (history.person.deceasedOn) {
    reasons.push(
      makeReason(
        'KNC_POSTHUMOUS_NOT_ALLOWED',
        'blocking',
        citation,
        {
          vi: `Cá nhân đã từ trần (${history.person.deceasedOn}); Kỷ niệm chương không truy tặng`,
          en: `The person died on ${history.person.deceasedOn}; the medal is never awarded posthumously`,
        },
        { deceasedOn: history.person.deceasedOn },
      ),
    );
  }

  const referenceDate: IsoDateText = `${year}-${v.kncReferenceMonthDay}`;
  const start = effectiveRecruitmentDate(history).date;
  const months = fullMonthsBetween(start, referenceDate);
  const reduced = history.person.gender === 'female' && history.person.isLeader === true;
  const r = v.womenLeaderTenureReduction;
  // Required months, rounded up so a reduction never asks for less than the law allows.
  const requiredMonths = reduced
    ? Math.ceil((v.kncMinServiceYears * 12 * (r.denominator - r.numerator)) / r.denominator)
    : v.kncMinServiceYears * 12;
  const ok = months >= requiredMonths;
  const years = Math.floor(months / 12);
  const requiredText = `${Math.floor(requiredMonths / 12)} năm${requiredMonths % 12 ? ` ${requiredMonths % 12} tháng` : ''}`;
  const requiredTextEn = `${Math.floor(requiredMonths / 12)} years${requiredMonths % 12 ? ` ${requiredMonths % 12} months` : ''}`;
  reasons.push(
    makeReason(
      ok ? 'KNC_SERVICE_MET' : 'KNC_SERVICE_TOO_SHORT',
      ok ? 'info' : 'blocking',
      citation,
      {
        vi: `Thời gian công tác từ ${start} đến ${referenceDate}: ${years} năm ${months % 12} tháng${ok ? ', đạt' : ', chưa đủ'} ${requiredText}${reduced ? ' (nữ lãnh đạo, giảm một phần ba)' : ''}`,
        en: `Service from ${start} to ${referenceDate}: ${years} years ${months % 12} months${ok ? ', meets' : ', short of'} ${requiredTextEn}${reduced ? ' (woman leader, one third less)' : ''}`,
      },
      {
        serviceStart: start,
        referenceDate,
        serviceMonths: months,
        requiredMonths,
        womanLeaderReduction: reduced,
      },
    ),
  );

  if (history.discipline.length > 0 && v.kncDisciplinePolicy !== 'ignore') {
    reasons.push(
      makeReason(
        'KNC_DISCIPLINE_RECORD',
        v.kncDisciplinePolicy,
        citation,
        {
          vi: `Có ${history.discipline.length} lần bị kỷ luật: ảnh hưởng đến thời gian xét tặng theo quy định của Bộ (giá trị cấu hình)`,
          en: `${history.discipline.length} discipline record(s): their effect on service follows the ministry's configured rule`,
        },
        { records: history.discipline.map((d) => `${d.level}@${d.decidedOn}`) },
      ),
    );
  }
  return { reasons };
}
