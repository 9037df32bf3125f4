import {
  delegationCovers,
  delegationRefusal,
  isSigningRefusal,
  signingAuthority,
  type Delegation,
} from '../../../domain/delegation';
import type { Actor } from '../../../domain/process/roles';

const deputy: Actor = { userId: 'thutruong.1', name: 'Y Vinh Tơr', role: 'deputy_minister' };
const minister: Actor = { userId: 'botruong', name: 'Hầu A Lềnh', role: 'minister' };

const base: Delegation = {
  id: 'd1',
  deputy: { userId: deputy.userId, name: deputy.name },
  grantedBy: { userId: minister.userId, name: minister.name },
  scope: { awardCodes: ['LDTT', 'CSTDCS'] },
  validFrom: '2026-01-01',
  validTo: '2026-06-30',
};

/** Decree 30/2020/NĐ-CP, Art. 13(1): a deputy signs in the minister's place within the field assigned. */
describe('delegationCovers: scope and inclusive period (Decree 30/2020/NĐ-CP, Art. 13(1))', () => {
  test.each([
    ['first day of the period', base, 'LDTT', 'merit', '2026-01-01', undefined],
    ['last day of the period', base, 'CSTDCS', 'merit', '2026-06-30', undefined],
    ['the day before the period', base, 'LDTT', 'merit', '2025-12-31', 'DELEGATION_OUT_OF_PERIOD'],
    ['the day after the period', base, 'LDTT', 'merit', '2026-07-01', 'DELEGATION_OUT_OF_PERIOD'],
    ['an award outside the scope', base, 'BKBO', 'merit', '2026-03-01', 'DELEGATION_OUT_OF_SCOPE'],
    [
      'kinds only: any award of that kind',
      { ...base, scope: { kinds: ['ad_hoc'] } },
      'BKBO',
      'ad_hoc',
      '2026-03-01',
      undefined,
    ],
    [
      'kinds only: another kind',
      { ...base, scope: { kinds: ['ad_hoc'] } },
      'BKBO',
      'merit',
      '2026-03-01',
      'DELEGATION_OUT_OF_SCOPE',
    ],
    [
      'awards and kinds: both must match',
      { ...base, scope: { awardCodes: ['BKBO'], kinds: ['thematic'] } },
      'BKBO',
      'merit',
      '2026-03-01',
      'DELEGATION_OUT_OF_SCOPE',
    ],
    [
      'awards and kinds: both match',
      { ...base, scope: { awardCodes: ['BKBO'], kinds: ['thematic'] } },
      'BKBO',
      'thematic',
      '2026-03-01',
      undefined,
    ],
    [
      'no scope named covers nothing',
      { ...base, scope: { awardCodes: [], kinds: [] } },
      'LDTT',
      'merit',
      '2026-03-01',
      'DELEGATION_SCOPE_EMPTY',
    ],
    ['revoked', { ...base, revoked: true }, 'LDTT', 'merit', '2026-03-01', 'DELEGATION_REVOKED'],
  ] as const)('%s', (_name, delegation, award, kind, date, refusal) => {
    expect(delegationRefusal(delegation as Delegation, award, kind, date)?.code).toBe(refusal);
    expect(delegationCovers(delegation as Delegation, award, kind, date)).toBe(
      refusal === undefined,
    );
  });
});

describe('signingAuthority: the signature block (Decree 30/2020/NĐ-CP, Art. 13(1), Appendix I)', () => {
  test('the minister signs as BỘ TRƯỞNG of the Ministry in force on the day', () => {
    const signed = signingAuthority(minister, undefined, 'BKBO', 'merit', '2026-03-01');
    expect(signed).toEqual({ signatureLines: ['BỘ TRƯỞNG'], signer: minister });
  });

  test('before 01/03/2025 the head of UBDT is "Bộ trưởng, Chủ nhiệm"', () => {
    const signed = signingAuthority(minister, undefined, 'BKBO', 'merit', '2025-02-28');
    expect(!isSigningRefusal(signed) && signed.signatureLines).toEqual(['BỘ TRƯỞNG, CHỦ NHIỆM']);
  });

  test('a covered deputy signs "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" on the minister\'s behalf', () => {
    const signed = signingAuthority(deputy, base, 'LDTT', 'merit', '2026-03-01');
    expect(signed).toEqual({
      signatureLines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
      signer: deputy,
      onBehalfOf: { userId: 'botruong', name: 'Hầu A Lềnh', delegationId: 'd1' },
    });
  });

  test.each([
    ['a deputy without a delegation', deputy, undefined, 'NO_DELEGATION'],
    [
      "a deputy holding another deputy's delegation",
      { ...deputy, userId: 'thutruong.2' },
      base,
      'DELEGATION_NOT_YOURS',
    ],
    ['the secretariat', { ...deputy, role: 'secretariat' }, base, 'ROLE_NOT_ALLOWED'],
    [
      'a deputy outside the scope',
      deputy,
      { ...base, scope: { awardCodes: ['GK'] } },
      'DELEGATION_OUT_OF_SCOPE',
    ],
  ] as const)('%s is refused', (_name, actor, delegation, code) => {
    const result = signingAuthority(
      actor as Actor,
      delegation as Delegation | undefined,
      'LDTT',
      'merit',
      '2026-03-01',
    );
    expect(isSigningRefusal(result) && result.code).toBe(code);
  });
});
