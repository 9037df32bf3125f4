import { NominationModel } from '../../../data/nomination/nominationModel';
import { ApiClient } from '../../harness/apiClient';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';
import {
  MEMBERS,
  closedRound,
  createRound,
  nominationAtCouncil,
  paper,
  seedCouncil,
  type Council,
} from './councilRoundFixtures';

jest.setTimeout(120_000);

/**
 * Open ballots (by name), the two comparisons at their boundary, and a round without
 * quorum. Default rules (rule set 2025): BKBO / KNC open, "trên 1/2" (strictly above) of
 * members present; CSTĐCS secret, "từ 2/3 trở lên" (at or above) of all members; quorum
 * from 2/3 of the non-recused members.
 */
describe('open ballots, thresholds at the boundary, quorum', () => {
  let stack: TestStack;
  let council: Council;
  let m: Record<string, ApiClient>;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
    m = council.members;
  });
  afterAll(() => stack.stop());

  test('a nomination with no workflow is refused, whatever its read model says; none is taken', async () => {
    const ready = await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'CSTDCS' });
    const officer = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
    const unsubmitted = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Lục Văn Chung', position: 'Chuyên viên' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    expect(unsubmitted.status).toBe(201);
    const noProcess = unsubmitted.body._id as string;
    await NominationModel.updateOne({ _id: noProcess }, { $set: { stage: 'council_review' } });
    const path = `/api/council-rounds/${await createRound(council)}`;
    const refused = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: ready }, { nominationId: noProcess }],
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 7 }],
    });
    expect([refused.status, refused.body.error.code, refused.body.error.field]).toEqual([
      422,
      'NOMINATION_NOT_FOUND',
      'nominations.1.nominationId',
    ]);
    // The one that has a process was not taken: a round takes it now.
    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: ready }],
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 7 }],
    });
    expect([added.status, added.body.agenda[0].addedSignal]).toEqual([200, 'delivered']);
  });

  test('open votes are named in the minutes; 2/4 is not above 1/2, 4/6 is at 2/3', async () => {
    const bkbo = await nominationAtCouncil(stack, { unitId: 'VP', awardCode: 'BKBO' });
    const knc = await nominationAtCouncil(stack, { unitId: 'VKHTC', awardCode: 'KNC' });
    const cstdcs = await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'CSTDCS' });
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;

    const added = await council.secretariat.post(`${path}/nominations`, {
      nominations: [{ nominationId: bkbo }, { nominationId: knc }, { nominationId: cstdcs }],
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 7 }],
    });
    expect(added.status).toBe(200);
    expect(added.body.agenda.map((a: any) => a.rule.ballot)).toEqual(['open', 'open', 'secret']);

    // 4 of 6 present: quorum "from 2/3" is met exactly.
    const present = ['chutich', 'hoidong.1', 'hoidong.2', 'hd.vcsdt'];
    expect((await council.chair.post(`${path}/attendance`, { present })).status).toBe(200);
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);

    const votes: Array<[string, Record<string, 'approve' | 'reject' | 'abstain'>]> = [
      ['chutich', { [bkbo]: 'approve', [knc]: 'approve', [cstdcs]: 'approve' }],
      ['hoidong.1', { [bkbo]: 'approve', [knc]: 'approve', [cstdcs]: 'approve' }],
      ['hoidong.2', { [bkbo]: 'reject', [knc]: 'approve', [cstdcs]: 'approve' }],
      ['hd.vcsdt', { [bkbo]: 'abstain', [knc]: 'reject', [cstdcs]: 'reject' }],
    ];
    for (const [member, choices] of votes) {
      const cast = await m[member]!.post(`${path}/ballot`, paper(choices));
      expect([member, cast.status, cast.body.openVote, cast.body.secretBallot]).toEqual([
        member,
        200,
        'recorded',
        'recorded',
      ]);
    }
    // An incomplete open paper and a second open vote are refused by the workflow.
    const again = await m['hoidong.1']!.post(
      `${path}/ballot`,
      paper({ [bkbo]: 'reject', [knc]: 'reject' }),
    );
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_VOTED']);
    // Written votes are not admitted for the open rule (members present); they are for CSTĐCS.
    const writtenOpen = await council.secretariat.post(`${path}/written-votes`, {
      memberId: 'hd.tttt',
      ...paper({ [bkbo]: 'approve' }),
    });
    expect([writtenOpen.status, writtenOpen.body.error.code]).toEqual([422, 'NOTHING_TO_VOTE']);
    const written = await council.secretariat.post(`${path}/written-votes`, {
      memberId: 'hd.tttt',
      ...paper({ [cstdcs]: 'approve' }),
    });
    expect([written.status, written.body.secretBallot]).toEqual([200, 'recorded']);
    // Members cannot record written votes, nor close the round.
    expect(
      (
        await m['hoidong.2']!.post(`${path}/written-votes`, {
          memberId: 'hd.vtccb',
          ...paper({ [cstdcs]: 'approve' }),
        })
      ).status,
    ).toBe(403);
    expect((await m['hoidong.2']!.post(`${path}/close`)).status).toBe(403);

    expect((await council.chair.post(`${path}/close`)).status).toBe(200);
    const round = await closedRound(council.chair, roundId);
    const result = (id: string) => round.results.find((r: any) => r.nominationId === id);

    // BKBO: 2 of 4 present is exactly one half — "trên 1/2" is not met.
    expect(result(bkbo)).toMatchObject({
      counts: { approve: 2, reject: 1, abstain: 1 },
      tally: { denominator: 4, denominatorKind: 'members_present', passedVote: false },
      outcome: 'not_passed',
    });
    expect(result(bkbo).explanation.vi).toContain('trên 1/2');
    // KNC: 3 of 4 present.
    expect(result(knc)).toMatchObject({ counts: { approve: 3, reject: 1 }, outcome: 'passed' });
    // CSTĐCS: 3 present + 1 written = 4 of all 6 members — "từ 2/3 trở lên" is met exactly.
    expect(result(cstdcs)).toMatchObject({
      counts: { approve: 4, reject: 1, abstain: 0 },
      tally: { denominator: 6, denominatorKind: 'all_members', passedVote: true },
      outcome: 'passed',
    });
    expect(result(cstdcs).explanation.vi).toContain('từ 2/3 trở lên');

    // The open ballot is named in the minutes; the secret one only counted.
    const minutes = (await council.secretariat.get(`${path}/minutes`)).body;
    const item = (id: string) => minutes.items.find((i: any) => i.nominationId === id);
    expect(item(bkbo).namedVotes).toEqual([
      { memberId: 'chutich', choice: 'approve', written: false },
      { memberId: 'hoidong.1', choice: 'approve', written: false },
      { memberId: 'hoidong.2', choice: 'reject', written: false },
      { memberId: 'hd.vcsdt', choice: 'abstain', written: false },
    ]);
    expect(item(cstdcs).namedVotes).toBeUndefined();
    expect(minutes.members.map((x: any) => [x.userId, x.attendance])).toEqual([
      ['chutich', 'present'],
      ['hoidong.1', 'present'],
      ['hoidong.2', 'present'],
      ['hd.vcsdt', 'present'],
      ['hd.tttt', 'absent_written_vote'],
      ['hd.vtccb', 'absent'],
    ]);
    expect(minutes.summary.en).toBe(
      '3 nominations: 2 passed, 1 not passed, 0 cut by quota, 0 without quorum.',
    );

    // A closed round takes no more actions.
    const late = await council.chair.post(`${path}/close`);
    expect(late.status).toBe(409);
  });

  test('a round asks the nomination, not the read model: a stale stage does not put it on the agenda', async () => {
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    const [id] = await submitToAppraisal(officer, head, ['Đinh Thị Hằng']);
    // The read model says council review; the nomination's workflow is still at appraisal.
    await NominationModel.updateOne({ _id: id }, { $set: { stage: 'council_review' } });
    const roundId = await createRound(council);
    const added = await council.secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
      nominations: [{ nominationId: id }],
    });
    expect([added.status, added.body.error.code, added.body.error.field]).toEqual([
      422,
      'NOT_IN_COUNCIL_REVIEW',
      'nominations.0.nominationId',
    ]);
    expect(added.body.error.messageVi).toContain('Thẩm định');
  });

  test('without quorum nobody passes, whatever the votes', async () => {
    const bkbo = await nominationAtCouncil(stack, { unitId: 'VP', awardCode: 'BKBO' });
    const roundId = await createRound(council);
    const path = `/api/council-rounds/${roundId}`;
    expect(
      (
        await council.secretariat.post(`${path}/nominations`, {
          nominations: [{ nominationId: bkbo }],
        })
      ).status,
    ).toBe(200);
    // 3 of 6: under two thirds.
    const present = ['chutich', 'hoidong.1', 'hoidong.2'];
    await council.chair.post(`${path}/attendance`, { present });
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);
    for (const member of present) {
      expect((await m[member]!.post(`${path}/ballot`, paper({ [bkbo]: 'approve' }))).status).toBe(
        200,
      );
    }
    await council.chair.post(`${path}/close`);
    const round = await closedRound(council.chair, roundId);
    expect(round.results[0]).toMatchObject({
      counts: { approve: 3 },
      tally: { quorumMet: false, attending: 3, eligible: 6 },
      outcome: 'no_quorum',
    });
    expect(round.results[0].explanation.en).toContain('No quorum: 3/6');
  });

  test('the members list shows only rounds they sit on; unit staff see none', async () => {
    const list = await m['hd.tttt']!.get('/api/council-rounds?pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    expect(list.body.items.every((r: any) => r.members.includes('hd.tttt'))).toBe(true);
    const officer = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
    expect((await officer.get('/api/council-rounds')).status).toBe(403);
    expect(MEMBERS).toContain('hd.tttt');
  });
});
