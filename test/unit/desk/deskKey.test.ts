import { deskKey, dueBefore, storedDeskKey } from '../../../data/desk/deskKey';
import type { Stage } from '../../../domain/process/stages';

/** 09:00 in Vietnam (UTC+7) on the given day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);

/**
 * The desk's order is the order of these keys as strings: what the `deskKey` index returns a
 * page of. Due dates first (the earliest first), then the stages without a deadline by the
 * day of their last step; the nomination's id breaks ties, so every key is unique.
 */
describe('the desk key orders open nominations by urgency', () => {
  test.each<[string, Stage, string | undefined, string, string | undefined]>([
    ['a deadline', 'appraisal', '2026-03-10', '2026-03-02', 'due:2026-03-10:N1'],
    [
      'no deadline (waiting for a round)',
      'council_vote',
      undefined,
      '2026-03-02',
      'waiting:2026-03-02:N1',
    ],
    [
      'the Vietnam day of the step, not UTC',
      'forwarded',
      undefined,
      '2026-03-01T20:00:00Z',
      'waiting:2026-03-02:N1',
    ],
    ['a draft: not on the desk', 'draft', undefined, '2026-03-02', undefined],
    ['approved: off the desk', 'approved', undefined, '2026-03-02', undefined],
    ['withdrawn: off the desk', 'withdrawn', '2026-03-10', '2026-03-02', undefined],
  ])('%s', (_, stage, dueOn, stepAt, expected) => {
    const when = stepAt.includes('T') ? new Date(stepAt) : at(stepAt);
    expect(deskKey('N1', stage, dueOn, when)).toBe(expected);
  });

  test('late first, then by fewest days left, then the undated, longest since their last step first', () => {
    const keys = [
      deskKey('B', 'appraisal', '2026-03-10', at('2026-03-01')),
      deskKey('A', 'council_vote', undefined, at('2026-02-01')),
      deskKey('C', 'appraisal', '2026-03-02', at('2026-02-20')),
      deskKey('A', 'appraisal', '2026-03-10', at('2026-03-01')),
      deskKey('D', 'forwarded', undefined, at('2026-01-15')),
    ];
    expect([...keys].sort()).toEqual([
      'due:2026-03-02:C',
      'due:2026-03-10:A',
      'due:2026-03-10:B',
      'waiting:2026-01-15:D',
      'waiting:2026-02-01:A',
    ]);
  });

  test('late ones are the keys due before today, today excluded', () => {
    const late = dueBefore('2026-03-10' as never);
    const inRange = (key: string) => key >= late.$gte && key < late.$lt;
    expect(inRange('due:2026-03-09:Z')).toBe(true);
    expect(inRange('due:2026-03-10:A')).toBe(false);
    expect(inRange('waiting:2026-01-01:A')).toBe(false);
  });

  test('a stored nomination has the key of its last step', () => {
    expect(
      storedDeskKey({
        _id: 'N1',
        stage: 'council_vote',
        history: [{ at: at('2026-02-01') }, { at: at('2026-02-05') }],
      }),
    ).toBe('waiting:2026-02-05:N1');
    expect(storedDeskKey({ _id: 'N1', stage: 'appraisal', dueOn: '2026-03-10', history: [] })).toBe(
      'due:2026-03-10:N1',
    );
  });
});
