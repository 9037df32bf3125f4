import { STAGE_HOLDER, STAGE_LABELS, type Stage, type WaitingStage } from './stages';
import { ROLE_LABELS, type Actor } from './roles';

/** A person's decision at one waiting stage. */
export interface StepDecision {
  actor: Actor;
  outcome: 'approve' | 'reject';
  /** Required when rejecting: the nominee's unit must learn why. */
  reason?: string;
}

export type StepRefusalCode = 'WRONG_STAGE' | 'ROLE_NOT_ALLOWED' | 'REASON_REQUIRED';

export interface StepRefusal {
  code: StepRefusalCode;
  message: { vi: string; en: string };
  field?: string;
}

export const MAX_REASON_LENGTH = 2000;

/**
 * Decides whether `decision` may be taken at `expected` while the nomination is in
 * `current`. Pure, so the workflow's update validator and the API share it.
 */
export function refuseStepDecision(
  current: Stage,
  expected: WaitingStage,
  decision: StepDecision,
): StepRefusal | undefined {
  if (current !== expected) {
    return {
      code: 'WRONG_STAGE',
      message: {
        vi: `Hồ sơ đang ở bước "${STAGE_LABELS[current].vi}", không phải "${STAGE_LABELS[expected].vi}".`,
        en: `The nomination is at "${STAGE_LABELS[current].en}", not "${STAGE_LABELS[expected].en}".`,
      },
    };
  }
  const allowed = STAGE_HOLDER[expected];
  if (!allowed.includes(decision.actor.role)) {
    return {
      code: 'ROLE_NOT_ALLOWED',
      message: {
        vi: `Vai trò "${ROLE_LABELS[decision.actor.role].vi}" không được quyết định ở bước "${STAGE_LABELS[expected].vi}".`,
        en: `Role "${ROLE_LABELS[decision.actor.role].en}" may not decide at "${STAGE_LABELS[expected].en}".`,
      },
    };
  }
  const reason = decision.reason?.trim() ?? '';
  if (decision.outcome === 'reject' && reason.length === 0) {
    return {
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: {
        vi: 'Phải nêu lý do khi không đồng ý.',
        en: 'A reason is required to reject.',
      },
    };
  }
  return undefined;
}
