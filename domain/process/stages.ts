import type { Role } from './roles';

/**
 * Where a nomination is. `draft` lives only in the database; every later stage is
 * owned by the nomination's workflow.
 */
export const STAGES = [
  'draft',
  'appraisal',
  'council_review',
  'minister_decision',
  'approved',
  'rejected',
] as const;

export type Stage = (typeof STAGES)[number];

/** Stages in which someone must act; the rest are final or not yet in the process. */
export type WaitingStage = 'appraisal' | 'council_review' | 'minister_decision';

export const STAGE_LABELS: Record<Stage, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo tại đơn vị', en: 'Draft at the unit' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  council_review: { vi: 'Hội đồng xét', en: 'Council review' },
  minister_decision: { vi: 'Chờ Bộ trưởng quyết định', en: 'Awaiting the minister' },
  approved: { vi: 'Đã khen thưởng', en: 'Awarded' },
  rejected: { vi: 'Không khen thưởng', en: 'Not awarded' },
};

/** Who holds the dossier at each waiting stage (the role that must act next). */
export const STAGE_HOLDER: Record<WaitingStage, readonly Role[]> = {
  appraisal: ['secretariat'],
  council_review: ['council_member', 'council_chair'],
  minister_decision: ['minister'],
};

export function isFinalStage(stage: Stage): boolean {
  return stage === 'approved' || stage === 'rejected';
}
