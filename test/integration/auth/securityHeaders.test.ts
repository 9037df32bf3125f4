import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;
let token: string;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  const signedIn = await new ApiClient(stack.apiUrl).post<{ token: string }>('/api/auth/login', {
    username: 'thuongtruc',
    password: 'TdktDemo@2026',
    tokenType: 'bearer',
  });
  token = signedIn.body.token;
});
afterAll(() => stack?.stop());

const get = (path: string, signedIn: boolean) =>
  fetch(`${stack.apiUrl}${path}`, {
    headers: signedIn ? { authorization: `Bearer ${token}` } : {},
  });

describe('security headers on every answer', () => {
  test.each([
    ['/api/nominations', true],
    ['/api/inbox', true],
    ['/api/statistics/breakdown?year=2025', true],
    ['/api/nominations', false],
    ['/api/openapi.json', false],
    ['/', false],
  ])('%s (signed in: %s): not to be framed, no referrer, no sniffing', async (path, signedIn) => {
    const response = await get(path, signedIn);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("base-uri 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('JSON for a signed-in user is never stored by a cache; public JSON keeps its own caching', async () => {
    for (const path of ['/api/nominations', '/api/inbox', '/api/auth/me']) {
      const response = await get(path, true);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([
        path,
        200,
        'no-store',
      ]);
    }
    expect((await get('/api/openapi.json', false)).headers.get('cache-control')).toBe(
      'public, max-age=300',
    );
  });
});
