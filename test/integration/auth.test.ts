import { SessionModel } from '../../data/identity/sessionModel';
import { DEMO_PASSWORD, DEMO_USERS } from '../../scripts/seed/demoData';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

let stack: TestStack;
let api: string;

const EXTRA = [
  { _id: 'khoa.1', name: 'Người Bị Khoá', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'khoa.2', name: 'Người Bị Khoá Hai', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'doimk', name: 'Người Đổi Mật Khẩu', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'nhieuphien', name: 'Nhiều Phiên', role: 'unit_officer' as const, unitId: 'VCSDT' },
];

beforeAll(async () => {
  stack = await startTestStack();
  api = stack.apiUrl;
  await seedDemoData([...DEMO_USERS, ...EXTRA]);
});
afterAll(() => stack?.stop());

/** A response body as the tests read it, field by field. */
const json = (response: Response): Promise<any> => response.json();

function login(username: string, password = DEMO_PASSWORD): Promise<Response> {
  return fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

/** The cookies a response sets, as name → the whole Set-Cookie line. */
function setCookies(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((line) => [line.split('=')[0]!, line]));
}

/** A browser's view: the two cookies, sent back as a Cookie header. */
async function browserSession(username: string) {
  const response = await login(username);
  expect(response.status).toBe(200);
  const body = await json(response);
  const cookies = setCookies(response);
  const value = (name: string) => cookies.get(name)!.split(';')[0]!;
  return {
    body,
    cookies,
    cookieHeader: `${value('tdkt_session')}; ${value('tdkt_csrf')}`,
    csrf: decodeURIComponent(value('tdkt_csrf').split('=')[1]!),
  };
}

const draftBody = {
  nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên chính' },
  awardCode: 'CSTDCS',
  year: 2025,
  achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
};

describe('browser sessions', () => {
  test('login sets an httpOnly SameSite=Strict session cookie and a readable CSRF cookie, and still returns a bearer token', async () => {
    const { body, cookies } = await browserSession('canbo.vcsdt');
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toEqual({
      id: 'canbo.vcsdt',
      name: 'Nguyễn Thị Lan',
      role: 'unit_officer',
      unitId: 'VCSDT',
    });
    const session = cookies.get('tdkt_session')!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP here; Secure over HTTPS
    expect(session).toMatch(/Expires=/);
    const csrf = cookies.get('tdkt_csrf')!;
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/SameSite=Strict/i);
    // The session lasts SESSION_TTL_HOURS (1 h in tests).
    const ttl = new Date(body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000);
  });

  test('a cookie session reads freely; an unsafe request needs the CSRF token echoed in X-CSRF-Token', async () => {
    const { cookieHeader, csrf } = await browserSession('canbo.vcsdt');
    const me = await fetch(`${api}/api/auth/me`, { headers: { cookie: cookieHeader } });
    expect(me.status).toBe(200);
    expect((await json(me)).user.userId).toBe('canbo.vcsdt');

    const post = (headers: Record<string, string>) =>
      fetch(`${api}/api/nominations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookieHeader, ...headers },
        body: JSON.stringify(draftBody),
      });
    const without = await post({});
    expect([without.status, (await json(without)).error.code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
    const wrong = await post({ 'x-csrf-token': 'a'.repeat(43) });
    expect(wrong.status).toBe(403);
    // Another session's CSRF token does not fit this session.
    const other = await browserSession('canbo.vcsdt');
    expect((await post({ 'x-csrf-token': other.csrf })).status).toBe(403);
    expect((await post({ 'x-csrf-token': csrf })).status).toBe(201);
  });

  test('bearer requests are exempt from CSRF; a bad bearer token is not rescued by a cookie', async () => {
    const { body, cookieHeader } = await browserSession('canbo.vcsdt');
    const client = new ApiClient(api, body.token);
    expect((await client.post('/api/nominations', draftBody)).status).toBe(201);
    const bad = await fetch(`${api}/api/auth/me`, {
      headers: { cookie: cookieHeader, authorization: 'Bearer ' + 'x'.repeat(43) },
    });
    expect(bad.status).toBe(401);
  });

  test('logout ends the session and clears the cookies', async () => {
    const { cookieHeader, csrf } = await browserSession('canbo.vcsdt');
    const out = await fetch(`${api}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(204);
    expect(setCookies(out).get('tdkt_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await fetch(`${api}/api/auth/me`, { headers: { cookie: cookieHeader } })).status).toBe(
      401,
    );
  });

  test('an expired session is refused', async () => {
    const { body } = await browserSession('canbo.vcsdt');
    const client = new ApiClient(api, body.token);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await SessionModel.updateMany(
      { userId: 'canbo.vcsdt' },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect((await client.get('/api/auth/me')).body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('logout everywhere and password change', () => {
  test('logout everywhere ends every session of the user, bearer and cookie alike', async () => {
    const a = await browserSession('nhieuphien');
    const b = await browserSession('nhieuphien');
    const other = await ApiClient.signIn(api, 'canbo.tttt');
    const out = await fetch(`${api}/api/auth/logout-everywhere`, {
      method: 'POST',
      headers: { cookie: a.cookieHeader, 'x-csrf-token': a.csrf },
    });
    expect(out.status).toBe(204);
    expect((await new ApiClient(api, b.body.token).get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(api, a.body.token).get('/api/auth/me')).status).toBe(401);
    // Someone else's session is untouched; signing in again works.
    expect((await other.get('/api/auth/me')).status).toBe(200);
    expect((await login('nhieuphien')).status).toBe(200);
  });

  test('changing the password needs the current one, follows the rules and closes the other sessions', async () => {
    const here = await ApiClient.signIn(api, 'doimk');
    const elsewhere = await ApiClient.signIn(api, 'doimk');
    const change = (currentPassword: string, newPassword: string) =>
      here.post('/api/auth/password', { currentPassword, newPassword });

    const wrong = await change('Sai-mat-khau-2026', 'Mat-khau-moi-2026');
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'WRONG_CURRENT_PASSWORD']);
    for (const [weak, why] of [
      ['ngan-qua', 'at least 10'],
      ['Matkhau123', 'too common'],
      [DEMO_PASSWORD, 'differ'],
    ]) {
      const refused = await change(DEMO_PASSWORD, weak!);
      expect(refused.status).toBe(422);
      expect(refused.body.error.field).toBe('newPassword');
      expect(refused.body.error.message).toContain(why!);
      expect(refused.body.error.messageVi).toBeTruthy();
    }
    const changed = await change(DEMO_PASSWORD, 'Mat-khau-moi-2026');
    expect(changed.status).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await login('doimk')).status).toBe(401);
    expect((await login('doimk', 'Mat-khau-moi-2026')).status).toBe(200);
  });

  test('a read-only inspector may still sign out and change their own password', async () => {
    const inspector = await ApiClient.signIn(api, 'thanhtra');
    const refused = await inspector.post('/api/nominations', draftBody);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'READ_ONLY_ROLE']);
    expect((await inspector.post('/api/auth/logout')).status).toBe(204);
  });
});

describe('lock-out after repeated failures', () => {
  test('the fifth wrong password locks the account with a time to retry; then even the right one is refused', async () => {
    for (let i = 1; i <= 4; i += 1) {
      const response = await login('khoa.1', `Sai-mat-khau-${i}`);
      expect(response.status).toBe(401);
      expect((await json(response)).error.code).toBe('BAD_CREDENTIALS');
    }
    const fifth = await login('khoa.1', 'Sai-mat-khau-5');
    const body = await json(fifth);
    expect([fifth.status, body.error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    const retryAfter = Number(fifth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(new Date(body.error.retryAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(body.error.messageVi).toContain('Thử lại sau');

    const right = await login('khoa.1');
    expect(right.status).toBe(423);

    // An administrator unlocks (with a reason); the right password works again.
    const admin = await ApiClient.signIn(api, 'quantri');
    const unlocked = await admin.post('/api/admin/users/khoa.1/unlock', {
      reason: 'Người dùng xác minh qua điện thoại',
    });
    expect(unlocked.status).toBe(200);
    expect((await login('khoa.1')).status).toBe(200);
  });

  test('failures racing each other are each counted once, atomically', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('khoa.2', `Sai-song-song-${i}`)),
    );
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(1);
    expect((await login('khoa.2')).status).toBe(423);
  });

  test('a success before the limit forgets earlier failures', async () => {
    for (let i = 0; i < 4; i += 1) await login('canbo.tttt', `Sai-${i}-mat-khau`);
    expect((await login('canbo.tttt')).status).toBe(200);
    for (let i = 0; i < 4; i += 1) {
      expect((await login('canbo.tttt', `Sai-lan-hai-${i}`)).status).toBe(401);
    }
    expect((await login('canbo.tttt')).status).toBe(200);
  });

  test('an unknown user and a wrong password answer alike', async () => {
    const unknown = await login('khong.ton.tai', 'Mat-khau-bat-ky-1');
    const wrong = await login('giamdoc.tttt', 'Mat-khau-bat-ky-1');
    expect([unknown.status, (await json(unknown)).error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    expect([wrong.status, (await json(wrong)).error.code]).toEqual([401, 'BAD_CREDENTIALS']);
  });
});
