import { allocateBlocFlags, type FlagCandidate } from '../../../domain/quota/blocFlagQuota';

const c = (
  nominationId: string,
  blocId: string,
  approvals: number,
  denominator = 10,
): FlagCandidate => ({
  nominationId,
  blocId,
  year: 2025,
  approvals,
  denominator,
});

/** Law 06/2022/QH15, Art. 26: the Ministry Emulation Flag goes to a bloc's leading collective. */
describe('one flag per emulation bloc (Law 06/2022/QH15, Art. 26)', () => {
  test.each([
    [
      'the highest approval share keeps the flag',
      [c('a', 'K1', 10), c('b', 'K1', 9)],
      { a: 'kept', b: 'cut' },
    ],
    ['each bloc has its own flag', [c('a', 'K1', 9), c('b', 'K2', 9)], { a: 'kept', b: 'kept' }],
    [
      'equal shares at the top: the chair decides',
      [c('a', 'K1', 9), c('b', 'K1', 9), c('d', 'K1', 8)],
      { a: 'tied_at_cutoff', b: 'tied_at_cutoff', d: 'cut' },
    ],
    [
      'shares compared exactly: 9/10 beats 17/19',
      [c('a', 'K1', 9, 10), c('b', 'K1', 17, 19)],
      { a: 'kept', b: 'cut' },
    ],
    [
      'shares compared exactly: 18/20 equals 9/10',
      [c('a', 'K1', 9, 10), c('b', 'K1', 18, 20)],
      { a: 'tied_at_cutoff', b: 'tied_at_cutoff' },
    ],
  ] as const)('%s', (_case, candidates, expected) => {
    const { decisions } = allocateBlocFlags(candidates);
    expect(Object.fromEntries(decisions.map((d) => [d.nominationId, d.outcome]))).toEqual(expected);
  });

  test('a cut names the leader’s share', () => {
    const [, cut] = allocateBlocFlags([c('a', 'K1', 10), c('b', 'K1', 9)]).decisions;
    expect(cut).toMatchObject({ rank: 2, ranked: 2, code: 'FLAG_CUT' });
    expect(cut!.message.en).toContain("below the leader's (10/10 (100%))");
  });
});
