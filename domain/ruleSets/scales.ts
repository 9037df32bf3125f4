import { z } from 'zod';
import type { LocalizedText } from './text';

/**
 * Ordered scales the rules compare against. Order matters: index 0 is the best grade / the
 * mildest sanction, so "good or better" and "reprimand or above" are index comparisons.
 */

/** Annual evaluation grades of civil servants (đánh giá, xếp loại chất lượng). */
export const EVALUATION_GRADES = ['excellent', 'good', 'complete', 'not_complete'] as const;
export const evaluationGradeSchema = z.enum(EVALUATION_GRADES);
export type EvaluationGrade = z.infer<typeof evaluationGradeSchema>;

export const EVALUATION_GRADE_TEXT: Record<EvaluationGrade, LocalizedText> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  not_complete: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
};

/** True when `grade` is `minimum` or better. */
export function gradeAtLeast(grade: EvaluationGrade, minimum: EvaluationGrade): boolean {
  return EVALUATION_GRADES.indexOf(grade) <= EVALUATION_GRADES.indexOf(minimum);
}

/**
 * Who issued a prior award, by category: the law counts some as a prerequisite and not others
 * (which ones: `certificatePrerequisiteIssuers`, configurable per rule set).
 */
const ISSUER_LEVELS = [
  'unit',
  'ministry',
  'province',
  'central_body',
  'province_mass_org',
  'state',
] as const;
export const issuerLevelSchema = z.enum(ISSUER_LEVELS);
export type IssuerLevel = z.infer<typeof issuerLevelSchema>;

/** Disciplinary sanctions for officials, mildest first (hình thức kỷ luật). */
export const DISCIPLINE_LEVELS = [
  'reprimand',
  'warning',
  'salary_step_reduction',
  'demotion',
  'removal_from_office',
  'dismissal',
] as const;
export const disciplineLevelSchema = z.enum(DISCIPLINE_LEVELS);
export type DisciplineLevel = z.infer<typeof disciplineLevelSchema>;

export const DISCIPLINE_LEVEL_TEXT: Record<DisciplineLevel, LocalizedText> = {
  reprimand: { vi: 'Khiển trách', en: 'Reprimand' },
  warning: { vi: 'Cảnh cáo', en: 'Warning' },
  salary_step_reduction: { vi: 'Hạ bậc lương', en: 'Salary step reduction' },
  demotion: { vi: 'Giáng chức', en: 'Demotion' },
  removal_from_office: { vi: 'Cách chức', en: 'Removal from office' },
  dismissal: { vi: 'Buộc thôi việc', en: 'Dismissal' },
};

/** True when `level` is `floor` or more severe. */
export function disciplineAtLeast(level: DisciplineLevel, floor: DisciplineLevel): boolean {
  return DISCIPLINE_LEVELS.indexOf(level) >= DISCIPLINE_LEVELS.indexOf(floor);
}
