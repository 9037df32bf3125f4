import { Writable } from 'node:stream';
import pino from 'pino';
import { backfillQuotaLedger } from '../../../data/councilRound/backfillQuotaLedger';
import { CouncilMinutesModel } from '../../../data/councilRound/councilMinutesModel';
import { CouncilRoundModel } from '../../../data/councilRound/councilRoundModel';
import { QuotaPlaceModel, QuotaReleaseModel } from '../../../data/councilRound/quotaLedgerModel';
import { AwardDecisionModel } from '../../../data/awardDecision/awardDecisionModel';
import type { TestStack } from '../../harness/testStack';
import type { Council } from './councilRoundFixtures';
import { startQuotaLedgerStack, quotaLedgerRounds } from './quotaLedgerSetup';

jest.setTimeout(180_000);

/**
 * The CSTĐCS quota (≤ 15% of the unit's LĐTT holders in the year, Law 06/2022/QH15, Art. 23)
 * and the flag (one per bloc and year, Art. 26) counted across council rounds, through the
 * quota ledger: over real HTTP, Temporal and the database.
 */
describe('quota places across council rounds: rounds closed before the ledger', () => {
  let stack: TestStack;
  let council: Council;
  beforeAll(async () => {
    ({ stack, council } = await startQuotaLedgerStack());
  });
  afterAll(() => stack.stop());
  const { round, fighters } = quotaLedgerRounds(() => ({ stack, council }));

  test('rounds closed before the ledger: their places are derived once at start-up, the minister’s rulings since given back (logged)', async () => {
    const [kept, returned, cut] = await fighters('VTCCB', 3);
    const closedAt = new Date('2026-01-10T03:00:00Z');
    const note = (rank: number, outcome: string) => ({
      kind: 'cstdcs_share_of_ldtt',
      scope: 'VTCCB/2025',
      rank,
      outcome,
      reasons: [],
    });
    const actor = { userId: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat' as const };
    await CouncilRoundModel.create({
      _id: 'old-round',
      title: 'Phiên họp trước khi có sổ chỉ tiêu',
      members: ['chutich'],
      chairId: 'chutich',
      scheduledOn: '2026-01-10',
      deadline: closedAt,
      recusalPolicy: 'same_unit',
      createdBy: actor,
      workflowId: 'council-round-old-round',
      status: 'closed',
      minutesId: 'minutes-old-round',
      results: [
        { nominationId: kept, outcome: 'passed', quota: note(1, 'kept') },
        { nominationId: returned, outcome: 'passed', quota: note(2, 'chosen_by_chair') },
        { nominationId: cut, outcome: 'cut_by_quota', quota: note(3, 'cut') },
      ],
      version: 9,
    });
    await CouncilMinutesModel.create({
      _id: 'minutes-old-round',
      roundId: 'old-round',
      title: 'Phiên họp trước khi có sổ chỉ tiêu',
      scheduledOn: '2026-01-10',
      closedAt,
      closedBy: actor,
      chair: { userId: 'chutich', name: 'Chủ tịch' },
      members: [{ userId: 'chutich', name: 'Chủ tịch', attendance: 'present' }],
      items: [{ nominationId: kept }],
    });
    await AwardDecisionModel.create({
      _id: 'old-decision',
      workflowId: 'award-decision-old-decision',
      status: 'returned_to_council',
      awardCode: 'CSTDCS',
      kind: 'merit',
      year: 2025,
      forwardedUpward: false,
      annex: [
        { nominationId: returned, nomineeName: 'B', nomineeKind: 'individual', unitId: 'VTCCB' },
      ],
      draftedBy: actor,
      draftedAt: new Date('2026-01-12T03:00:00Z'),
      ruling: { outcome: 'returned_to_council', by: actor, at: new Date('2026-01-13T03:00:00Z') },
    });

    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    expect(await backfillQuotaLedger(log)).toEqual({ rounds: 1, places: 2, released: 1 });
    expect(lines.join('')).toContain('quota ledger backfilled');
    const places = await QuotaPlaceModel.find({ roundId: 'old-round' }).sort({ slot: 1 }).lean();
    expect(places.map((p) => [p.nominationId, p.source])).toEqual([
      [kept, 'backfill'],
      [returned, 'backfill'],
    ]);
    expect(await QuotaReleaseModel.find({ nominationId: returned }).lean()).toEqual([
      expect.objectContaining({ reason: 'returned_to_council', by: 'old-decision' }),
    ]);
    // Idempotent: the next start adds nothing, and logs nothing.
    lines.length = 0;
    expect(await backfillQuotaLedger(log)).toEqual({ rounds: 0, places: 0, released: 0 });
    expect(lines).toEqual([]);

    // A new round sees the old round's kept nominee (quota 2 of 14): one place left.
    const [d1, d2] = await fighters('VTCCB', 2);
    const next = await round('VTCCB', 14, { [d1!]: 90, [d2!]: 80 });
    expect([next[d1!].outcome, next[d2!].outcome]).toEqual(['passed', 'cut_by_quota']);
    expect(next[d1!].quota.reasons[0].message.vi).toContain(
      'phiên họp trước đã dùng 1 (không tính 1 suất đã trả lại do Bộ trưởng không khen thưởng hoặc hủy bỏ khen thưởng), còn 1',
    );
    // The new round claimed its own place: the backfill leaves it alone.
    expect(await backfillQuotaLedger(log)).toEqual({ rounds: 0, places: 0, released: 0 });
  });
});
