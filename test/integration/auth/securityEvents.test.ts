import pino from 'pino';
import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { auditLog } from '../../../audit/appendAuditEntry';
import type { AuditEntryDocument } from '../../../audit/auditEntry';
import { SecurityEvents } from '../../../api/audit/securityEvents';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

const events = (filter: Record<string, unknown> = {}) =>
  AuditEntryModel.collection
    .find<AuditEntryDocument>({ kind: 'security', ...filter }, { sort: { _id: 1 } })
    .toArray();

const draft = (achievements: string) => ({
  nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên chính' },
  awardCode: 'CSTDCS',
  year: 2025,
  achievements,
});

describe('refused requests are audited as security events, one per actor and code a minute', () => {
  let stack: TestStack;
  let admin: ApiClient;
  let officer: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    [admin, officer] = await Promise.all(
      ['quantri', 'canbo.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
  });
  afterAll(() => stack.stop());

  test('401, 403, a wrong anti-forgery token and a reused key: who, route template, code, never the body', async () => {
    const anonymous = new ApiClient(stack.apiUrl);
    for (let i = 0; i < 5; i += 1) {
      expect((await anonymous.get('/api/nominations?unitId=VCSDT')).status).toBe(401);
    }
    for (let i = 0; i < 3; i += 1) expect((await officer.get('/api/audit')).status).toBe(403);

    // A cookie session writing without echoing its CSRF token.
    const login = await fetch(`${stack.apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.vcsdt', password: DEMO_PASSWORD }),
    });
    const session = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('tdkt_session='))!
      .split(';')[0]!;
    const forged = await fetch(`${stack.apiUrl}/api/nominations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify(draft('Bí mật của biểu mẫu.')),
    });
    expect(forged.status).toBe(403);

    const key = { 'idempotency-key': 'security-events-reuse' };
    expect((await officer.post('/api/nominations', draft('Lần đầu.'), key)).status).toBe(201);
    const reused = await officer.post('/api/nominations', draft('Nội dung riêng tư.'), key);
    expect(reused.status).toBe(422);

    await auditLog.flush();
    const recorded = await eventually(
      () => events(),
      (found) => found.length >= 4,
    );
    expect(recorded).toHaveLength(4);
    const byAction = Object.fromEntries(recorded.map((e) => [e.action, e]));
    expect(byAction['security.unauthenticated']).toMatchObject({
      actor: { userId: expect.stringMatching(/^address:/), role: 'anonymous' },
      method: 'GET',
      route: '/api/nominations',
      status: 401,
      after: { code: 'UNAUTHENTICATED', count: 1 },
    });
    expect(byAction['security.forbidden']).toMatchObject({
      actor: { userId: 'canbo.vcsdt', role: 'unit_officer' },
      route: '/api/audit',
      status: 403,
      after: { count: 1 },
    });
    expect(byAction['security.csrf_rejected']).toMatchObject({
      actor: { userId: 'canbo.vcsdt' },
      method: 'POST',
      route: '/api/nominations',
      after: { code: 'CSRF_TOKEN_INVALID', count: 1 },
    });
    expect(byAction['security.idempotency_key_reused']).toMatchObject({
      actor: { userId: 'canbo.vcsdt' },
      status: 422,
      after: { code: 'IDEMPOTENCY_KEY_REUSED', count: 1 },
    });
    for (const event of recorded) {
      expect(event).not.toHaveProperty('request');
      expect(event).not.toHaveProperty('path');
      expect(event.summary.vi).toMatch(/^Yêu cầu bị từ chối/);
    }
    const stored = JSON.stringify(recorded);
    expect(stored).not.toContain('Bí mật');
    expect(stored).not.toContain('riêng tư');
    expect(stored).not.toContain('unitId=VCSDT');

    // The administrator reads them through the audit listing, by kind.
    const listed = await admin.get('/api/audit?kind=security&order=asc');
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(4);
    expect(listed.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      recorded.map((e) => e._id),
    );
    expect((await admin.get('/api/audit?kind=other')).status).toBe(400);
  });

  test('a flood: the first refusal at once, the rest of the window folded into one event with its count', async () => {
    const recorder = new SecurityEvents(pino({ level: 'silent' }), 400);
    const refusal = (userId: string) => ({
      kind: 'forbidden' as const,
      code: 'FORBIDDEN',
      status: 403,
      actor: { userId, role: 'unit_officer' as const },
      ip: '203.0.113.9',
      method: 'GET',
      route: '/api/audit',
    });
    for (let i = 0; i < 50; i += 1) recorder.refused(refusal('flood.1'));
    recorder.refused(refusal('flood.2'));
    const flooded = await eventually(
      () => events({ 'actor.userId': 'flood.1' }),
      (found) => found.length >= 2,
    );
    expect(flooded.map((e) => (e.after as { count: number }).count)).toEqual([1, 49]);
    expect(flooded[1]!.summary.en).toContain('(49 lần / 49 times)');
    expect(await events({ 'actor.userId': 'flood.2' })).toHaveLength(1);
    // A new window after the first closed: recorded at once again.
    recorder.refused(refusal('flood.1'));
    await eventually(
      () => events({ 'actor.userId': 'flood.1' }),
      (found) => found.length === 3,
    );
  });
});
