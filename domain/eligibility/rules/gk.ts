import type { RuleSet } from '../../ruleSets/ruleSet';
import { EVALUATION_GRADE_TEXT, gradeAtLeast, type EvaluationGrade } from '../../ruleSets/scales';
import type { SubjectHistory } from '../history';
import { gradeFor } from '../personFacts';
import { makeReason } from '../reason';
import type { RuleOutcome } from './outcome';

/** Certificate of Commendation (Art. 75): ministry-set criteria; by default a minimum grade. */
export function checkGk(history: SubjectHistory, year: number, ruleSet: RuleSet): RuleOutcome {
  const citation = ruleSet.citations.GK_STANDARD;
  const minimum = ruleSet.values.gkMinGrade;
  const grade: EvaluationGrade | undefined =
    history.subject === 'individual'
      ? gradeFor(history, year)
      : history.years.find((y) => y.year === year)?.unitGrade;
  if (grade === undefined) {
    return {
      reasons: [
        makeReason(
          'GK_GRADE_MISSING',
          'needs_judgement',
          citation,
          { vi: `Chưa có kết quả xếp loại năm ${year}`, en: `No grade recorded for ${year}` },
          { year },
        ),
      ],
    };
  }
  const ok = gradeAtLeast(grade, minimum);
  return {
    reasons: [
      makeReason(
        ok ? 'GK_GRADE_MET' : 'GK_GRADE_TOO_LOW',
        ok ? 'info' : 'blocking',
        citation,
        {
          vi: `Năm ${year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}”${ok ? '' : `, chưa đạt “${EVALUATION_GRADE_TEXT[minimum].vi}” trở lên`}`,
          en: `Rated “${EVALUATION_GRADE_TEXT[grade].en}” in ${year}${ok ? '' : `; “${EVALUATION_GRADE_TEXT[minimum].en}” or better required`}`,
        },
        { year, grade, minimumGrade: minimum },
      ),
    ],
  };
}
