import type { Role } from './roles';

/**
 * The stages where a dossier waits on someone (its holder, below), in process order: every
 * stage after the draft and before the end. The one list the desk, the gauges and the
 * secretariat's actions share.
 */
export const WAITING_STAGES = [
  'appraisal',
  'returned',
  'public_comment',
  'council_review',
  'council_vote',
  'awaiting_decision',
  'minister_decision',
  'forwarded',
] as const;
export type WaitingStage = (typeof WAITING_STAGES)[number];

const FINAL_STAGES = ['approved', 'rejected', 'withdrawn', 'cancelled', 'revoked'] as const;
export type FinalStage = (typeof FINAL_STAGES)[number];

/**
 * Where a nomination is (domain.md §7), in process order. `draft` lives only in the
 * database; every later stage is owned by the nomination's workflow, except `revoked`,
 * which the revocation workflow sets on a nomination whose process has ended.
 */
export const STAGES = ['draft', ...WAITING_STAGES, ...FINAL_STAGES] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo tại đơn vị', en: 'Draft at the unit' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  returned: { vi: 'Trả lại để bổ sung', en: 'Returned for supplement' },
  public_comment: { vi: 'Công khai lấy ý kiến', en: 'Public comment' },
  council_review: { vi: 'Hội đồng xét', en: 'Council review' },
  council_vote: { vi: 'Hội đồng bỏ phiếu', en: 'Council vote' },
  awaiting_decision: { vi: 'Chờ dự thảo quyết định', en: 'Awaiting a draft decision' },
  minister_decision: { vi: 'Chờ Bộ trưởng quyết định', en: 'Awaiting the minister' },
  forwarded: { vi: 'Đã trình cấp trên', en: 'Forwarded upward' },
  approved: { vi: 'Đã khen thưởng', en: 'Awarded' },
  rejected: { vi: 'Không khen thưởng', en: 'Not awarded' },
  withdrawn: { vi: 'Đơn vị đã rút hồ sơ', en: 'Withdrawn by the unit' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  revoked: { vi: 'Đã thu hồi khen thưởng', en: 'Award revoked' },
};

/** Who holds the dossier at each waiting stage: the role that must act next. */
export const STAGE_HOLDER: Record<WaitingStage, Role> = {
  appraisal: 'secretariat',
  returned: 'unit_head',
  public_comment: 'secretariat',
  council_review: 'council_member',
  council_vote: 'council_chair',
  awaiting_decision: 'secretariat',
  minister_decision: 'minister',
  forwarded: 'secretariat',
};

export function isFinalStage(stage: Stage): stage is FinalStage {
  return (FINAL_STAGES as readonly string[]).includes(stage);
}
