import { AwardRecordModel } from '../../../data/history/awardRecordModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { revocationWorkflowId } from '../../../workflows/revocation/messages';
import { ApiClient, eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  daysFromToday,
  insertNomination,
  seedUsersWithDeputies,
} from '../awardDecision/awardDecisionFixtures';

jest.setTimeout(120_000);

/** Revoking a granted award (Law 06/2022/QH15, Art. 93(2)), end to end over real servers. */
describe('revocation of a granted award', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  let minister: ApiClient;
  let deputy: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedUsersWithDeputies();
    [secretariat, minister, deputy] = await Promise.all(
      ['thuongtruc', 'botruong', 'thutruong.1'].map((user) => ApiClient.signIn(stack.apiUrl, user)),
    );
  });
  afterAll(() => stack.stop());

  /**
   * An award granted by a signed decision: the nomination awaits it after 3 transitions, and
   * its workflow records the 4th (taken into the decision) and the 5th (approved).
   */
  async function granted(awardCode = 'CSTDCS'): Promise<{ nominationId: string; number: string }> {
    const nominationId = await insertNomination(stack, { awardCode, lastSeq: 3 });
    const drafted = await secretariat.post('/api/decisions', {
      awardCode,
      year: 2025,
      nominationIds: [nominationId],
    });
    const signed = await minister.post(`/api/decisions/${drafted.body.decision._id}/ruling`, {
      outcome: 'approve_all',
    });
    expect(signed.status).toBe(200);
    await eventually(
      () => NominationModel.findById(nominationId).lean(),
      (n) => n?.stage === 'approved' && n.lastSeq === 5,
    );
    return { nominationId, number: signed.body.decision.number };
  }

  test('approved by the minister: a numbered revoking decision, the record revoked, the nomination revoked', async () => {
    const { nominationId, number } = await granted();
    const reason = 'Kê khai sáng kiến không đúng sự thật (Kết luận thanh tra số 12/KL-TTr).';
    const requested = await secretariat.post('/api/revocations', {
      nominationId,
      ground: 'false_declaration',
      reason,
    });
    expect(requested.status).toBe(201);
    expect(requested.body.revocation).toMatchObject({
      status: 'requested',
      nominationId,
      awardCode: 'CSTDCS',
      grantedBy: { decisionNumber: number },
    });
    const revocationId = requested.body.revocation._id;

    const twice = await secretariat.post('/api/revocations', {
      nominationId,
      ground: 'false_information',
      reason: 'Một đề nghị khác',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('REVOCATION_IN_PROGRESS');

    const bySecretariat = await secretariat.post(`/api/revocations/${revocationId}/ruling`, {
      outcome: 'approve',
    });
    expect(bySecretariat.status).toBe(403);

    const approved = await minister.post(`/api/revocations/${revocationId}/ruling`, {
      outcome: 'approve',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ result: 'revoked', signatureLines: ['BỘ TRƯỞNG'] });
    const revokingNumber = approved.body.decision.number;
    expect(revokingNumber).toMatch(/^\d+\/QĐ-BDTTG$/);
    expect(approved.body.decision.sequence).toBe(Number(number.split('/')[0]) + 1);

    const record = await AwardRecordModel.findById(`nomination:${nominationId}`).lean();
    expect(record!.revoked).toMatchObject({ reason, decisionNumber: revokingNumber });
    expect(record!.revoked!.at).toBeInstanceOf(Date);

    const nomination = await NominationModel.findById(nominationId).lean();
    expect(nomination).toMatchObject({ stage: 'revoked', lastSeq: 6 });
    const last = nomination!.history.at(-1)!;
    expect(last).toMatchObject({ seq: 6, action: 'award_revoked', stage: 'revoked' });
    expect(last.actor.userId).toBe('botruong');
    expect(last.reason).toContain(revokingNumber);

    const stored = (await minister.get(`/api/revocations/${revocationId}`)).body;
    expect(stored).toMatchObject({ status: 'approved', decisionNumber: revokingNumber });
    await captureHistory(
      stack.client.workflow.getHandle(revocationWorkflowId(nominationId)),
      'revocation-approved',
    );

    const again = await secretariat.post('/api/revocations', {
      nominationId,
      ground: 'false_declaration',
      reason,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOMINATION_NOT_APPROVED');
  });

  test('rejected with a reason: the award stands', async () => {
    const { nominationId } = await granted();
    const requested = await secretariat.post('/api/revocations', {
      nominationId,
      ground: 'authority_conclusion',
      reason: 'Đơn tố cáo về thành tích.',
    });
    const id = requested.body.revocation._id;
    const noReason = await minister.post(`/api/revocations/${id}/ruling`, { outcome: 'reject' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('REASON_REQUIRED');
    const rejected = await minister.post(`/api/revocations/${id}/ruling`, {
      outcome: 'reject',
      reason: 'Tố cáo không có cơ sở.',
    });
    expect(rejected.body.result).toBe('rejected');
    expect(
      (await AwardRecordModel.findById(`nomination:${nominationId}`).lean())!.revoked,
    ).toBeFalsy();
    expect((await NominationModel.findById(nominationId).lean())!.stage).toBe('approved');
  });

  test('only a granted award can be revoked', async () => {
    const waiting = await insertNomination(stack);
    const refused = await secretariat.post('/api/revocations', {
      nominationId: waiting,
      ground: 'false_declaration',
      reason: 'Thử',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NOMINATION_NOT_APPROVED');
  });

  test('a deputy revokes within the delegation; the idempotent ruling is applied once', async () => {
    const { nominationId } = await granted('LDTT');
    const grant = await minister.post('/api/delegations', {
      deputyUserId: 'thutruong.1',
      scope: { awardCodes: ['LDTT'] },
      validFrom: daysFromToday(0),
      validTo: daysFromToday(5),
    });
    expect(grant.status).toBe(201);
    const requested = await secretariat.post(
      '/api/revocations',
      { nominationId, ground: 'false_information', reason: 'Làm giả giấy xác nhận.' },
      { 'idempotency-key': `revoke-${nominationId}` },
    );
    const repeated = await secretariat.post(
      '/api/revocations',
      { nominationId, ground: 'false_information', reason: 'Làm giả giấy xác nhận.' },
      { 'idempotency-key': `revoke-${nominationId}` },
    );
    expect(repeated.status).toBe(201);
    expect(repeated.body.revocation._id).toBe(requested.body.revocation._id);

    const id = requested.body.revocation._id;
    const headers = { 'idempotency-key': `rule-${id}` };
    const first = await deputy.post(
      `/api/revocations/${id}/ruling`,
      { outcome: 'approve' },
      headers,
    );
    const second = await deputy.post(
      `/api/revocations/${id}/ruling`,
      { outcome: 'approve' },
      headers,
    );
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.decision.number).toBe(first.body.decision.number);
    expect(first.body.signatureLines).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    const stored = (await minister.get(`/api/revocations/${id}`)).body;
    expect(stored.onBehalfOf).toMatchObject({ userId: 'botruong', delegationId: grant.body._id });
    const nomination = await NominationModel.findById(nominationId).lean();
    expect(nomination!.history.filter((h) => h.action === 'award_revoked')).toHaveLength(1);
  });
});
