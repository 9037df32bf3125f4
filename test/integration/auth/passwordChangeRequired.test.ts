import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

const TEMPORARY = 'Tạm thời: đổi ngay 07/12';
const CHOSEN = 'Hoa sen nở giữa đầm lầy 2026';

describe('a password an administrator set must be changed before anything else', () => {
  let stack: TestStack;
  let admin: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    admin = await ApiClient.signIn(stack.apiUrl, 'quantri');
  });
  afterAll(() => stack.stop());

  /** Signs in with a password; the answer and a client holding its token. */
  async function signIn(username: string, password: string) {
    const answer = await new ApiClient(stack.apiUrl).post('/api/auth/login', {
      username,
      password,
      tokenType: 'bearer',
    });
    expect(answer.status).toBe(200);
    return { answer: answer.body, client: new ApiClient(stack.apiUrl, answer.body.token) };
  }

  test('after a reset: only sign-out, me and the password change until changed, with the strength rules', async () => {
    const reset = await admin.post('/api/admin/users/canbo.tttt/password', {
      password: TEMPORARY,
      reason: 'Quên mật khẩu',
    });
    expect(reset.status).toBe(200);
    const { answer, client } = await signIn('canbo.tttt', TEMPORARY);
    expect(answer.mustChangePassword).toBe(true);

    const refused = await client.get('/api/nominations');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    expect(refused.body.error.messageVi).toContain('đổi mật khẩu');
    expect((await client.get('/api/inbox')).status).toBe(403);
    const me = await client.get('/api/auth/me');
    expect([me.status, me.body.mustChangePassword]).toEqual([200, true]);
    // Not a security event: it is the expected answer until the change.
    expect(await AuditEntryModel.collection.countDocuments({ kind: 'security' })).toBe(0);

    const weak = await client.post('/api/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: 'matkhau123',
    });
    expect([weak.status, weak.body.error.code]).toEqual([422, 'PASSWORD_TOO_WEAK']);
    expect((await client.get('/api/nominations')).status).toBe(403);

    const changed = await client.post('/api/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: CHOSEN,
    });
    expect(changed.status).toBe(200);
    expect((await client.get('/api/nominations')).status).toBe(200);
    expect((await client.get('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await signIn('canbo.tttt', CHOSEN)).answer.mustChangePassword).toBe(false);
  });

  test('a new account too; its holder may still sign out', async () => {
    const created = await admin.post('/api/admin/users', {
      username: 'canbo2.tttt',
      name: 'Đặng Văn Hùng',
      role: 'unit_officer',
      unitId: 'TTTT',
      password: TEMPORARY,
      reason: 'Cán bộ mới',
    });
    expect(created.status).toBe(201);
    const { answer, client } = await signIn('canbo2.tttt', TEMPORARY);
    expect(answer.mustChangePassword).toBe(true);
    expect((await client.get('/api/nominations')).status).toBe(403);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
