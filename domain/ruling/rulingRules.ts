import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import {
  isSigningRefusal,
  signingAuthority,
  type Delegation,
  type SigningAuthority,
} from '../delegation';
import { rulingRefusal } from '../messages/ruling';
import type { Refusal } from '../messages/refusal';
import type { Actor } from '../process/roles';

/**
 * Who may rule and what a ruling must contain. Pure (no Temporal), so the validator of the
 * award decision and of the revocation share it and it can be tested without servers.
 */

export type RulingOutcome =
  | 'approve_all'
  | 'approve_some'
  | 'reject'
  | 'return_to_council'
  | 'return_to_secretariat';

export interface StruckNomination {
  nominationId: string;
  reason: string;
}

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

/** What is wrong with the content of a ruling on a decision listing `annex`, if anything. */
export function refuseRulingContent(
  annex: readonly string[],
  action: { outcome: RulingOutcome; struck?: StruckNomination[]; reason?: string },
): Refusal | undefined {
  switch (action.outcome) {
    case 'approve_all':
      return undefined;
    case 'approve_some': {
      const struck = action.struck ?? [];
      if (struck.length === 0) return rulingRefusal('struckRequired');
      const seen = new Set<string>();
      for (const [index, item] of struck.entries()) {
        const field = `struck.${index}.nominationId`;
        const { nominationId } = item;
        if (!annex.includes(nominationId)) {
          return { ...rulingRefusal('struckNotInDecision', { nominationId }), field };
        }
        if (seen.has(nominationId)) {
          return { ...rulingRefusal('duplicateStruck', { nominationId }), field };
        }
        seen.add(nominationId);
        if (!item.reason?.trim()) {
          return { ...rulingRefusal('reasonRequired'), field: `struck.${index}.reason` };
        }
      }
      return seen.size >= annex.length ? rulingRefusal('nothingKept') : undefined;
    }
    case 'reject':
    case 'return_to_council':
    case 'return_to_secretariat':
      return action.reason?.trim() ? undefined : rulingRefusal('reasonRequired');
    default:
      return rulingRefusal('unknownOutcome');
  }
}
