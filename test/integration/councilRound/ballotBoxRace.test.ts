import { openBallotBox, sealBallotBox } from '../../../activities/councilRound/ballotBox';
import { putInBallotBox } from '../../../api/councilRound/secretBallot';
import { rawBallotBoxes } from '../../../data/councilRound/ballotBoxModel';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * The secret-ballot box takes each member's paper with one atomic update of its document, no
 * lock: papers sent at once are all counted, a member's second paper never, and sealing
 * shuts out exactly the papers that come after it.
 */
describe('the secret-ballot box under concurrent papers (real database)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  const members = Array.from({ length: 30 }, (_, i) => `member-${i}`);

  /** Opens a box and returns the private key its papers are sealed to. */
  async function openBox(roundId: string): Promise<string> {
    return openBallotBox({
      roundId,
      members,
      present: members,
      items: ['n1', 'n2'],
      openedAt: new Date().toISOString(),
    });
  }

  /** A member's paper: n1 approved, n2 rejected, so totals count papers. */
  const cast = (roundId: string, memberId: string, idempotencyKey?: string) =>
    putInBallotBox({
      roundId,
      memberId,
      written: false,
      choices: [
        { nominationId: 'n1', choice: 'approve' },
        { nominationId: 'n2', choice: 'reject' },
      ],
      ...(idempotencyKey && { idempotencyKey }),
    }).then(
      (outcome) => outcome,
      (error: { code?: string }) => error.code,
    );

  test('30 members at once, each sending their paper twice at once: 30 papers, each member once', async () => {
    const key = await openBox('race-round');
    const outcomes = await Promise.all(
      [...members, ...members].map((m, i) => cast('race-round', m, i < 30 ? `${m}-a` : `${m}-b`)),
    );
    for (const [i, member] of members.entries()) {
      expect([member, [outcomes[i], outcomes[i + 30]].sort()]).toEqual([
        member,
        ['ALREADY_VOTED', 'recorded'],
      ]);
    }
    const sealed = await sealBallotBox({
      roundId: 'race-round',
      sealedAt: new Date().toISOString(),
      key,
    });
    expect(sealed.counts).toEqual({
      n1: { approve: 30, reject: 0, abstain: 0 },
      n2: { approve: 0, reject: 30, abstain: 0 },
    });
    expect(sealed.voters).toEqual([...members].sort());
  });

  test('the same request sent twice at once (one Idempotency-Key): one paper, both answered as recorded', async () => {
    await openBox('retried-round');
    const outcomes = await Promise.all([
      cast('retried-round', 'member-1', 'same-key'),
      cast('retried-round', 'member-1', 'same-key'),
    ]);
    expect(outcomes.sort()).toEqual(['already_recorded', 'recorded']);
    const box = await rawBallotBoxes().findOne({ _id: 'retried-round' as never });
    expect(box).toMatchObject({ voters: ['member-1'] });
    expect((box!.papers as string[]).filter((p) => p !== '')).toHaveLength(1);
    expect(box!.counts).toBeUndefined();
  });

  test('sealing while papers arrive: every paper counted has its voter, and no paper after the seal', async () => {
    const key = await openBox('sealing-round');
    const [outcomes, sealed] = await Promise.all([
      Promise.all(members.map((m) => cast('sealing-round', m))),
      new Promise((resolve) => setTimeout(resolve, 5)).then(() =>
        sealBallotBox({ roundId: 'sealing-round', sealedAt: new Date().toISOString(), key }),
      ),
    ]);
    const recorded = outcomes.filter((o) => o === 'recorded').length;
    expect(outcomes.filter((o) => o !== 'recorded').every((o) => o === 'BALLOT_NOT_OPEN')).toBe(
      true,
    );
    expect(sealed.voters).toHaveLength(recorded);
    expect(sealed.counts.n1!.approve).toBe(recorded);
    // What the round's workflow reads on a retry is what it read the first time.
    const again = await sealBallotBox({
      roundId: 'sealing-round',
      sealedAt: new Date().toISOString(),
      key,
    });
    expect(again).toEqual(sealed);
  });
});
