import { request, type IncomingHttpHeaders } from 'node:http';
import { LoginThrottleModel } from '../../../data/identity/loginThrottleModel';
import { UserModel } from '../../../data/identity/userModel';
import { SessionModel } from '../../../data/identity/sessionModel';
import { hashToken } from '../../../api/auth/sessions';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;
let api: string;

const EXTRA = [
  { _id: 'khoa.1', name: 'Người Bị Khoá', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'khoa.2', name: 'Người Bị Khoá Hai', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'khoa.3', name: 'Người Bị Thử Ba', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'khoa.4', name: 'Người Bị Thử Bốn', role: 'unit_officer' as const, unitId: 'VCSDT' },
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

/** A sign-in; `bearer` asks for the token in the body instead of cookies, as API clients do. */
function login(username: string, password = DEMO_PASSWORD, tokenType?: string): Promise<Response> {
  return fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, tokenType }),
  });
}

/** A sign-in sent from another loopback address, as a client elsewhere would. */
function loginFrom(
  localAddress: string,
  username: string,
  password: string,
  tokenType?: 'bearer',
): Promise<{ status: number; body: any; headers: IncomingHttpHeaders }> {
  const url = new URL(`${api}/api/auth/login`);
  const payload = JSON.stringify({ username, password, tokenType });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: JSON.parse(text), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
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
    /** The session token, as the cookie carries it. */
    token: decodeURIComponent(value('tdkt_session').split('=')[1]!),
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
  test('login sets an httpOnly SameSite=Strict session cookie and a readable CSRF cookie, and puts no token in the body', async () => {
    const { body, cookies } = await browserSession('canbo.vcsdt');
    expect(body).not.toHaveProperty('token');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
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

  test('a client that asks for a bearer token gets it in the body and no cookie, and the token works', async () => {
    const response = await login('canbo.vcsdt', DEMO_PASSWORD, 'bearer');
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    const body = await json(response);
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body).not.toHaveProperty('csrfToken');
    expect(body.user.id).toBe('canbo.vcsdt');
    const client = new ApiClient(api, body.token);
    expect((await client.get('/api/auth/me')).body.user.userId).toBe('canbo.vcsdt');
    expect((await client.post('/api/nominations', draftBody)).status).toBe(201);

    const unknown = await login('canbo.vcsdt', DEMO_PASSWORD, 'jwt');
    expect([unknown.status, (await json(unknown)).error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  test('bearer requests are exempt from CSRF; a bad bearer token is not rescued by a cookie', async () => {
    const { token, cookieHeader } = await browserSession('canbo.vcsdt');
    const client = new ApiClient(api, token);
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
    const { token } = await browserSession('canbo.vcsdt');
    const client = new ApiClient(api, token);
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
    expect((await new ApiClient(api, b.token).get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(api, a.token).get('/api/auth/me')).status).toBe(401);
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

describe('growing delays after failed sign-ins, never a lock', () => {
  /** Moves the last failure counted for `key` back in time: delays without waiting for them. */
  const lastFailureAgo = (key: string, ms: number, failures?: number) =>
    LoginThrottleModel.updateOne(
      { _id: key },
      { $set: { lastFailureAt: new Date(Date.now() - ms), ...(failures && { failures }) } },
    );

  test('a held-back attempt answers exactly like a wrong password, and ends by itself', async () => {
    const from = '127.0.2.1';
    for (let i = 1; i <= 4; i += 1) {
      const wrong = await loginFrom(from, 'khoa.1', `Sai-mat-khau-${i}`);
      expect([i, wrong.status, wrong.body.error.code]).toEqual([i, 401, 'BAD_CREDENTIALS']);
    }
    // 4 failures (3 free): 1 s. Taken to 9 failures now: 32 s, so nothing here outlives it.
    await lastFailureAgo(`pair:khoa.1\n${from}`, 0, 9);
    // Even the right password is answered as a wrong one, with nothing that tells the
    // account is held back.
    const wrong = await loginFrom(from, 'khoa.1', 'Sai-mat-khau-5');
    const held = await loginFrom(from, 'khoa.1', DEMO_PASSWORD);
    expect([held.status, held.body]).toEqual([wrong.status, wrong.body]);
    expect(held.headers['retry-after']).toBeUndefined();
    // Its owner elsewhere is not held back; here, it ends once the delay has run.
    expect((await loginFrom('127.0.2.2', 'khoa.1', DEMO_PASSWORD)).status).toBe(200);
    await lastFailureAgo(`pair:khoa.1\n${from}`, 33_000);
    expect((await loginFrom(from, 'khoa.1', DEMO_PASSWORD)).status).toBe(200);
  });

  test('each failure past the allowance doubles the delay', async () => {
    const from = '127.0.3.1';
    const key = `pair:khoa.2\n${from}`;
    for (let i = 1; i <= 4; i += 1) await loginFrom(from, 'khoa.2', `Sai-lan-${i}-mat-khau`);
    expect((await LoginThrottleModel.findById(key).lean())!.failures).toBe(4);
    // The 1 s delay has run: the next attempt is checked, wrong, and counted (2 s now).
    await lastFailureAgo(key, 1_500);
    expect((await loginFrom(from, 'khoa.2', 'Sai-lan-5-mat-khau')).status).toBe(401);
    expect((await LoginThrottleModel.findById(key).lean())!.failures).toBe(5);
    await lastFailureAgo(key, 1_000);
    expect((await loginFrom(from, 'khoa.2', DEMO_PASSWORD)).status).toBe(401);
    // Attempts held back are not counted.
    expect((await LoginThrottleModel.findById(key).lean())!.failures).toBe(5);
    await lastFailureAgo(key, 2_500);
    expect((await loginFrom(from, 'khoa.2', DEMO_PASSWORD)).status).toBe(200);
  });

  test('failures on an account from many addresses: counted once each, the account slowed for those addresses, its owner told', async () => {
    const addresses = Array.from({ length: 14 }, (_, i) => `127.0.4.${i + 1}`);
    const answers = await Promise.all(
      addresses.map((from, i) => loginFrom(from, 'khoa.3', `Sai-song-song-${i}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(addresses.map(() => 401));
    // 14 failures, 10 free: the account's delay is 8 s, for addresses that failed on it only.
    const user = await UserModel.findById('khoa.3').lean();
    expect(user!.failedLogins).toBe(14);
    expect((await loginFrom(addresses[0]!, 'khoa.3', DEMO_PASSWORD)).status).toBe(401);
    const owner = await loginFrom('127.0.4.200', 'khoa.3', DEMO_PASSWORD, 'bearer');
    expect(owner.status).toBe(200);

    // The owner's inbox says so (once), in Vietnamese and English; nobody else's does.
    const inbox = await new ApiClient(api, owner.body.token).get('/api/inbox');
    const notices = inbox.body.notifications.items.filter((n: any) => n.kind === 'security');
    expect(notices).toHaveLength(1);
    expect(notices[0].title.vi).toBe('Nhiều lần đăng nhập sai vào tài khoản của bạn');
    expect(notices[0].body.vi).toContain('11 lần nhập sai mật khẩu');
    expect(notices[0].body.en).toContain('11 wrong passwords');
    const colleague = await ApiClient.signIn(api, 'canbo.vcsdt');
    const theirs = await colleague.get('/api/inbox');
    expect(theirs.body.notifications.items.filter((n: any) => n.kind === 'security')).toEqual([]);
  });

  test('an administrator clears an account delay (with a reason)', async () => {
    const addresses = Array.from({ length: 14 }, (_, i) => `127.0.5.${i + 1}`);
    for (const [i, from] of addresses.entries()) {
      await loginFrom(from, 'khoa.4', `Sai-mat-khau-${i}-nua`);
    }
    expect((await loginFrom(addresses[0]!, 'khoa.4', DEMO_PASSWORD)).status).toBe(401);
    const admin = await ApiClient.signIn(api, 'quantri');
    const unlocked = await admin.post('/api/admin/users/khoa.4/unlock', {
      reason: 'Người dùng xác minh qua điện thoại',
    });
    expect(unlocked.status).toBe(200);
    expect((await loginFrom(addresses[0]!, 'khoa.4', DEMO_PASSWORD)).status).toBe(200);
  });

  test('an address that keeps failing, on any usernames, is held back for every account', async () => {
    const from = '127.0.6.1';
    for (let i = 0; i < 21; i += 1) {
      expect((await loginFrom(from, `khong.co.${i}`, 'Mat-khau-bat-ky-1')).status).toBe(401);
    }
    expect((await loginFrom(from, 'canbo.tttt', DEMO_PASSWORD)).status).toBe(401);
    expect((await loginFrom('127.0.6.2', 'canbo.tttt', DEMO_PASSWORD)).status).toBe(200);
  });

  test('a success before the limit forgets earlier failures', async () => {
    for (let i = 0; i < 3; i += 1) await login('canbo.tttt', `Sai-${i}-mat-khau`);
    expect((await login('canbo.tttt')).status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
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

describe('idle sessions', () => {
  test('a session left idle for 30 minutes ends; one in use stays, its use written at most once a minute', async () => {
    const signedIn = await login('nhieuphien', DEMO_PASSWORD, 'bearer');
    const { token } = await json(signedIn);
    const client = new ApiClient(api, token);
    const id = hashToken(token);
    const lastSeen = async () => (await SessionModel.findById(id).lean())!.lastSeenAt!.getTime();

    await SessionModel.updateOne(
      { _id: id },
      { $set: { lastSeenAt: new Date(Date.now() - 5 * 60_000) } },
    );
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const touched = await lastSeen();
    expect(touched).toBeGreaterThan(Date.now() - 10_000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect(await lastSeen()).toBe(touched);

    await SessionModel.updateOne(
      { _id: id },
      { $set: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } },
    );
    const idle = await client.get('/api/auth/me');
    expect([idle.status, (idle.body as any).error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
