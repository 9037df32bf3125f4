import { applyRoundQuotas } from '../../../activities/councilRound/applyRoundQuotas';
import { claimPlaces, recordKeptPlaces } from '../../../data/councilRound/quotaLedger';
import { QuotaPlaceModel } from '../../../data/councilRound/quotaLedgerModel';
import { placesToClaim } from '../../../domain/quota/earlierRounds';
import type { TestStack } from '../../harness/testStack';
import { CSTDCS, startQuotaLedgerStack, item } from './quotaLedgerSetup';

jest.setTimeout(180_000);

/**
 * The CSTĐCS quota (≤ 15% of the unit's LĐTT holders in the year, Law 06/2022/QH15, Art. 23)
 * and the flag (one per bloc and year, Art. 26) counted across council rounds, through the
 * quota ledger: over real HTTP, Temporal and the database.
 */
describe('quota places across council rounds: claims retried, at once or cut short', () => {
  let stack: TestStack;
  beforeAll(async () => {
    ({ stack } = await startQuotaLedgerStack());
  });
  afterAll(() => stack.stop());

  test('a retried claim takes no more places, even two attempts at once', async () => {
    const input = {
      items: [item('r1', 'TTTT', 90), item('r2', 'TTTT', 85), item('r3', 'TTTT', 80)],
      // 14 LĐTT holders: quota 2.
      ldttCounts: [
        { unitId: 'TTTT', year: 2025, count: 14, source: 'declared_by_secretariat' as const },
      ],
      ledger: { roundId: 'retried-round', at: '2026-01-15T03:00:00.000Z' },
    };
    const attempts = await Promise.all([1, 2, 3, 4].map(() => applyRoundQuotas(input)));
    const afterRetry = await applyRoundQuotas(input);
    for (const result of [...attempts, afterRetry]) {
      expect(Object.values(result.notes).map((n) => n.outcome)).toEqual(['kept', 'kept', 'cut']);
      expect(result.notes.r1!.reasons[0]!.message.en).toBe(
        'Ranked 1 of 3 in the unit, within the quota 2 (15% of 14 Advanced Workers, rounded down)',
      );
    }
    const places = await QuotaPlaceModel.find({ scope: CSTDCS('TTTT') }).lean();
    expect(places.map((p) => [p.seq, p.slot, p.roundId])).toEqual([
      [1, 1, 'retried-round'],
      [2, 2, 'retried-round'],
    ]);
    // What makes that hold under any interleaving: the database refuses a claim key twice.
    await expect(
      QuotaPlaceModel.create({ ...places[1], _id: `${CSTDCS('TTTT')}#3`, seq: 3 }),
    ).rejects.toMatchObject({ code: 11000 });
  });

  test('rounds claiming at once for one scope never hold more than the quota', async () => {
    const scope = CSTDCS('CONCURRENT');
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claimPlaces({
          roundId: `r${i}`,
          scope,
          quota: 3,
          candidates: 2,
          at: new Date().toISOString(),
        }),
      ),
    );
    expect(claims.reduce((n, c) => n + c.claimed, 0)).toBe(3);
    expect(await QuotaPlaceModel.countDocuments({ scope })).toBe(3);
    // Each round's ranking counts what the others hold so that it keeps exactly its places.
    for (const c of claims) expect(placesToClaim(3, 2, c.earlier.held)).toBe(c.claimed);
  });

  test('a claim cut short between a place’s number and its document: the retry keeps both places, even once others hold more', async () => {
    const scope = CSTDCS('INTERRUPTED');
    const claim = () =>
      claimPlaces({
        roundId: 'cut-short',
        scope,
        quota: 3,
        candidates: 2,
        at: '2026-01-20T03:00:00.000Z',
      });
    expect((await claim()).claimed).toBe(2);
    // The worker died after numbering its second place, before writing it…
    await QuotaPlaceModel.deleteOne({ scope, roundId: 'cut-short', slot: 2 });
    // …and before its retry, the start-up backfill recorded two places of an older round.
    await recordKeptPlaces({
      roundId: 'older',
      scope,
      nominationIds: ['o1', 'o2'],
      at: new Date('2026-01-10T03:00:00Z'),
    });
    const retried = await claim();
    expect(retried.claimed).toBe(2);
    const places = await QuotaPlaceModel.find({ scope }).sort({ seq: 1 }).lean();
    expect(places.map((p) => [p.seq, p.roundId, p.slot])).toEqual([
      [1, 'cut-short', 1],
      [2, 'cut-short', 2],
      [3, 'older', 1],
      [4, 'older', 2],
    ]);
  });
});
