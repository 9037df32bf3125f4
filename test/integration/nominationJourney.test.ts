import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

/** One nomination from unit to minister, over real HTTP, Temporal and the database. */
describe('a nomination from the unit to the minister', () => {
  let stack: TestStack;
  let officer: ApiClient;
  let head: ApiClient;
  let secretariat: ApiClient;
  let council: ApiClient;
  let minister: ApiClient;
  let otherUnit: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    [officer, head, secretariat, council, minister, otherUnit] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'hoidong.1', 'botruong', 'canbo.tttt'].map(
        (user) => ApiClient.signIn(stack.apiUrl, user),
      ),
    );
  });
  afterAll(() => stack.stop());

  const draft = {
    nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên chính' },
    awardCode: 'CSTDCS',
    year: 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
  };

  async function submitted(): Promise<string> {
    const created = await officer.post('/api/nominations', draft);
    expect(created.status).toBe(201);
    const id = created.body._id as string;
    expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
    await eventually(
      () => head.get(`/api/nominations/${id}`),
      (r) => r.body.stage === 'appraisal',
    );
    return id;
  }

  test('is approved at every step and gets the next decision number of the year', async () => {
    const id = await submitted();

    const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'approve',
      reason: 'Đủ hồ sơ, đủ điều kiện.',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.stage).toBe('council_review');

    expect((await council.post(`/api/nominations/${id}/council-review`, { outcome: 'approve' })).body.stage).toBe(
      'minister_decision',
    );
    const signed = await minister.post(`/api/nominations/${id}/minister-decision`, {
      outcome: 'approve',
    });
    expect(signed.status).toBe(200);
    expect(signed.body.stage).toBe('approved');
    expect(signed.body.decision.number).toMatch(/^\d+\/QĐ-BDTTG$/);

    const record = (await officer.get(`/api/nominations/${id}`)).body;
    expect(record.stage).toBe('approved');
    expect(record.decision.number).toBe(signed.body.decision.number);
    expect(record.history.map((h: { action: string }) => h.action)).toEqual([
      'drafted',
      'submitted',
      'appraisal_accepted',
      'council_approved',
      'minister_approved',
    ]);
    expect(record.history.map((h: { actor: { userId: string } }) => h.actor.userId)).toEqual([
      'canbo.vcsdt',
      'vutruong.vcsdt',
      'thuongtruc',
      'hoidong.1',
      'botruong',
    ]);
    expect(record.history[2].reason).toBe('Đủ hồ sơ, đủ điều kiện.');
  });

  test('a rejection ends the path with its reason', async () => {
    const id = await submitted();
    const rejected = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'reject',
      reason: 'Chưa có sáng kiến được công nhận.',
    });
    expect(rejected.body.stage).toBe('rejected');
    const again = await council.post(`/api/nominations/${id}/council-review`, { outcome: 'approve' });
    expect(again.status).toBe(409);
    const record = (await head.get(`/api/nominations/${id}`)).body;
    expect(record.history.at(-1)).toMatchObject({
      action: 'appraisal_rejected',
      reason: 'Chưa có sáng kiến được công nhận.',
    });
  });

  test('wrong role, wrong stage, missing reason and repeated actions are refused at once', async () => {
    const id = await submitted();
    const wrongRole = await council.post(`/api/nominations/${id}/appraisal`, { outcome: 'approve' });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error.code).toBe('ROLE_NOT_ALLOWED');

    const wrongStage = await minister.post(`/api/nominations/${id}/minister-decision`, {
      outcome: 'approve',
    });
    expect(wrongStage.status).toBe(409);
    expect(wrongStage.body.error.code).toBe('WRONG_STAGE');
    expect(wrongStage.body.error.messageVi).toContain('Thẩm định');

    const noReason = await secretariat.post(`/api/nominations/${id}/appraisal`, { outcome: 'reject' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });

    const key = { 'idempotency-key': `appraise-${id}` };
    const first = await secretariat.post(`/api/nominations/${id}/appraisal`, { outcome: 'approve' }, key);
    const retry = await secretariat.post(`/api/nominations/${id}/appraisal`, { outcome: 'approve' }, key);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);

    const repeated = await secretariat.post(`/api/nominations/${id}/appraisal`, { outcome: 'approve' });
    expect(repeated.status).toBe(409);
    const record = (await head.get(`/api/nominations/${id}`)).body;
    expect(record.history.filter((h: { action: string }) => h.action === 'appraisal_accepted')).toHaveLength(1);
  });

  test("another unit can neither see nor submit this unit's nomination", async () => {
    const created = await officer.post('/api/nominations', draft);
    const id = created.body._id;
    expect((await otherUnit.get(`/api/nominations/${id}`)).status).toBe(404);
    expect((await otherUnit.post(`/api/nominations/${id}/submit`)).status).toBe(404);
    expect((await officer.post(`/api/nominations/${id}/submit`)).status).toBe(403);
    const list = await otherUnit.get('/api/nominations');
    expect(list.body.items.every((n: { unitId: string }) => n.unitId === 'TTTT')).toBe(true);
  });

  test('bad input gets a stable error naming the field, and creates nothing', async () => {
    const before = (await officer.get('/api/nominations')).body.total;
    const bad = await officer.post('/api/nominations', { ...draft, year: 'năm ngoái' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    const operator = await officer.post('/api/nominations', { ...draft, nominee: { $gt: '' } });
    expect(operator.status).toBe(400);
    expect(operator.body.error).toMatchObject({ code: 'FORBIDDEN_KEY', field: 'nominee.$gt' });
    const malformed = await officer.post('/api/nominations', '{"nominee":');
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    expect((await officer.get('/api/nominations')).body.total).toBe(before);
    expect((await new ApiClient(stack.apiUrl).get('/api/nominations')).status).toBe(401);
  });

  test('creating a draft twice with one Idempotency-Key creates it once', async () => {
    const headers = { 'idempotency-key': 'draft-key-0001' };
    const [a, b] = await Promise.all([
      officer.post('/api/nominations', draft, headers),
      officer.post('/api/nominations', draft, headers),
    ]);
    expect(a.body._id).toBe(b.body._id);
  });
});
