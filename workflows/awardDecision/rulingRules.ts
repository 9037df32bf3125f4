import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import {
  isSigningRefusal,
  signingAuthority,
  type Delegation,
  type SigningAuthority,
} from '../../domain/delegation';
import type { Actor } from '../../domain/process/roles';
import type { DecisionRulingAction, Refusal } from './messages';

/**
 * Who may rule and what a ruling must contain. Pure (no Temporal), so the validator of the
 * award decision and of the revocation share it and it can be tested without servers.
 */
export function authorityFor(
  actor: Actor,
  delegation: Delegation | undefined,
  awardCode: AwardCode,
  kind: CommendationKind,
  date: string,
): SigningAuthority | Refusal {
  const result = signingAuthority(actor, delegation, awardCode, kind, date);
  return isSigningRefusal(result) ? { code: result.code, message: result.message } : result;
}

export function isRefusal(value: SigningAuthority | Refusal): value is Refusal {
  return 'code' in value;
}

const REASON_REQUIRED: Refusal = {
  code: 'REASON_REQUIRED',
  message: {
    vi: 'Cần ghi rõ lý do.',
    en: 'A reason is required.',
  },
  field: 'reason',
};

/** What is wrong with the content of a ruling on a decision listing `annex`, if anything. */
export function refuseRulingContent(
  annex: readonly string[],
  action: Pick<DecisionRulingAction, 'outcome' | 'struck' | 'reason'>,
): Refusal | undefined {
  switch (action.outcome) {
    case 'approve_all':
      return undefined;
    case 'approve_some': {
      const struck = action.struck ?? [];
      if (struck.length === 0) {
        return {
          code: 'STRUCK_REQUIRED',
          message: {
            vi: 'Phê duyệt một phần phải nêu ít nhất một hồ sơ bị loại.',
            en: 'Approving some needs at least one struck nomination.',
          },
          field: 'struck',
        };
      }
      const seen = new Set<string>();
      for (const [index, item] of struck.entries()) {
        if (!annex.includes(item.nominationId)) {
          return {
            code: 'STRUCK_NOT_IN_DECISION',
            message: {
              vi: `Hồ sơ ${item.nominationId} không có trong dự thảo quyết định.`,
              en: `Nomination ${item.nominationId} is not in this decision.`,
            },
            field: `struck.${index}.nominationId`,
          };
        }
        if (seen.has(item.nominationId)) {
          return {
            code: 'DUPLICATE_STRUCK',
            message: {
              vi: `Hồ sơ ${item.nominationId} bị loại hai lần.`,
              en: `Nomination ${item.nominationId} is struck twice.`,
            },
            field: `struck.${index}.nominationId`,
          };
        }
        seen.add(item.nominationId);
        if (!item.reason?.trim()) return { ...REASON_REQUIRED, field: `struck.${index}.reason` };
      }
      if (seen.size >= annex.length) {
        return {
          code: 'NOTHING_KEPT',
          message: {
            vi: 'Phải giữ lại ít nhất một hồ sơ; nếu không khen thưởng ai, hãy chọn "không phê duyệt".',
            en: 'At least one nomination must be kept; to award no one, reject the decision.',
          },
          field: 'struck',
        };
      }
      return undefined;
    }
    case 'reject':
    case 'return_to_council':
    case 'return_to_secretariat':
      return action.reason?.trim() ? undefined : REASON_REQUIRED;
    default:
      return {
        code: 'UNKNOWN_OUTCOME',
        message: { vi: 'Kết quả không hợp lệ.', en: 'Unknown outcome.' },
        field: 'outcome',
      };
  }
}
