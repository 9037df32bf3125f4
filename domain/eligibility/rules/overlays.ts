import type { AwardCode } from '../../catalogue/awardCodes';
import type { Citation } from '../../ruleSets/citation';
import { fullYearsBetween, yearOf, type IsoDateText } from '../../calendar/isoDate';
import type { OverlayCondition, RuleOverlay } from '../../ruleSets/overlays';
import type { RuleSet } from '../../ruleSets/ruleSet';
import {
  DISCIPLINE_LEVEL_TEXT,
  EVALUATION_GRADE_TEXT,
  disciplineAtLeast,
  gradeAtLeast,
} from '../../ruleSets/scales';
import type { LocalizedText } from '../../ruleSets/text';
import type { SubjectHistory } from '../history';
import { effectiveRecruitmentDate, gradeFor } from '../personFacts';
import { makeReason, type FactValue, type Reason } from '../reason';

interface Check {
  status: 'met' | 'not_met' | 'unknown';
  detail: LocalizedText;
  facts: Record<string, FactValue>;
}

/** One condition on one history; null when it does not apply to this kind of subject. */
function evaluate(
  condition: OverlayCondition,
  history: SubjectHistory,
  year: number,
  asOf: IsoDateText,
): Check | null {
  switch (condition.kind) {
    case 'min_grade': {
      if (history.subject !== 'individual') return null;
      const grade = gradeFor(history, year);
      const wanted = EVALUATION_GRADE_TEXT[condition.grade];
      if (grade === undefined) {
        return {
          status: 'unknown',
          detail: { vi: `chưa có xếp loại năm ${year}`, en: `no grade recorded for ${year}` },
          facts: { year, minimumGrade: condition.grade },
        };
      }
      return {
        status: gradeAtLeast(grade, condition.grade) ? 'met' : 'not_met',
        detail: {
          vi: `năm ${year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}” (cần “${wanted.vi}” trở lên)`,
          en: `${year} rated “${EVALUATION_GRADE_TEXT[grade].en}” (“${wanted.en}” or better needed)`,
        },
        facts: { year, grade, minimumGrade: condition.grade },
      };
    }
    case 'no_discipline_from': {
      if (history.subject !== 'individual') return null;
      const hits = history.discipline.filter(
        (d) => yearOf(d.decidedOn) === year && disciplineAtLeast(d.level, condition.level),
      );
      const level = DISCIPLINE_LEVEL_TEXT[condition.level];
      return {
        status: hits.length === 0 ? 'met' : 'not_met',
        detail: {
          vi: `${hits.length} kỷ luật từ “${level.vi}” trở lên trong năm ${year}`,
          en: `${hits.length} sanction(s) at “${level.en}” or above in ${year}`,
        },
        facts: { year, barFrom: condition.level, decidedOn: hits.map((d) => d.decidedOn) },
      };
    }
    case 'min_service_years': {
      if (history.subject !== 'individual') return null;
      const from = effectiveRecruitmentDate(history).date;
      const years = fullYearsBetween(from, asOf);
      return {
        status: years >= condition.years ? 'met' : 'not_met',
        detail: {
          vi: `${years} năm công tác từ ${from} đến ${asOf} (cần ${condition.years})`,
          en: `${years} years of service from ${from} to ${asOf} (${condition.years} needed)`,
        },
        facts: { from, asOf, years, minimumYears: condition.years },
      };
    }
    case 'min_unit_grade': {
      if (history.subject !== 'collective') return null;
      const grade = history.years.find((y) => y.year === year)?.unitGrade;
      const wanted = EVALUATION_GRADE_TEXT[condition.grade];
      if (grade === undefined) {
        return {
          status: 'unknown',
          detail: {
            vi: `chưa có xếp loại tập thể năm ${year}`,
            en: `no collective grade recorded for ${year}`,
          },
          facts: { year, minimumGrade: condition.grade },
        };
      }
      return {
        status: gradeAtLeast(grade, condition.grade) ? 'met' : 'not_met',
        detail: {
          vi: `tập thể năm ${year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}” (cần “${wanted.vi}” trở lên)`,
          en: `collective rated “${EVALUATION_GRADE_TEXT[grade].en}” in ${year} (“${wanted.en}” or better needed)`,
        },
        facts: { year, grade, minimumGrade: condition.grade },
      };
    }
  }
}

const SEVERITY = { met: 'info', unknown: 'needs_judgement' } as const;

/**
 * The agency's overlays for this award: each one met, not met (its own severity) or not
 * decidable for a missing fact (a human judges, the fact named), with the overlay's citation.
 */
export function overlayChecks(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  asOf: IsoDateText,
): Reason[] {
  return ruleSet.values.overlays
    .filter((overlay: RuleOverlay) => overlay.awards.includes(award))
    .flatMap((overlay) => {
      const check = evaluate(overlay.condition, history, year, asOf);
      if (!check) return [];
      const citation: Citation = { ...overlay.citation, text: overlay.text.vi };
      const prefix = {
        met: { vi: 'Đạt quy định riêng', en: "Meets the agency's rule" },
        not_met: { vi: 'Chưa đạt quy định riêng', en: "Does not meet the agency's rule" },
        unknown: { vi: 'Chưa xác định được quy định riêng', en: "Cannot tell the agency's rule" },
      }[check.status];
      return [
        makeReason(
          `AGENCY_OVERLAY_${check.status.toUpperCase()}`,
          check.status === 'not_met' ? overlay.severity : SEVERITY[check.status],
          citation,
          {
            vi: `${prefix.vi} “${overlay.text.vi}”: ${check.detail.vi}`,
            en: `${prefix.en} “${overlay.text.en}”: ${check.detail.en}`,
          },
          { overlayId: overlay.id, ...check.facts },
        ),
      ];
    });
}
