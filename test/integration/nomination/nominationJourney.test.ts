import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * A unit's dossier through appraisal over real HTTP, Temporal and the database.
 * One stack for the file; each describe goes on from the nominations the ones before made.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
let council: ApiClient;
let otherUnit: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat, council, otherUnit] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'hoidong.1', 'canbo.tttt'].map((user) =>
      ApiClient.signIn(stack.apiUrl, user),
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

const stageOf = (id: string) => head.get(`/api/nominations/${id}`);

async function created(): Promise<string> {
  const response = await officer.post('/api/nominations', draft);
  expect(response.status).toBe(201);
  return response.body._id;
}

describe('nominations over the API: seen right after the submission', () => {
  test('right after the submission answers, the secretariat sees the dossier and can appraise it', async () => {
    const id = await created();
    expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
    const seen = await secretariat.get(`/api/nominations/${id}`);
    expect([seen.status, seen.body.history.map((h: { action: string }) => h.action)]).toEqual([
      200,
      expect.arrayContaining(['drafted', 'submitted']),
    ]);
    const appraised = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'reject',
      reasons: [{ code: 'NOT_ELIGIBLE', message: { vi: 'Chưa đủ thời gian công tác để xét.' } }],
    });
    expect([appraised.status, appraised.body.stage]).toEqual([200, 'rejected']);
  });
});

describe('nominations over the API: a two-nominee dossier through appraisal', () => {
  test('a two-nominee dossier: returned, fixed, resubmitted, accepted, with every step on record', async () => {
    const [first, second] = [await created(), await created()];
    const submitted = await head.post('/api/dossiers', {
      title: 'Tờ trình đề nghị khen thưởng năm 2025',
      nominationIds: [first, second],
    });
    expect(submitted.status).toBe(202);
    expect(submitted.body.nominations).toHaveLength(2);
    await eventually(
      () => stageOf(second),
      (r) => r.body.stage === 'appraisal',
    );
    const dossier = await head.get(`/api/dossiers/${submitted.body.dossierId}`);
    expect(dossier.body.nominations.map((n: { _id: string }) => n._id).sort()).toEqual(
      [first, second].sort(),
    );

    await eventually(
      () => stageOf(first),
      (r) => r.body.stage === 'appraisal',
    );
    const returned = await secretariat.post(`/api/nominations/${first}/appraisal`, {
      outcome: 'return',
      reasons: [
        {
          code: 'MISSING_DOCUMENT',
          message: { vi: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.' },
          item: 'documents.achievement_report',
        },
      ],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.stage).toBe('returned');

    const edited = await officer.request<any>('PATCH', `/api/nominations/${first}`, {
      documents: [{ code: 'achievement_report', title: 'Báo cáo thành tích năm 2025' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.dossierVersion).toBe(2);
    // Submitted once, the nomination is written by its workflow: the edit was its update.
    const { events } = await stack.client.workflow.getHandle(`nomination-${first}`).fetchHistory();
    const updates = events!.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(updates.some((u) => u?.acceptedRequest?.input?.name === 'supplement')).toBe(true);
    expect(
      (await otherUnit.request('PATCH', `/api/nominations/${first}`, { year: 2024 })).status,
    ).toBe(404);

    const resubmitted = await head.post(`/api/nominations/${first}/resubmit`, {
      note: 'Đã bổ sung báo cáo.',
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.stage).toBe('appraisal');
    const late = await officer.request<any>('PATCH', `/api/nominations/${first}`, { year: 2024 });
    expect([late.status, late.body.error.code]).toEqual([409, 'NOT_EDITABLE']);
    await captureHistory(
      stack.client.workflow.getHandle(`nomination-${first}`),
      'nomination-supplemented',
    );
    const changes = await secretariat.get(`/api/nominations/${first}/changes`);
    expect(changes.body).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(changes.body.changes).toEqual([
      {
        field: 'documents',
        before: [],
        after: [{ code: 'achievement_report', title: 'Báo cáo thành tích năm 2025' }],
      },
    ]);

    const accepted = await secretariat.post(`/api/nominations/${first}/appraisal`, {
      outcome: 'accept',
    });
    expect(accepted.body.stage).toBe('council_review');
    const opinion = await council.post(`/api/nominations/${first}/rapporteur-opinion`, {
      opinion: 'support',
      summary: 'Thành tích tiêu biểu, đủ tiêu chuẩn.',
    });
    expect(opinion.status).toBe(200);

    const record = (await officer.get(`/api/nominations/${first}`)).body;
    expect(record.history.map((h: { action: string }) => h.action)).toEqual([
      'drafted',
      'submitted',
      'checks_needs_judgement',
      'returned',
      'resubmitted',
      'checks_needs_judgement',
      'appraisal_accepted',
      'rapporteur_supports',
    ]);
    expect(record.history.map((h: { actor: { userId: string } }) => h.actor.userId)).toEqual([
      'canbo.vcsdt',
      'vutruong.vcsdt',
      'system',
      'thuongtruc',
      'vutruong.vcsdt',
      'system',
      'thuongtruc',
      'hoidong.1',
    ]);
    expect(record.checks).toMatchObject({ verdict: 'needs_judgement' });
    expect(record.history[3].reasons[0]).toMatchObject({
      code: 'MISSING_DOCUMENT',
      item: 'documents.achievement_report',
    });
    expect(record).toMatchObject({
      stage: 'council_review',
      holderRole: 'council_member',
      overdue: false,
    });
    expect(record.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('nominations over the API: refused roles, units and stages', () => {
  test('wrong role, wrong unit, wrong stage, missing reason and repeated actions are refused at once', async () => {
    const id = await created();
    await head.post(`/api/nominations/${id}/submit`);
    await eventually(
      () => stageOf(id),
      (r) => r.body.stage === 'appraisal',
    );

    const wrongRole = await council.post(`/api/nominations/${id}/appraisal`, { outcome: 'accept' });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error.code).toBe('ROLE_NOT_ALLOWED');

    const wrongStage = await head.post(`/api/nominations/${id}/resubmit`, {});
    expect(wrongStage.status).toBe(409);
    expect(wrongStage.body.error.code).toBe('WRONG_STAGE');
    expect(wrongStage.body.error.messageVi).toContain('Thẩm định');

    const noReason = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'reject',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: 'REASON_REQUIRED', field: 'reasons' });

    const stale = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
      expectedSeq: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VIEW');

    const key = { 'idempotency-key': `appraise-${id}` };
    const first = await secretariat.post(
      `/api/nominations/${id}/appraisal`,
      { outcome: 'accept' },
      key,
    );
    const retry = await secretariat.post(
      `/api/nominations/${id}/appraisal`,
      { outcome: 'accept' },
      key,
    );
    expect(first.status).toBe(200);
    expect(retry.body).toEqual(first.body);

    const repeated = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
    });
    expect(repeated.status).toBe(409);
    const record = (await head.get(`/api/nominations/${id}`)).body;
    expect(
      record.history.filter((h: { action: string }) => h.action === 'appraisal_accepted'),
    ).toHaveLength(1);

    const withdrawn = await head.post(`/api/nominations/${id}/withdraw`, {
      reason: 'Đơn vị xin rút hồ sơ.',
    });
    expect(withdrawn.body.stage).toBe('withdrawn');
  });

  test("another unit can neither see nor submit this unit's nomination", async () => {
    const id = await created();
    expect((await otherUnit.get(`/api/nominations/${id}`)).status).toBe(404);
    // An officer may not submit at all: the role answers before the unit is looked at.
    expect((await otherUnit.post(`/api/nominations/${id}/submit`)).status).toBe(403);
    expect((await officer.post(`/api/nominations/${id}/submit`)).status).toBe(403);
    const list = await otherUnit.get('/api/nominations');
    expect(list.body.items.every((n: { unitId: string }) => n.unitId === 'TTTT')).toBe(true);
  });
});

describe('nominations over the API: bad input and repeated creation', () => {
  test('bad input gets a stable error naming the field, and creates nothing', async () => {
    const before = (await officer.get('/api/nominations')).body.total;
    const bad = await officer.post('/api/nominations', { ...draft, year: 'năm ngoái' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    const unknownAward = await officer.post('/api/nominations', { ...draft, awardCode: 'XYZ' });
    expect(unknownAward.body.error.field).toBe('awardCode');
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
