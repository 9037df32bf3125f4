import type { Actor } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import { isUnitStaff } from '../nomination/nominationAccess';

const HELD: LocalizedText = {
  vi: 'Chưa xét khen thưởng trong thời gian đối tượng đang được xem xét theo quy định; chi tiết do Thường trực Hội đồng quản lý.',
  en: 'Award held while the nominee is under a review the rules provide for; the secretariat keeps the details.',
};
const DISCIPLINE: LocalizedText = {
  vi: 'Có thông tin kỷ luật ảnh hưởng đến việc xét; chi tiết do Thường trực Hội đồng quản lý.',
  en: 'A discipline record bears on this award; the secretariat keeps the details.',
};

/**
 * Reasons drawn from a discipline review, investigation, inspection, complaint or sanction
 * record. Unit staff learn that such a record bears on the award, not its kind, dates,
 * level or decision: a complaint under verification must not reach the unit of the person
 * it concerns, and the rest is the secretariat's to handle.
 */
const GUARDED: Readonly<Record<string, LocalizedText>> = {
  HOLD_ACTIVE: HELD,
  LDTT_DISCIPLINED_IN_YEAR: DISCIPLINE,
  LDTT_DISCIPLINE_CARRIED_OVER: DISCIPLINE,
  KNC_DISCIPLINE_RECORD: DISCIPLINE,
  COLLECTIVE_MEMBER_DISCIPLINED: DISCIPLINE,
};

interface ShownReason {
  code: string;
  message: LocalizedText;
  facts?: unknown;
}

/** The reasons as this actor may see them: guarded ones without their facts for unit staff. */
export function reasonsShownTo<R extends ShownReason>(actor: Actor, reasons: readonly R[]): R[] {
  if (!isUnitStaff(actor)) return [...reasons];
  return reasons.map((r) => {
    const message = GUARDED[r.code];
    return message ? { ...r, message, facts: {} } : r;
  });
}

/** A nomination (or a list's row) with its automatic checks as this actor may see them. */
export function checksShownTo<N extends { checks?: { reasons?: ShownReason[] } | null }>(
  actor: Actor,
  nomination: N,
): N {
  const reasons = nomination.checks?.reasons;
  if (!reasons) return nomination;
  return {
    ...nomination,
    checks: { ...nomination.checks, reasons: reasonsShownTo(actor, reasons) },
  };
}
