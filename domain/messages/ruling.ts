import type { LocalizedText } from '../ruleSets/text';
import { refusalsOf, type CatalogueEntry } from './refusal';

/**
 * What the ruling workflows (award decision, revocation) and their rules say to people
 * (Vietnamese first, then English), rendered from a key and its parameters.
 */

const text = (vi: string, en: string) => (): LocalizedText => ({ vi, en });

const RULING_REFUSALS = {
  decisionAlreadyRuled: {
    code: 'ALREADY_RULED',
    text: text('Quyết định này đã được xử lý.', 'This decision has already been ruled on.'),
  },
  decisionNotReady: {
    code: 'DECISION_NOT_READY',
    text: text(
      'Dự thảo quyết định chưa sẵn sàng để trình ký.',
      'The draft decision is not ready to be ruled on.',
    ),
  },
  revocationAlreadyRuled: {
    code: 'ALREADY_RULED',
    text: text('Đề nghị thu hồi này đã được xử lý.', 'This revocation was already ruled on.'),
  },
  revocationNotReady: {
    code: 'REVOCATION_NOT_READY',
    text: text(
      'Đề nghị thu hồi chưa sẵn sàng để trình.',
      'The revocation request is not ready to be ruled on.',
    ),
  },
  reasonRequired: {
    code: 'REASON_REQUIRED',
    field: 'reason',
    text: text('Cần ghi rõ lý do.', 'A reason is required.'),
  },
  struckRequired: {
    code: 'STRUCK_REQUIRED',
    field: 'struck',
    text: text(
      'Phê duyệt một phần phải nêu ít nhất một hồ sơ bị loại.',
      'Approving some needs at least one struck nomination.',
    ),
  },
  struckNotInDecision: {
    code: 'STRUCK_NOT_IN_DECISION',
    text: ({ nominationId }: { nominationId: string }) => ({
      vi: `Hồ sơ ${nominationId} không có trong dự thảo quyết định.`,
      en: `Nomination ${nominationId} is not in this decision.`,
    }),
  },
  duplicateStruck: {
    code: 'DUPLICATE_STRUCK',
    text: ({ nominationId }: { nominationId: string }) => ({
      vi: `Hồ sơ ${nominationId} bị loại hai lần.`,
      en: `Nomination ${nominationId} is struck twice.`,
    }),
  },
  nothingKept: {
    code: 'NOTHING_KEPT',
    field: 'struck',
    text: text(
      'Phải giữ lại ít nhất một hồ sơ; nếu không khen thưởng ai, hãy chọn "không phê duyệt".',
      'At least one nomination must be kept; to award no one, reject the decision.',
    ),
  },
  unknownOutcome: {
    code: 'UNKNOWN_OUTCOME',
    field: 'outcome',
    text: text('Kết quả không hợp lệ.', 'Unknown outcome.'),
  },
} satisfies Record<string, CatalogueEntry<never>>;

export const rulingRefusal = refusalsOf(RULING_REFUSALS);

/** The reason a revoked nomination's step carries: the revoking decision and its ground. */
export function revokedStepReason(decisionNumber: string, reason: string): string {
  return `Quyết định ${decisionNumber}: ${reason}`;
}
