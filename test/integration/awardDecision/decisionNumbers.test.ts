import { MockActivityEnvironment } from '@temporalio/testing';
import {
  issueDecisionNumber,
  reserveDecisionNumber,
  type DecisionNumberRequest,
} from '../../../activities/awardDecision/issueDecisionNumber';
import type { IssuedDecision } from '../../../domain/process/issuedDecision';
import { DecisionNumberModel } from '../../../data/awardDecision/decisionNumberModel';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Decision numbers `NN/QĐ-<symbol>` and submission numbers `NN/TTr-<symbol>`: each a yearly
 * series from 01 with no gaps and no duplicates (Decree 30/2020/NĐ-CP, Art. 15(1)).
 */
describe('issueDecisionNumber (real database)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  const request = (
    decisionId: string,
    signedOn = '2026-03-10',
    documentType?: DecisionNumberRequest['documentType'],
  ): DecisionNumberRequest => ({
    decisionId,
    signedOn,
    signedAt: `${signedOn}T03:00:00.000Z`,
    ...(documentType && { documentType }),
  });

  // In an activity context, as the worker runs it.
  const sign = (...args: Parameters<typeof request>): Promise<IssuedDecision> =>
    new MockActivityEnvironment().run(issueDecisionNumber, request(...args));

  /** The register of a series, in number order: [sequence, decisionId]. */
  const register = async (year: number, documentType = 'decision') =>
    (await DecisionNumberModel.find({ year, documentType }).sort({ sequence: 1 }).lean()).map(
      (d) => [d.sequence, d.decisionId],
    );

  test('30 concurrent signings, each asked twice at once: 01..30, each decision its one number', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `concurrent-${i}`);
    const issued = await Promise.all([...ids, ...ids].map((id) => sign(id, '2027-05-04')));
    for (const [i] of ids.entries()) expect(issued[i + 30]!.number).toBe(issued[i]!.number);
    const sequences = issued.slice(0, 30).map((d) => d.sequence);
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(issued.map((d) => d.number)).toContain('01/QĐ-BDTTG');
    expect(issued.map((d) => d.number)).toContain('30/QĐ-BDTTG');
    const stored = await register(2027);
    expect(stored.map(([n]) => n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(stored.map(([, id]) => id)).size).toBe(30);
  });

  test('a retried signing (same decision, concurrently) keeps its one number', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => sign('retried', '2028-01-02')),
    );
    expect(new Set(attempts.map((d) => d.number))).toEqual(new Set(['01/QĐ-BDTTG']));
    const next = await sign('after-retry', '2028-01-03');
    expect(next.number).toBe('02/QĐ-BDTTG');
    expect(await DecisionNumberModel.countDocuments({ symbol: 'BDTTG', year: 2028 })).toBe(2);
  });

  test('a crash between taking the number and registering it leaves no gap and no duplicate', async () => {
    // The worker dies after the number is taken, before the register is written…
    expect(await reserveDecisionNumber(request('crashed', '2030-06-01'))).toBe(1);
    // …others sign meanwhile, and the retry comes last.
    const others = await Promise.all(['b', 'c', 'd'].map((id) => sign(id, '2030-06-02')));
    expect(others.map((d) => d.sequence).sort()).toEqual([2, 3, 4]);
    expect((await sign('crashed', '2030-06-01')).number).toBe('01/QĐ-BDTTG');
    const stored = await register(2030);
    expect(stored.map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(stored[0]).toEqual([1, 'crashed']);
    expect(new Set(stored.map(([, id]) => id))).toEqual(new Set(['crashed', 'b', 'c', 'd']));
    expect((await sign('e', '2030-07-01')).number).toBe('05/QĐ-BDTTG');
  });

  test('submissions upward have their own series, NN/TTr-<symbol>, beside the decisions', async () => {
    const [decision, submission] = await Promise.all([
      sign('decision-2031', '2031-02-01'),
      sign('submission-2031', '2031-02-01', 'submission'),
    ]);
    expect([decision.number, submission.number]).toEqual(['01/QĐ-BDTTG', '01/TTr-BDTTG']);
    expect((await sign('submission-2031-b', '2031-02-02', 'submission')).number).toBe(
      '02/TTr-BDTTG',
    );
  });

  test('an upgraded database continues the series its register holds', async () => {
    // Numbers 1–2 of 2032 issued by the previous version: only the register has them.
    await DecisionNumberModel.create([
      ...[1, 2].map((sequence) => ({
        _id: `BDTTG:2032:${sequence}`,
        symbol: 'BDTTG',
        year: 2032,
        sequence,
        decisionId: `legacy-${sequence}`,
        issuedAt: new Date('2032-01-05T03:00:00Z'),
      })),
    ]);
    const [again, next] = await Promise.all([
      sign('legacy-2', '2032-01-05'),
      sign('new-2032', '2032-02-01'),
    ]);
    expect([again.number, next.number]).toEqual(['02/QĐ-BDTTG', '03/QĐ-BDTTG']);
  });

  test('the sequence restarts each year and the symbol follows the agency on the signing date', async () => {
    expect((await sign('old-agency', '2025-02-28')).number).toBe('01/QĐ-UBDT');
    expect((await sign('new-agency', '2025-03-01')).number).toBe('01/QĐ-BDTTG');
    expect((await sign('next-year', '2029-01-01')).number).toBe('01/QĐ-BDTTG');
  });
});
