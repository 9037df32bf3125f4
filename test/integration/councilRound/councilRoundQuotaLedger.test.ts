import { Writable } from 'node:stream';
import pino from 'pino';
import {
  applyRoundQuotas,
  type QuotaItem,
} from '../../../activities/councilRound/applyRoundQuotas';
import { backfillQuotaLedger } from '../../../data/councilRound/backfillQuotaLedger';
import { CouncilMinutesModel } from '../../../data/councilRound/councilMinutesModel';
import { CouncilRoundModel } from '../../../data/councilRound/councilRoundModel';
import { claimPlaces, recordKeptPlaces } from '../../../data/councilRound/quotaLedger';
import { QuotaPlaceModel, QuotaReleaseModel } from '../../../data/councilRound/quotaLedgerModel';
import { AwardDecisionModel } from '../../../data/awardDecision/awardDecisionModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { placesToClaim } from '../../../domain/quota/earlierRounds';
import { councilRoundWorkflowId } from '../../../workflows/councilRound/messages';
import { ApiClient, eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { insertNomination } from '../awardDecision/awardDecisionFixtures';
import {
  closedRound,
  createRound,
  everyoneApproves,
  nominationAtCouncil,
  seedCouncil,
  type Council,
} from './councilRoundFixtures';

jest.setTimeout(180_000);

const CSTDCS = (unitId: string) => `cstdcs_share_of_ldtt:${unitId}/2025`;

/**
 * The CSTĐCS quota (≤ 15% of the unit's LĐTT holders in the year, Law 06/2022/QH15, Art. 23)
 * and the flag (one per bloc and year, Art. 26) counted across council rounds, through the
 * quota ledger: over real HTTP, Temporal and the database.
 */
describe('quota places across council rounds', () => {
  let stack: TestStack;
  let council: Council;
  let minister: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
    minister = await ApiClient.signIn(stack.apiUrl, 'botruong');
  });
  afterAll(() => stack.stop());

  /**
   * A round where everyone approves, its nominees' scores as given; closed, without a tie.
   * `history`: the name its workflow history is stored under for the replay test.
   */
  async function round(
    unitId: string,
    ldttCount: number,
    scores: Record<string, number>,
    history?: string,
  ): Promise<Record<string, any>> {
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    const ids = Object.keys(scores);
    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: ids.map((id) => ({ nominationId: id, evaluationScore: scores[id] })),
      ldttHolders: [{ unitId, year: 2025, count: ldttCount }],
    });
    expect(added.status).toBe(200);
    await everyoneApproves(council, path, ids);
    expect((await council.chair.post(`${path}/close`)).body.status).toBe('closed');
    const closed = await closedRound(council.chair, roundId);
    if (history) {
      await captureHistory(
        stack.client.workflow.getHandle(councilRoundWorkflowId(roundId)),
        history,
      );
    }
    return Object.fromEntries(closed.results.map((r: any) => [r.nominationId, r]));
  }

  const fighters = (unitId: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, () => nominationAtCouncil(stack, { unitId, awardCode: 'CSTDCS' })),
    );

  const heldIn = async (scope: string) => {
    const released = new Set(
      (await QuotaReleaseModel.find({ scope }).lean()).map((r) => r._id as string),
    );
    return (await QuotaPlaceModel.find({ scope }).lean()).filter((p) => !released.has(p._id));
  };

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

  test('a place the minister does not award (rejected, struck, revoked) goes to the next round', async () => {
    // 7 LĐTT holders: quota 1.
    const [x] = await fighters('VKHTC', 1);
    expect((await round('VKHTC', 7, { [x!]: 90 }))[x!].outcome).toBe('passed');
    const [y] = await fighters('VKHTC', 1);
    const full = await round('VKHTC', 7, { [y!]: 95 });
    expect(full[y!].outcome).toBe('cut_by_quota');

    // The minister rejects the decision that holds X (passed, its workflow awaits a decision).
    const recordedAt = (id: string, stage: string) =>
      eventually(
        () => NominationModel.findById(id).lean(),
        (n) => n?.stage === stage,
      );
    await recordedAt(x!, 'awaiting_decision');
    const rejected = await council.secretariat.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: [x],
    });
    expect(rejected.status).toBe(201);
    const ruled = await minister.post(`/api/decisions/${rejected.body.decision._id}/ruling`, {
      outcome: 'reject',
      reason: 'Chưa đủ minh chứng sáng kiến.',
    });
    expect(ruled.body).toMatchObject({ phase: 'done', result: 'rejected' });
    expect(await QuotaReleaseModel.find({ nominationId: x }).lean()).toEqual([
      expect.objectContaining({ reason: 'rejected', by: rejected.body.decision._id }),
    ]);

    // Y's process ended when the quota cut it: the place goes to the unit's next nominee, W.
    await recordedAt(y!, 'rejected');
    const [w] = await fighters('VKHTC', 1);
    const again = await round('VKHTC', 7, { [w!]: 95 });
    expect(again[w!].outcome).toBe('passed');
    expect(again[w!].quota.reasons[0].message.vi).toContain(
      'phiên họp trước đã dùng 0 (không tính 1 suất đã trả lại do Bộ trưởng không khen thưởng hoặc hủy bỏ khen thưởng), còn 1',
    );

    // Struck from a signed decision: W's place is given back too; the kept nominee's is not.
    const other = await insertNomination(stack, { unitId: 'VCSDT' });
    await recordedAt(w!, 'awaiting_decision');
    const some = await council.secretariat.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: [w, other],
    });
    const signed = await minister.post(`/api/decisions/${some.body.decision._id}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: w, reason: 'Thành tích trùng với năm trước.' }],
    });
    expect(signed.body).toMatchObject({ phase: 'done', result: 'signed' });
    expect(await heldIn(CSTDCS('VKHTC'))).toEqual([]);
    const [z] = await fighters('VKHTC', 1);
    expect((await round('VKHTC', 7, { [z!]: 80 }))[z!].outcome).toBe('passed');
    expect((await heldIn(CSTDCS('VKHTC'))).map((p) => p.nominationId)).toEqual([z]);

    // Awarded, then revoked for an unlawful appraisal: the place goes back.
    await recordedAt(z!, 'awaiting_decision');
    const granted = await council.secretariat.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: [z],
    });
    const approved = await minister.post(`/api/decisions/${granted.body.decision._id}/ruling`, {
      outcome: 'approve_all',
    });
    expect(approved.body).toMatchObject({ phase: 'done', result: 'signed' });
    expect(await heldIn(CSTDCS('VKHTC'))).toHaveLength(1);
    await recordedAt(z!, 'approved');
    const requested = await council.secretariat.post('/api/revocations', {
      nominationId: z,
      ground: 'unlawful_appraisal',
      reason: 'Xét duyệt trái quy định: chỉ tiêu đã dùng hết ở phiên trước.',
    });
    expect(requested.status).toBe(201);
    const revoked = await minister.post(
      `/api/revocations/${requested.body.revocation._id}/ruling`,
      { outcome: 'approve' },
    );
    expect(revoked.body).toMatchObject({ result: 'revoked' });
    expect(await heldIn(CSTDCS('VKHTC'))).toEqual([]);
    expect(await QuotaReleaseModel.find({ nominationId: z }).lean()).toEqual([
      expect.objectContaining({ reason: 'revoked', by: requested.body.revocation._id }),
    ]);
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

  const item = (nominationId: string, unitId: string, evaluationScore: number): QuotaItem => ({
    nominationId,
    awardCode: 'CSTDCS',
    unitId,
    year: 2025,
    evaluationScore,
    approvals: 6,
    denominator: 6,
    ruleSetId: 'tdkt-2025-07',
  });

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
