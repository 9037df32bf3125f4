import { QuotaReleaseModel } from '../../../data/councilRound/quotaLedgerModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { ApiClient, eventually } from '../../harness/apiClient';
import type { TestStack } from '../../harness/testStack';
import { insertNomination } from '../awardDecision/awardDecisionFixtures';
import type { Council } from './councilRoundFixtures';
import { CSTDCS, startQuotaLedgerStack, quotaLedgerRounds, heldIn } from './quotaLedgerSetup';

jest.setTimeout(180_000);

/**
 * The CSTĐCS quota (≤ 15% of the unit's LĐTT holders in the year, Law 06/2022/QH15, Art. 23)
 * and the flag (one per bloc and year, Art. 26) counted across council rounds, through the
 * quota ledger: over real HTTP, Temporal and the database.
 */
describe('quota places across council rounds: a place not awarded goes on', () => {
  let stack: TestStack;
  let council: Council;
  let minister: ApiClient;
  beforeAll(async () => {
    ({ stack, council, minister } = await startQuotaLedgerStack());
  });
  afterAll(() => stack.stop());
  const { round, fighters } = quotaLedgerRounds(() => ({ stack, council }));

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
});
