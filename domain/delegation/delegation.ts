import { agencyOn } from '../agency/agencyIdentity';
import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import type { Actor } from '../process/roles';
import type { LocalizedText } from '../ruleSets/text';

/**
 * Delegated signing (domain.md §1). Under Decree 30/2020/NĐ-CP, Art. 13(1), the head of an
 * agency run by one head (chế độ thủ trưởng) signs everything and may assign a deputy to sign
 * in his place ("giao cấp phó ký thay") the documents of the field the deputy is assigned and
 * some documents within the head's own authority. That is what a minister's delegation to a
 * deputy minister is; the signature block reads "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" (ký thay).
 * (Art. 13(3) "ký thừa ủy quyền", TUQ., is for heads of the ministry's own units, in writing,
 * limited in time and content — not modelled here.)
 *
 * Pure: no clock, no I/O. Dates are Vietnam calendar days 'YYYY-MM-DD', compared as strings.
 */
interface DelegationScope {
  /** Awards the deputy may sign; empty or absent = any award (then `kinds` must limit it). */
  awardCodes?: readonly AwardCode[];
  /** Kinds of commendation the deputy may sign; empty or absent = any kind. */
  kinds?: readonly CommendationKind[];
}

export interface Delegation {
  id: string;
  deputy: { userId: string; name: string };
  grantedBy: { userId: string; name: string };
  scope: DelegationScope;
  /** First and last day the deputy may sign, inclusive, Vietnam dates. */
  validFrom: string;
  validTo: string;
  /** Revoked by the minister: covers nothing from then on. */
  revoked?: boolean;
  /** The document that assigns the deputy, e.g. "Quyết định số 15/QĐ-BDTTG". */
  basis?: string;
}

type DelegationRefusalCode =
  | 'NO_DELEGATION'
  | 'DELEGATION_NOT_YOURS'
  | 'DELEGATION_REVOKED'
  | 'DELEGATION_OUT_OF_PERIOD'
  | 'DELEGATION_OUT_OF_SCOPE'
  | 'DELEGATION_SCOPE_EMPTY';

interface DelegationRefusal {
  code: DelegationRefusalCode;
  message: LocalizedText;
}

const hasItems = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/**
 * Why `delegation` does not let its deputy sign `awardCode` of `kind` on `date`, or
 * undefined when it does. A delegation with no scope at all covers nothing: a deputy signs
 * "the documents of the field assigned" (Art. 13(1)), so the field must be named.
 */
export function delegationRefusal(
  delegation: Delegation,
  awardCode: AwardCode,
  kind: CommendationKind,
  date: string,
): DelegationRefusal | undefined {
  if (delegation.revoked) {
    return {
      code: 'DELEGATION_REVOKED',
      message: {
        vi: 'Văn bản giao ký thay đã bị Bộ trưởng thu hồi.',
        en: 'The minister has revoked this delegation.',
      },
    };
  }
  if (date < delegation.validFrom || date > delegation.validTo) {
    return {
      code: 'DELEGATION_OUT_OF_PERIOD',
      message: {
        vi: `Ngày ký ${date} nằm ngoài thời hạn được giao ký thay (${delegation.validFrom} – ${delegation.validTo}).`,
        en: `The signing date ${date} is outside the delegation's period (${delegation.validFrom} – ${delegation.validTo}).`,
      },
    };
  }
  const { awardCodes, kinds } = delegation.scope;
  if (!hasItems(awardCodes) && !hasItems(kinds)) {
    return {
      code: 'DELEGATION_SCOPE_EMPTY',
      message: {
        vi: 'Văn bản giao ký thay không nêu lĩnh vực được giao.',
        en: 'The delegation names no scope.',
      },
    };
  }
  if (hasItems(awardCodes) && !awardCodes.includes(awardCode)) {
    return {
      code: 'DELEGATION_OUT_OF_SCOPE',
      message: {
        vi: `Danh hiệu, hình thức ${awardCode} không thuộc phạm vi được giao ký thay (${awardCodes.join(', ')}).`,
        en: `Award ${awardCode} is outside the delegation's scope (${awardCodes.join(', ')}).`,
      },
    };
  }
  if (hasItems(kinds) && !kinds.includes(kind)) {
    return {
      code: 'DELEGATION_OUT_OF_SCOPE',
      message: {
        vi: `Loại khen thưởng "${kind}" không thuộc phạm vi được giao ký thay (${kinds.join(', ')}).`,
        en: `Commendation kind "${kind}" is outside the delegation's scope (${kinds.join(', ')}).`,
      },
    };
  }
  return undefined;
}

/** Does `delegation` let its deputy sign `awardCode` of `kind` on `date` (inclusive period)? */
export function delegationCovers(
  delegation: Delegation,
  awardCode: AwardCode,
  kind: CommendationKind,
  date: string,
): boolean {
  return delegationRefusal(delegation, awardCode, kind, date) === undefined;
}

/** How the decision is signed: the signature block and, for a deputy, whose authority. */
export interface SigningAuthority {
  /** Lines of the signature block above the name, e.g. ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]. */
  signatureLines: string[];
  signer: Actor;
  /** Present when a deputy signs in the minister's place (ký thay). */
  onBehalfOf?: { userId: string; name: string; delegationId: string };
}

interface SigningAuthorityRefusal {
  code: DelegationRefusalCode | 'ROLE_NOT_ALLOWED';
  message: LocalizedText;
}

/** Deputy titles matching the head's title in force (UBDT: "Bộ trưởng, Chủ nhiệm"). */
function deputyTitleOf(headTitle: string): string {
  return headTitle === 'Bộ trưởng, Chủ nhiệm' ? 'Thứ trưởng, Phó Chủ nhiệm' : 'Thứ trưởng';
}

/**
 * Who may sign a decision on `awardCode` of `kind` on `date`: the minister, as "BỘ TRƯỞNG"
 * (the head's title in force that day); or a deputy minister whose delegation covers it, as
 * "KT. BỘ TRƯỞNG" over "THỨ TRƯỞNG" (Decree 30/2020/NĐ-CP, Art. 13(1) and Appendix I: "KT."
 * before the head's title, the signer's own title below). Anyone else is refused.
 */
export function signingAuthority(
  actor: Actor,
  delegation: Delegation | undefined,
  awardCode: AwardCode,
  kind: CommendationKind,
  date: string,
): SigningAuthority | SigningAuthorityRefusal {
  const headTitle = agencyOn(date).headTitle.vi;
  if (actor.role === 'minister') {
    return { signatureLines: [headTitle.toUpperCase()], signer: actor };
  }
  if (actor.role !== 'deputy_minister') {
    return {
      code: 'ROLE_NOT_ALLOWED',
      message: {
        vi: 'Chỉ Bộ trưởng hoặc Thứ trưởng được giao ký thay mới được quyết định.',
        en: 'Only the minister, or a deputy minister under a delegation, may decide.',
      },
    };
  }
  if (!delegation) {
    return {
      code: 'NO_DELEGATION',
      message: {
        vi: 'Thứ trưởng chưa được Bộ trưởng giao ký thay việc này.',
        en: 'The deputy minister holds no delegation for this.',
      },
    };
  }
  if (delegation.deputy.userId !== actor.userId) {
    return {
      code: 'DELEGATION_NOT_YOURS',
      message: {
        vi: 'Văn bản giao ký thay này giao cho người khác.',
        en: 'This delegation was given to someone else.',
      },
    };
  }
  const refusal = delegationRefusal(delegation, awardCode, kind, date);
  if (refusal) return refusal;
  return {
    signatureLines: [`KT. ${headTitle.toUpperCase()}`, deputyTitleOf(headTitle).toUpperCase()],
    signer: actor,
    onBehalfOf: {
      userId: delegation.grantedBy.userId,
      name: delegation.grantedBy.name,
      delegationId: delegation.id,
    },
  };
}

export function isSigningRefusal(
  result: SigningAuthority | SigningAuthorityRefusal,
): result is SigningAuthorityRefusal {
  return 'code' in result;
}
