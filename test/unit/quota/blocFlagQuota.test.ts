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

  test('the bloc’s flag for the year held by an earlier round: every nominee is cut, and told why', () => {
    const { decisions, ties } = allocateBlocFlags(
      [c('a', 'K1', 9), c('b', 'K1', 9), c('k2', 'K2', 8)],
      [{ blocId: 'K1', year: 2025, held: 1, released: 0 }],
    );
    expect(ties).toEqual([]);
    expect(Object.fromEntries(decisions.map((d) => [d.nominationId, d.outcome]))).toEqual({
      a: 'cut',
      b: 'cut',
      k2: 'kept',
    });
    expect(decisions[0]!.message.vi).toBe(
      'Xếp hạng 1/2 khối K1 năm 2025 (tỷ lệ phiếu đồng ý 9/10 (90%)): mỗi khối một Cờ thi đua, phiên họp trước đã dùng 1, còn 0.',
    );
  });

  test('a flag the minister did not award is given back: the bloc’s leader keeps it this time', () => {
    const { decisions } = allocateBlocFlags(
      [c('a', 'K1', 9)],
      [{ blocId: 'K1', year: 2025, held: 0, released: 1 }],
    );
    expect(decisions[0]).toMatchObject({ outcome: 'kept', code: 'FLAG_KEPT' });
    expect(decisions[0]!.message.en).toContain(
      'one flag per bloc, 0 used by earlier rounds (not counting 1 place(s) given back',
    );
  });

  test('a tie for the flag is the chair’s to settle, and says so', () => {
    const { decisions } = allocateBlocFlags([c('a', 'K1', 9), c('b', 'K1', 9)]);
    expect(decisions[0]!.message.vi).toMatch(/: Chủ tịch Hội đồng quyết định\.$/);
    expect(decisions[0]!.message.en).toMatch(/: the chair decides\.$/);
  });

  test('a cut names the leader’s share', () => {
    const [, cut] = allocateBlocFlags([c('a', 'K1', 10), c('b', 'K1', 9)]).decisions;
    expect(cut).toMatchObject({ rank: 2, ranked: 2, code: 'FLAG_CUT' });
    expect(cut!.message.en).toContain("below the leader's (10/10 (100%))");
  });
});
