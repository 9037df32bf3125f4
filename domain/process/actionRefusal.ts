import { ROLE_LABELS, type Actor, type Role } from './roles';
import { STAGE_LABELS, type Stage } from './stages';
import type { Refusal } from '../messages/refusal';
import type { LocalizedText } from '../ruleSets/text';

/**
 * Why a person's action on a nomination was refused: a refusal of the one `Refusal` type,
 * whose code the API maps to a status.
 */

export function wrongStage(current: Stage, allowed: readonly Stage[]): Refusal {
  const names = (lang: 'vi' | 'en') => allowed.map((s) => `"${STAGE_LABELS[s][lang]}"`).join(', ');
  return {
    code: 'WRONG_STAGE',
    message: {
      vi: `Hồ sơ đang ở bước "${STAGE_LABELS[current].vi}"; thao tác này chỉ thực hiện ở bước ${names('vi')}.`,
      en: `The nomination is at "${STAGE_LABELS[current].en}"; this action is only possible at ${names('en')}.`,
    },
  };
}

export function roleNotAllowed(actor: Actor, allowed: readonly Role[]): Refusal {
  const names = (lang: 'vi' | 'en') => allowed.map((r) => ROLE_LABELS[r][lang]).join(', ');
  return {
    code: 'ROLE_NOT_ALLOWED',
    message: {
      vi: `Vai trò "${ROLE_LABELS[actor.role].vi}" không được thực hiện thao tác này (chỉ: ${names('vi')}).`,
      en: `Role "${ROLE_LABELS[actor.role].en}" may not do this (only: ${names('en')}).`,
    },
  };
}

export const NOT_YOUR_UNIT: Refusal = {
  code: 'NOT_YOUR_UNIT',
  message: {
    vi: 'Chỉ đơn vị có hồ sơ được thực hiện thao tác này.',
    en: "Only the nomination's own unit may do this.",
  },
};

export function reasonRequired(field = 'reason'): Refusal {
  return {
    code: 'REASON_REQUIRED',
    field,
    message: { vi: 'Phải nêu lý do.', en: 'A reason is required.' },
  };
}

export function staleView(seen: number, current: number): Refusal {
  return {
    code: 'STALE_VIEW',
    field: 'expectedSeq',
    message: {
      vi: `Hồ sơ đã thay đổi kể từ khi bạn xem (bước ${seen} → ${current}). Vui lòng tải lại.`,
      en: `The nomination changed since you viewed it (step ${seen} → ${current}). Please reload.`,
    },
  };
}

export function invalidAction(field: string, text: LocalizedText): Refusal {
  return { code: 'INVALID_ACTION', field, message: text };
}
