import type { TestStack } from '../../harness/testStack';
import { nominationAtCouncil, type Council } from './councilRoundFixtures';
import { CSTDCS, startQuotaLedgerStack, quotaLedgerRounds, heldIn } from './quotaLedgerSetup';

jest.setTimeout(180_000);

/**
 * The CSTĐCS quota (≤ 15% of the unit's LĐTT holders in the year, Law 06/2022/QH15, Art. 23)
 * and the flag (one per bloc and year, Art. 26) counted across council rounds, through the
 * quota ledger: over real HTTP, Temporal and the database.
 */
describe('quota places across council rounds: the quota and the flag in total', () => {
  let stack: TestStack;
  let council: Council;
  beforeAll(async () => {
    ({ stack, council } = await startQuotaLedgerStack());
  });
  afterAll(() => stack.stop());
  const { round, fighters } = quotaLedgerRounds(() => ({ stack, council }));

  test('two rounds in a row for one unit and year keep no more than the quota in total (issue 13)', async () => {
    // 20 LĐTT holders: quota ⌊20 × 15%⌋ = 3.
    const [a1, a2] = await fighters('VCSDT', 2);
    const first = await round('VCSDT', 20, { [a1!]: 90, [a2!]: 85 });
    expect([first[a1!].outcome, first[a2!].outcome]).toEqual(['passed', 'passed']);

    const [b1, b2, b3] = await fighters('VCSDT', 3);
    const second = await round(
      'VCSDT',
      20,
      { [b1!]: 95, [b2!]: 92, [b3!]: 91 },
      'council-round-quota-ledger',
    );
    expect([second[b1!].outcome, second[b2!].outcome, second[b3!].outcome]).toEqual([
      'passed',
      'cut_by_quota',
      'cut_by_quota',
    ]);
    expect(second[b1!].quota.reasons[0].message.vi).toBe(
      'Xếp hạng 1/3 của đơn vị, trong chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống), phiên họp trước đã dùng 2, còn 1',
    );
    expect(second[b2!].explanation.en).toContain(
      'outside the quota 3 (15% of 20 Advanced Workers, rounded down), 2 used by earlier rounds, 1 left',
    );

    // The ledger: three places, each named after the nominee who holds it.
    const held = await heldIn(CSTDCS('VCSDT'));
    expect(held.map((p) => p.nominationId).sort()).toEqual([a1, a2, b1].sort());
    expect(held.map((p) => p.seq).sort()).toEqual([1, 2, 3]);

    const [c1] = await fighters('VCSDT', 1);
    const third = await round('VCSDT', 20, { [c1!]: 99 });
    expect(third[c1!].outcome).toBe('cut_by_quota');
    expect(third[c1!].explanation.vi).toContain(
      'Vượt tỷ lệ: chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống), phiên họp trước đã dùng 3, còn 0',
    );
  });

  test('the flag counts per bloc and year: a second round finds it taken', async () => {
    const vp = await nominationAtCouncil(stack, {
      unitId: 'VP',
      awardCode: 'COBO',
      kind: 'collective',
    });
    const first = await round('VP', 10, { [vp]: 0 });
    expect(first[vp].outcome).toBe('passed');
    const vtccb = await nominationAtCouncil(stack, {
      unitId: 'VTCCB',
      awardCode: 'COBO',
      kind: 'collective',
    });
    const second = await round('VTCCB', 10, { [vtccb]: 0 });
    expect(second[vtccb]).toMatchObject({
      outcome: 'cut_by_quota',
      quota: { kind: 'one_per_bloc', scope: 'KHOI-1/2025', outcome: 'cut' },
    });
    expect(second[vtccb].explanation.vi).toContain(
      'mỗi khối một Cờ thi đua, phiên họp trước đã dùng 1, còn 0.',
    );
  });
});
