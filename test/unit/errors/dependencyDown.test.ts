import { dependencyDown } from '../../../api/errors/dependencyDown';

/** What an unavailable dependency becomes: a 503 the client may retry, never a 500. */
describe('dependencyDown', () => {
  test.each([
    ['database unreachable', { name: 'MongoServerSelectionError' }, 'DATABASE_UNAVAILABLE'],
    ['database connection lost', { name: 'MongoNetworkError' }, 'DATABASE_UNAVAILABLE'],
    ['Temporal unreachable (gRPC 14)', { name: 'Error', code: 14 }, 'WORKFLOW_ENGINE_UNAVAILABLE'],
  ])('%s → 503 %s', (_case, error, code) => {
    const mapped = dependencyDown(error);
    expect(mapped?.status).toBe(503);
    expect(mapped?.code).toBe(code);
  });

  test('any other error is not a dependency being down', () => {
    expect(dependencyDown(new Error('boom'))).toBeUndefined();
  });
});
