import { VERIFIED_SESSION_MS } from '../../../api/auth/verifiedSessions';
import { SessionModel } from '../../../data/identity/sessionModel';
import { UserModel } from '../../../data/identity/userModel';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;

const EXTRA = [
  { _id: 'nho.1', name: 'Phiên Nhớ Một', role: 'unit_officer' as const, unitId: 'VCSDT' },
  { _id: 'nho.2', name: 'Phiên Nhớ Hai', role: 'unit_officer' as const, unitId: 'VCSDT' },
];

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData([...DEMO_USERS, ...EXTRA]);
});
afterAll(() => stack?.stop());

async function signIn(username: string): Promise<ApiClient> {
  const response = await fetch(`${stack.apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, tokenType: 'bearer' }),
  });
  const { token } = (await response.json()) as { token: string };
  return new ApiClient(stack.apiUrl, token);
}

/** Reads of sessions and users while `during` runs. */
async function identityReads(during: () => Promise<void>): Promise<number> {
  const sessions = jest.spyOn(SessionModel, 'findById');
  const users = jest.spyOn(UserModel, 'findById');
  try {
    await during();
    return sessions.mock.calls.length + users.mock.calls.length;
  } finally {
    sessions.mockRestore();
    users.mockRestore();
  }
}

describe('a verified session is remembered for a few seconds', () => {
  test('requests within the bound read neither the session nor the user again', async () => {
    const client = await signIn('nho.1');
    const first = await identityReads(async () => {
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });
    expect(first).toBe(2);
    const next = await identityReads(async () => {
      for (let i = 0; i < 5; i++) expect((await client.get('/api/auth/me')).status).toBe(200);
    });
    expect(next).toBe(0);
  });

  test('requests arriving while the session is verified await that verification', async () => {
    const client = await signIn('nho.1');
    const reads = await identityReads(async () => {
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => client.get('/api/auth/me')),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    });
    expect(reads).toBe(2);
  });

  test("this process's own writes take effect at once: a deactivation by an administrator", async () => {
    const client = await signIn('nho.2');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    // Any write to the user through its model, as the administration's does.
    await UserModel.updateOne({ _id: 'nho.2' }, { $set: { active: false } });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    await UserModel.updateOne({ _id: 'nho.2' }, { $set: { active: true } });
  });

  test('a write no hook sees (another API process) takes effect within the bound', async () => {
    const client = await signIn('nho.2');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await UserModel.collection.updateOne({ _id: 'nho.2' } as never, { $inc: { sessionEpoch: 1 } });
    const ended = Date.now() + VERIFIED_SESSION_MS + 200;
    while (Date.now() < ended) {
      if ((await client.get('/api/auth/me')).status === 401) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(Date.now()).toBeLessThanOrEqual(ended + 1000);
  });
});
