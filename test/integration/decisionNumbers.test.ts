import { MockActivityEnvironment } from '@temporalio/testing';
import { issueDecisionNumber } from '../../activities/decision/issueDecisionNumber';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import { DecisionNumberModel } from '../../data/decision/decisionNumberModel';
import { startTestStack, type TestStack } from '../harness/testStack';

/** Decision numbers `N/QĐ-<symbol>`: a yearly sequence with no gaps and no duplicates. */
describe('issueDecisionNumber (real database)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  // In an activity context, as the worker runs it (it heartbeats).
  const sign = (decisionId: string, signedOn = '2026-03-10'): Promise<IssuedDecision> =>
    new MockActivityEnvironment().run(issueDecisionNumber, {
      decisionId,
      signedOn,
      signedAt: `${signedOn}T03:00:00.000Z`,
    });

  test('40 concurrent signings get exactly 1..40', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `concurrent-${i}`);
    const issued = await Promise.all(ids.map((id) => sign(id, '2027-05-04')));
    const sequences = issued.map((d) => d.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(issued.map((d) => d.number)).size).toBe(40);
  });

  test('a retried signing (same decision, concurrently) keeps its one number', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => sign('retried', '2028-01-02')),
    );
    expect(new Set(attempts.map((d) => d.number))).toEqual(new Set(['1/QĐ-BDTTG']));
    const next = await sign('after-retry', '2028-01-03');
    expect(next.number).toBe('2/QĐ-BDTTG');
    expect(await DecisionNumberModel.countDocuments({ symbol: 'BDTTG', year: 2028 })).toBe(2);
  });

  test('the sequence restarts each year and the symbol follows the agency on the signing date', async () => {
    expect((await sign('old-agency', '2025-02-28')).number).toBe('1/QĐ-UBDT');
    expect((await sign('new-agency', '2025-03-01')).number).toBe('1/QĐ-BDTTG');
    expect((await sign('next-year', '2029-01-01')).number).toBe('1/QĐ-BDTTG');
  });
});
