import { NominationModel } from '../../../data/nomination/nominationModel';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { insertNomination } from './awardDecisionFixtures';
import {
  closedRound,
  createRound,
  nominationAtCouncil,
  paper,
  seedCouncil,
  type Council,
} from '../councilRound/councilRoundFixtures';

jest.setTimeout(180_000);

/**
 * GET /api/decisions/:id carries each annexed nominee's council tally, so the minister
 * weighs the vote beside the name. A real round (open ballot, BKBO: "trên 1/2" of the members
 * present) votes and closes; the nominations' read models then stand where their workflows
 * would have put them (awaiting a decision, with the round's ID).
 */
describe('the council tally per nominee on an award decision', () => {
  let stack: TestStack;
  let council: Council;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
  });
  afterAll(() => stack.stop());

  test('counts, share and outcome per nominee; none for a nominee without a vote', async () => {
    const [unanimous, split] = await Promise.all([
      nominationAtCouncil(stack, { unitId: 'VP', awardCode: 'BKBO', name: 'Đinh Thị Vân' }),
      nominationAtCouncil(stack, { unitId: 'VKHTC', awardCode: 'BKBO', name: 'Hồ Văn Lâm' }),
    ]);
    const noVote = await insertNomination(stack, { awardCode: 'BKBO', unitId: 'VP' });
    const members = ['chutich', 'hoidong.1', 'hoidong.2'];
    const roundId = await createRound(council, {
      members,
      title: 'Xét Bằng khen của Bộ trưởng 2025',
    });
    const path = `/api/council-rounds/${roundId}`;
    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: unanimous }, { nominationId: split }],
    });
    expect(added.status).toBe(200);
    expect((await council.chair.post(`${path}/attendance`, { present: members })).status).toBe(200);
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);
    for (const [member, splitChoice] of [
      ['chutich', 'approve'],
      ['hoidong.1', 'approve'],
      ['hoidong.2', 'reject'],
    ] as const) {
      const cast = await council.members[member]!.post(
        `${path}/ballot`,
        paper({ [unanimous]: 'approve', [split]: splitChoice }),
      );
      expect(cast.status).toBe(200);
    }
    expect((await council.chair.post(`${path}/close`)).status).toBe(200);
    await closedRound(council.chair, roundId);
    await NominationModel.updateMany(
      { _id: { $in: [unanimous, split] } },
      { $set: { stage: 'awaiting_decision', kind: 'merit', roundId } },
    );

    const drafted = await council.secretariat.post('/api/decisions', {
      awardCode: 'BKBO',
      year: 2025,
      nominationIds: [unanimous, split, noVote],
    });
    expect([drafted.status, drafted.body.error]).toEqual([201, undefined]);
    const decisionId = drafted.body.decision._id as string;
    const minister = await ApiClient.signIn(stack.apiUrl, 'botruong');
    const decision = (
      await eventually(
        () => minister.get(`/api/decisions/${decisionId}`),
        (r) => r.status === 200 && r.body.annex.length === 3,
      )
    ).body;
    const tally = (id: string) => decision.councilResults.find((r: any) => r.nominationId === id);
    expect(tally(unanimous)).toEqual({
      nominationId: unanimous,
      roundId,
      roundTitle: 'Xét Bằng khen của Bộ trưởng 2025',
      ballot: 'open',
      counts: { approve: 3, reject: 0, abstain: 0 },
      percent: 100,
      passed: true,
      outcome: 'passed',
      explanation: { vi: expect.stringContaining('trên 1/2'), en: expect.any(String) },
    });
    expect(tally(split)).toMatchObject({
      counts: { approve: 2, reject: 1, abstain: 0 },
      percent: 66.7,
      passed: true,
    });
    expect(tally(noVote)).toBeUndefined();

    // A member who sat on the round sees the tally; one who did not, nothing of it.
    const sat = (await council.members['hoidong.1']!.get(`/api/decisions/${decisionId}`)).body;
    expect(sat.councilResults).toHaveLength(2);
    const outsider = (await council.members['hd.tttt']!.get(`/api/decisions/${decisionId}`)).body;
    expect(outsider.councilResults).toEqual([]);
  });
});
