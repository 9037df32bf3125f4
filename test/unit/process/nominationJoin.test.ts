import {
  isHeldBy,
  refuseJoin,
  refuseRelease,
  type Membership,
} from '../../../domain/process/nominationJoin';

const round = { roundId: 'r1', request: 'r1:run:1' };
const decision = { decisionId: 'd1', request: 'd1:run:1' };

/** A group takes a nomination waiting at its stage, or one it already took (a retry). */
describe('may a group take the nomination', () => {
  test.each<[string, Membership, typeof round | typeof decision, string | undefined]>([
    ['a round, at council review', { stage: 'council_review' }, round, undefined],
    ['a round, already its own', { stage: 'council_vote', roundId: 'r1' }, round, undefined],
    [
      'a round, taken by another',
      { stage: 'council_vote', roundId: 'r2' },
      round,
      'NOT_IN_COUNCIL_REVIEW',
    ],
    ['a decision, awaiting one', { stage: 'awaiting_decision' }, decision, undefined],
    [
      'a decision, still at appraisal',
      { stage: 'appraisal' },
      decision,
      'NOMINATION_NOT_AWAITING_DECISION',
    ],
  ])('%s', (_case, membership, group, code) => {
    expect(refuseJoin('n1', membership, group)?.code).toBe(code);
  });

  test('the refusal names the stage, Vietnamese first', () => {
    const refusal = refuseJoin('n1', { stage: 'appraisal' }, round);
    expect(refusal?.message.vi).toMatch(/^Hồ sơ n1 không ở bước Hội đồng xét/);
    expect(refusal?.message.en).toMatch(/^Nomination n1 is not at council review/);
  });
});

/** Only the request that took the nomination holds it; only its group may release it. */
describe('holding and releasing', () => {
  const held: Membership = { stage: 'council_vote', roundId: 'r1', joinedBy: round.request };

  test('held by the request that took it, not by another request of the group', () => {
    expect(isHeldBy(held, round)).toBe(true);
    expect(isHeldBy(held, { roundId: 'r1', request: 'r1:run:2' })).toBe(false);
    expect(isHeldBy({ ...held, stage: 'council_review' }, round)).toBe(false);
  });

  test('another group may not release it; its own group, or a nomination not held, may', () => {
    expect(refuseRelease('n1', held, { roundId: 'r2' })?.code).toBe('NOT_HELD_BY_GROUP');
    expect(refuseRelease('n1', held, round)).toBeUndefined();
    expect(refuseRelease('n1', { stage: 'council_review' }, { roundId: 'r2' })).toBeUndefined();
  });
});
