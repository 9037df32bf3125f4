import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { IdempotentRequestModel } from '../../../data/http/idempotentRequestModel';
import { eventually } from '../../harness/apiClient';
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

/** A choice as a word: the nominations' own steps ('rejected', 'approved') are not choices. */
const CHOICES = /\b(approve|reject|abstain)\b/i;

/** A secret ballot leaves in the audit log who voted in which round, never what they chose. */
describe('the audit log of a secret ballot', () => {
  let stack: TestStack;
  let council: Council;

  beforeAll(async () => {
    stack = await startTestStack();
    council = await seedCouncil(stack);
  });
  afterAll(() => stack.stop());

  test('"member X cast a ballot in round R", with no choices, for papers and written votes', async () => {
    const n1 = await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'CSTDCS' });
    const n2 = await nominationAtCouncil(stack, { unitId: 'TTTT', awardCode: 'CSTDCS' });
    const roundId = await createRound(council);
    const { secretariat, chair, members } = council;
    expect(
      (
        await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
          nominations: [{ nominationId: n1 }, { nominationId: n2 }],
          ldttHolders: [
            { unitId: 'VCSDT', year: 2025, count: 10 },
            { unitId: 'TTTT', year: 2025, count: 20 },
          ],
        })
      ).status,
    ).toBe(200);
    const present = MEMBERS.filter((id) => id !== 'hd.vtccb');
    expect(
      (await chair.post(`/api/council-rounds/${roundId}/attendance`, { present })).status,
    ).toBe(200);
    expect((await chair.post(`/api/council-rounds/${roundId}/open`)).status).toBe(200);

    const voters = present.filter((id) => id !== 'hd.vcsdt');
    const choices = ['approve', 'reject', 'abstain'] as const;
    for (const [i, member] of voters.entries()) {
      const cast = await members[member]!.post(
        `/api/council-rounds/${roundId}/ballot`,
        paper({ [n1]: choices[i % 3]!, [n2]: choices[(i + 1) % 3]! }),
        { 'idempotency-key': `ballot-${member}-audit` },
      );
      expect([member, cast.status]).toEqual([member, 200]);
    }
    const written = await secretariat.post(`/api/council-rounds/${roundId}/written-votes`, {
      memberId: 'hd.vtccb',
      ...paper({ [n1]: 'reject', [n2]: 'approve' }),
    });
    expect(written.status).toBe(200);
    expect((await chair.post(`/api/council-rounds/${roundId}/close`)).status).toBe(200);
    await closedRound(chair, roundId);

    const ballots = await eventually(
      () =>
        AuditEntryModel.collection
          .find<any>({ route: /ballot|written-votes/ }, { sort: { _id: 1 } })
          .toArray(),
      (found) => found.length === voters.length + 1,
    );
    for (const [i, member] of voters.entries()) {
      const entry = ballots[i];
      expect(entry).toMatchObject({
        action: 'POST /api/council-rounds/:id/ballot',
        actor: { userId: member },
        objects: [{ type: 'council-rounds', id: roundId }],
        nominationIds: [],
        status: 200,
        summary: {
          en: expect.stringMatching(new RegExp(`${member}.*cast a ballot in round ${roundId}`)),
        },
      });
      expect(entry.request).toBeUndefined();
      expect(entry.after).toBeUndefined();
      expect(entry.idempotencyKey).toBeUndefined();
    }
    expect(ballots[voters.length]).toMatchObject({
      action: 'POST /api/council-rounds/:id/written-votes',
      actor: { userId: 'thuongtruc' },
      request: { memberId: 'hd.vtccb' },
    });

    // Nothing anywhere in the log names a choice: not a ballot, not a written vote, nothing else.
    await eventually(
      () => AuditEntryModel.collection.countDocuments({ route: /close/ }),
      (n) => n === 1,
    );
    const log = await AuditEntryModel.collection.find({}).toArray();
    const leaks = log.filter((entry) => CHOICES.test(JSON.stringify(entry)));
    expect(leaks).toEqual([]);
  });

  test('a paper sent to the ballot path in another case or with a trailing slash reaches nothing', async () => {
    const n1 = await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'CSTDCS' });
    const roundId = await createRound(council);
    const { secretariat, chair, members } = council;
    await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
      nominations: [{ nominationId: n1 }],
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 10 }],
    });
    await chair.post(`/api/council-rounds/${roundId}/attendance`, { present: MEMBERS });
    expect((await chair.post(`/api/council-rounds/${roundId}/open`)).status).toBe(200);
    const stored = () => IdempotentRequestModel.countDocuments();
    const storedBefore = await stored();
    const since = new Date();

    const variants = [
      'Ballot',
      'ballot/',
      'BALLOT/',
      'ballot//',
      'written-votes/',
      'Written-Votes',
    ];
    for (const [i, variant] of variants.entries()) {
      const body = variant.toLowerCase().startsWith('written')
        ? { memberId: 'hoidong.2', ...paper({ [n1]: 'reject' }) }
        : paper({ [n1]: 'reject' });
      const sender = variant.toLowerCase().startsWith('written')
        ? secretariat
        : members['hoidong.1']!;
      const sent = await sender.post(`/api/council-rounds/${roundId}/${variant}`, body, {
        'idempotency-key': `variant-${i}-${roundId}`,
      });
      expect([variant, sent.status, sent.body.error?.code]).toEqual([
        variant,
        404,
        'ROUTE_NOT_FOUND',
      ]);
    }
    const mount = await members['hoidong.1']!.post(
      `/api/Council-Rounds/${roundId}/ballot`,
      paper({ [n1]: 'reject' }),
      { 'idempotency-key': `mount-${roundId}` },
    );
    expect(mount.status).toBe(404);
    // The exact path is the only way in, and the idempotency store keeps away from it too.
    const cast = await members['hoidong.1']!.post(
      `/api/council-rounds/${roundId}/ballot`,
      paper({ [n1]: 'reject' }),
      { 'idempotency-key': `exact-${roundId}` },
    );
    expect([cast.status, cast.body.secretBallot]).toEqual([200, 'recorded']);
    expect(await stored()).toBe(storedBefore);
    const entries = await eventually(
      () => AuditEntryModel.collection.find<any>({ at: { $gte: since } }).toArray(),
      (found) => found.length >= 1,
    );
    expect(entries.map((e) => [e.action, e.actor.userId, e.request])).toEqual([
      ['POST /api/council-rounds/:id/ballot', 'hoidong.1', undefined],
    ]);
  });
});
