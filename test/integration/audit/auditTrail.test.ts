import { auditLog } from '../../../audit/appendAuditEntry';
import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Who, when, from where, what, why, before and after — over real HTTP, Temporal and the database.
 * One stack for the file; the later describes read what the first one recorded.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
let inspector: ApiClient;
let nominationId: string;

const entries = (filter: Record<string, unknown>) =>
  AuditEntryModel.collection.find<any>(filter, { sort: { _id: 1 } }).toArray();
/** Entries are appended right after the response is sent: wait for them. */
const entriesOnceThere = (filter: Record<string, unknown>, count: number) =>
  eventually(
    () => entries(filter),
    (found) => found.length >= count,
  );

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat, inspector] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'thanhtra'].map((user) =>
      ApiClient.signIn(stack.apiUrl, user),
    ),
  );
});
afterAll(() => stack.stop());

describe('the audit trail of a dossier: what is recorded', () => {
  test('sign-ins are recorded with the username and the outcome, never the password or token', async () => {
    const failed = await new ApiClient(stack.apiUrl).post('/api/auth/login', {
      username: 'thuongtruc',
      password: 'wrong-password-123',
    });
    expect(failed.status).toBe(401);
    const [failure] = await entriesOnceThere({ action: 'login.failed' }, 1);
    expect(failure).toMatchObject({
      actor: { userId: 'thuongtruc', role: 'anonymous' },
      request: { username: 'thuongtruc' },
      after: { outcome: 'failure' },
      status: 401,
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    const succeeded = await entriesOnceThere({ action: 'login.succeeded' }, 4);
    expect(succeeded.map((e) => e.actor.userId)).toEqual(
      expect.arrayContaining(['canbo.vcsdt', 'thuongtruc', 'thanhtra']),
    );
    const everything = JSON.stringify(await entries({}));
    expect(everything).not.toContain(DEMO_PASSWORD);
    expect(everything).not.toContain('wrong-password-123');
    expect(everything).not.toMatch(/"token"|csrf/i);
  });

  test('every human action and every workflow step of a dossier is on record', async () => {
    const created = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên chính' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
    });
    expect(created.status).toBe(201);
    nominationId = created.body._id;
    expect((await head.post(`/api/nominations/${nominationId}/submit`)).status).toBe(202);
    await eventually(
      () => head.get(`/api/nominations/${nominationId}`),
      (r) => r.body.stage === 'appraisal',
    );
    const returned = await secretariat.post(`/api/nominations/${nominationId}/appraisal`, {
      outcome: 'return',
      reasons: [
        {
          code: 'MISSING_DOCUMENT',
          message: { vi: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.' },
        },
      ],
    });
    expect(returned.status).toBe(200);

    const mine = await entriesOnceThere({ nominationIds: nominationId, source: 'api' }, 3);
    const [create, submit, appraisal] = mine;
    expect(create).toMatchObject({
      action: 'POST /api/nominations',
      actor: { userId: 'canbo.vcsdt', role: 'unit_officer', unitId: 'VCSDT' },
      status: 201,
      objects: [{ type: 'nominations', id: nominationId }],
      request: { nominee: { name: 'Lò Văn Púa' } },
      after: { _id: nominationId, stage: 'draft' },
    });
    expect(submit).toMatchObject({
      action: 'POST /api/nominations/:id/submit',
      actor: { userId: 'vutruong.vcsdt' },
      before: { stage: 'draft', seq: 0 },
      status: 202,
    });
    expect(appraisal).toMatchObject({
      action: 'POST /api/nominations/:id/appraisal',
      actor: { userId: 'thuongtruc', role: 'secretariat' },
      why: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.',
      before: { stage: 'appraisal' },
      after: { stage: 'returned' },
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(appraisal.at.getTime()).toBeLessThanOrEqual(appraisal.recordedAt.getTime());

    // The workflow's own steps: the submission, the automatic checks, the return.
    const steps = await entriesOnceThere({ nominationIds: nominationId, source: 'workflow' }, 3);
    const read = await head.get(`/api/nominations/${nominationId}`);
    const recorded = read.body.history.filter((h: any) => h.seq > 0).map((h: any) => h.seq);
    expect(steps.map((s) => s.after.seq)).toEqual(recorded);
    expect(steps.map((s) => s.key)).toEqual(
      recorded.map((seq: number) => `transition:${nominationId}:${seq}`),
    );
    expect(steps.find((s) => s.action === 'transition.returned')).toMatchObject({
      actor: { userId: 'thuongtruc' },
      why: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.',
    });
    expect(steps.some((s) => s.actor.role === 'system')).toBe(true);
  });
});

describe('the audit trail of a dossier: listed, exported, intact', () => {
  test('the log is listed by nomination, paginated, for inspectors, administrators and the secretariat', async () => {
    const all = await inspector.get(
      `/api/audit?nominationId=${nominationId}&order=asc&pageSize=200`,
    );
    expect(all.status).toBe(200);
    const total = all.body.total;
    expect(total).toBe((await entries({ nominationIds: nominationId })).length);
    expect(all.body.items[0]).toMatchObject({ seq: expect.any(Number), hash: expect.any(String) });

    const page2 = await secretariat.get(
      `/api/audit?nominationId=${nominationId}&order=asc&page=2&pageSize=2`,
    );
    expect(page2.status).toBe(200);
    expect(page2.body.items.map((e: any) => e.seq)).toEqual(
      all.body.items.slice(2, 4).map((e: any) => e.seq),
    );
    expect((await officer.get(`/api/audit?nominationId=${nominationId}`)).status).toBe(403);
    expect((await inspector.get('/api/audit?nominationId=$where')).status).toBe(400);
  });

  test('an inspector exports the complete timeline as CSV (BOM, diacritics) and JSON', async () => {
    const response = await fetch(
      `${stack.apiUrl}/api/nominations/${nominationId}/timeline/export?format=csv`,
      { headers: { authorization: `Bearer ${(inspector as any).token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    // Named by the dossier's number, as people know it (VCSDT-2026-0001/1 → …-0001-1).
    const { number } = (await inspector.get(`/api/nominations/${nominationId}`)).body;
    expect(response.headers.get('content-disposition')).toContain(
      `timeline-${number.replace('/', '-')}.csv`,
    );
    expect(number).toMatch(/^VCSDT-\d{4}-\d{4}\/1$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Thời điểm (giờ Việt Nam)');
    expect(csv).toContain('Thiếu báo cáo thành tích có xác nhận của thủ trưởng.');
    expect(csv).toContain('Thường trực Hội đồng');

    const json = await inspector.get(
      `/api/nominations/${nominationId}/timeline/export?format=json`,
    );
    expect(json.status).toBe(200);
    const rows = json.body.rows;
    expect(json.body.nomination).toMatchObject({
      id: nominationId,
      nominee: { name: 'Lò Văn Púa' },
    });
    // Ordered in time; every workflow step appears once, attested by its audit entry.
    expect(rows.map((r: any) => r.at)).toEqual([...rows.map((r: any) => r.at)].sort());
    const timeline = rows.filter((r: any) => r.source === 'timeline');
    expect(timeline.filter((r: any) => r.seq > 0).every((r: any) => r.auditSeq > 0)).toBe(true);
    expect(rows.filter((r: any) => r.source === 'audit').map((r: any) => r.action)).toEqual(
      expect.arrayContaining(['POST /api/nominations', 'POST /api/nominations/:id/appraisal']),
    );
    expect((await secretariat.get(`/api/nominations/${nominationId}/timeline/export`)).status).toBe(
      403,
    );
    expect((await inspector.get('/api/nominations/nope/timeline/export')).status).toBe(404);
  });

  test('reads are not recorded; the chain stays intact', async () => {
    // The entries of the writes before (and their refusals) may still be gathering.
    await auditLog.flush();
    const before = await AuditEntryModel.collection.countDocuments();
    await inspector.get(`/api/nominations/${nominationId}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await auditLog.flush();
    expect(await AuditEntryModel.collection.countDocuments()).toBe(before);
    expect((await inspector.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});
