import {
  IdempotentRequestModel,
  sweepExpiredOutcomes,
} from '../../../data/http/idempotentRequestModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Issue 18, finding 7: the `Idempotency-Key` store runs after authentication, for the user it
 * resolved, with the query string in the request it names, and keeps an outcome for a day.
 * Real HTTP and database.
 */
describe('the idempotency store', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
  });
  afterAll(() => stack.stop());

  const draft = {
    nominee: { kind: 'individual', name: 'Vàng A Dình' },
    awardCode: 'LDTT',
    year: 2025,
    achievements: 'Hoàn thành tốt nhiệm vụ.',
  };
  const keyed = (key: string) => ({ 'idempotency-key': key });

  async function signIn(username: string): Promise<{ client: ApiClient; token: string }> {
    const response = await new ApiClient(stack.apiUrl).post('/api/auth/login', {
      username,
      password: DEMO_PASSWORD,
      tokenType: 'bearer',
    });
    return { client: new ApiClient(stack.apiUrl, response.body.token), token: response.body.token };
  }

  /** A raw request, to read the replay header. */
  async function send(path: string, headers: Record<string, string>, body: unknown) {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed') === 'true',
      body: (await response.json()) as any,
    };
  }

  /** The draft sent with a bearer token and a key. */
  const draftAs = (token: string, key: Record<string, string>) =>
    send('/api/nominations', { authorization: `Bearer ${token}`, ...key }, draft);

  test('a request that is not signed in stores nothing, whatever credential it makes up', async () => {
    const before = await IdempotentRequestModel.countDocuments();
    for (const credential of <Record<string, string>[]>[
      { authorization: `Bearer ${'A'.repeat(43)}` },
      { authorization: 'Bearer made-up-token-0123456789' },
      { cookie: `tdkt_session=${'B'.repeat(43)}` },
    ]) {
      const refused = await send(
        '/api/nominations',
        { ...credential, ...keyed(`anon-${Math.random()}`) },
        draft,
      );
      expect(refused.status).toBe(401);
    }
    expect(await IdempotentRequestModel.countDocuments()).toBe(before);
  });

  test('a stored answer is not replayed after sign-out, nor to another user; it is to the same user signed in again', async () => {
    const key = keyed(`signout-${Date.now()}`);
    const first = await signIn('canbo.vcsdt');
    const created = await draftAs(first.token, key);
    expect(created.status).toBe(201);
    expect((await first.client.post('/api/auth/logout')).status).toBe(204);

    const afterSignOut = await draftAs(first.token, key);
    expect(afterSignOut).toMatchObject({ status: 401, replayed: false });
    expect(afterSignOut.body.error.code).toBe('UNAUTHENTICATED');

    const other = await signIn('canbo.tttt');
    const theirs = await draftAs(other.token, key);
    expect(theirs).toMatchObject({ status: 201, replayed: false });
    expect(theirs.body._id).not.toBe(created.body._id);
    expect(theirs.body.unitId).toBe('TTTT');

    const again = await signIn('canbo.vcsdt');
    const repeated = await draftAs(again.token, key);
    expect(repeated).toMatchObject({ status: 201, replayed: true });
    expect(repeated.body._id).toBe(created.body._id);
  });

  test('the query string is part of the request a key names', async () => {
    const { token } = await signIn('thuongtruc');
    const csv =
      'Mã cá nhân,Mã sáng kiến,Loại,Năm công nhận,Phạm vi công nhận,Đã dùng để xét\nDEMO-VCSDT-01,SK-IDEM-1,Sáng kiến,2025,Cấp cơ sở,\n';
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'text/csv',
      ...keyed(`query-${Date.now()}`),
    };
    const withoutKind = await send('/api/history/import', headers, csv);
    expect(withoutKind.body.error.code).toBe('KIND_REQUIRED');
    const withKind = await send('/api/history/import?kind=initiatives', headers, csv);
    expect(withKind).toMatchObject({ status: 200, replayed: false });
  });

  test('an outcome is kept for a day: not replayed once expired, and swept away', async () => {
    const { token } = await signIn('canbo.vcsdt');
    const key = keyed(`ttl-${Date.now()}`);
    const since = new Date();
    const created = await draftAs(token, key);
    expect(created.status).toBe(201);
    const [stored] = await IdempotentRequestModel.find({ createdAt: { $gte: since } }).lean();
    const day = 24 * 3_600_000;
    expect(stored!.expiresAt!.getTime()).toBeGreaterThan(since.getTime() + day - 60_000);
    expect(stored!.expiresAt!.getTime()).toBeLessThan(Date.now() + day + 60_000);

    const past = new Date(Date.now() - 1000);
    await IdempotentRequestModel.updateOne({ _id: stored!._id }, { $set: { expiresAt: past } });
    const afterExpiry = await draftAs(token, key);
    expect(afterExpiry).toMatchObject({ status: 201, replayed: false });

    await IdempotentRequestModel.updateOne({ _id: stored!._id }, { $set: { expiresAt: past } });
    await sweepExpiredOutcomes(new Date());
    expect(await IdempotentRequestModel.exists({ _id: stored!._id })).toBeNull();
    expect(
      await IdempotentRequestModel.countDocuments({ expiresAt: { $gt: new Date() } }),
    ).toBeGreaterThan(0);
  });
});
