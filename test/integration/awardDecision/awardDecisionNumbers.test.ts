import { DecisionNumberModel } from '../../../data/awardDecision/decisionNumberModel';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { insertNomination, seedUsersWithDeputies, today } from './awardDecisionFixtures';

jest.setTimeout(120_000);

/**
 * Decision numbers through the real award-decision workflows: concurrent signings and their
 * retries never produce a duplicate or a gap (Decree 30/2020/NĐ-CP, Art. 15(1): one yearly
 * sequence from 01, unique within the year). Its own database, so the year's sequence starts
 * at 1 here.
 */
describe('award decisions signed concurrently', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  let minister: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedUsersWithDeputies();
    [secretariat, minister] = await Promise.all(
      ['thuongtruc', 'botruong'].map((user) => ApiClient.signIn(stack.apiUrl, user)),
    );
  });
  afterAll(() => stack.stop());

  test('20 decisions signed at once, each ruling sent twice, get exactly 1..20', async () => {
    const decisionIds = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const nominationId = await insertNomination(stack);
        const drafted = await secretariat.post('/api/decisions', {
          awardCode: 'CSTDCS',
          year: 2025,
          nominationIds: [nominationId],
        });
        expect(drafted.status).toBe(201);
        return drafted.body.decision._id as string;
      }),
    );

    // Every ruling is sent twice at the same moment (a client retry), all 40 concurrently.
    const rulings = await Promise.all(
      decisionIds.flatMap((id) =>
        [1, 2].map(() =>
          minister.post(
            `/api/decisions/${id}/ruling`,
            { outcome: 'approve_all' },
            { 'idempotency-key': `sign-${id}` },
          ),
        ),
      ),
    );
    expect(rulings.map((r) => r.status)).toEqual(rulings.map(() => 200));

    const byDecision = new Map<string, Set<string>>();
    for (const [index, ruling] of rulings.entries()) {
      const id = decisionIds[Math.floor(index / 2)]!;
      byDecision.set(id, (byDecision.get(id) ?? new Set()).add(ruling.body.decision.number));
    }
    // A retry gets its decision's own number, never a second one.
    expect([...byDecision.values()].every((numbers) => numbers.size === 1)).toBe(true);

    const sequences = rulings
      .filter((_, index) => index % 2 === 0)
      .map((r) => r.body.decision.sequence as number)
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    const year = Number(today().slice(0, 4));
    const stored = await DecisionNumberModel.find({ year }).sort({ sequence: 1 }).lean();
    expect(stored.map((n) => n.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(stored.map((n) => n.decisionId))).toEqual(new Set(decisionIds));

    const numbers = await Promise.all(
      decisionIds.map(async (id) => (await secretariat.get(`/api/decisions/${id}`)).body.number),
    );
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.every((n) => /^\d+\/QĐ-BDTTG$/.test(n))).toBe(true);
  });

  test('submissions upward (tờ trình) run in their own gap-free series beside the decisions', async () => {
    // Law 06/2022/QH15, Art. 84: the ministry proposes a Prime Minister's or President's award
    // by its submission; Decree 30/2020/NĐ-CP, Appendix III: a submission's symbol is TTr.
    const awards = ['BKTTG', 'CSTDCS', 'CSTDTQ', 'CSTDCS', 'HCLD', 'CSTDCS', 'BKTTG', 'CSTDCS'];
    const drafts = await Promise.all(
      awards.map(async (awardCode) => {
        const nominationId = await insertNomination(stack, { awardCode });
        const drafted = await secretariat.post('/api/decisions', {
          awardCode,
          year: 2025,
          nominationIds: [nominationId],
        });
        expect(drafted.status).toBe(201);
        return { awardCode, id: drafted.body.decision._id as string };
      }),
    );
    const signed = await Promise.all(
      drafts.map(async ({ awardCode, id }) => {
        const ruling = await minister.post(`/api/decisions/${id}/ruling`, {
          outcome: 'approve_all',
        });
        expect(ruling.status).toBe(200);
        return { awardCode, decision: ruling.body.decision };
      }),
    );
    const upward = signed.filter((s) => s.awardCode !== 'CSTDCS').map((s) => s.decision);
    const own = signed.filter((s) => s.awardCode === 'CSTDCS').map((s) => s.decision);
    expect(upward.every((d) => /^\d+\/TTr-BDTTG$/.test(d.number))).toBe(true);
    expect(upward.every((d) => d.documentType === 'submission')).toBe(true);
    expect(upward.map((d) => d.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    // The decisions' series goes on from the 20 above, untouched by the submissions.
    expect(own.every((d) => /^\d+\/QĐ-BDTTG$/.test(d.number))).toBe(true);
    expect(own.map((d) => d.sequence).sort((a, b) => a - b)).toEqual([21, 22, 23, 24]);

    const stored = await secretariat.get(`/api/decisions/${drafts[0]!.id}`);
    expect(stored.body).toMatchObject({
      documentType: 'submission',
      number: signed[0]!.decision.number,
    });
  });
});
