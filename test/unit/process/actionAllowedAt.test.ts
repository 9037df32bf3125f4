import { actionAllowedAt } from '../../../domain/process/nominationActions';

describe('actionAllowedAt: the stages the web offers an action at are the rule’s own', () => {
  test('a unit withdraws before the vote and while a decision is awaited, not during the vote', () => {
    expect(
      ['draft', 'appraisal', 'council_vote', 'awaiting_decision', 'approved'].map((stage) =>
        actionAllowedAt('withdraw', stage),
      ),
    ).toEqual([false, true, false, true, false]);
  });
});
