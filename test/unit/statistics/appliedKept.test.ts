import { APPLIED_KEPT, appliedKept } from '../../../data/statistics/statisticsSummaryModel';

/** What a summary document keeps of the steps it applied, so that a retried step adds nothing. */
describe('applied steps kept by a summary document', () => {
  test('a step followed by a later step of the same nomination goes first; the last step of each stays', () => {
    expect(appliedKept(['N1:1', 'N2:1', 'N1:2', 'N2:3', 'N1:3', 'A:B:4', 'A:B:5'])).toEqual([
      'N2:3',
      'N1:3',
      'A:B:5',
    ]);
  });

  test('a step whose retry may still come stays while other nominations move many times', () => {
    // W's step 3 (its attempt may be retried), then 10 other nominations moved 25 times each.
    const applied = [
      'W:3',
      ...Array.from({ length: 25 }, (_, step) =>
        Array.from({ length: 10 }, (_, n) => `N${n}:${step + 1}`),
      ).flat(),
    ];
    expect(applied.length).toBeGreaterThan(2 * APPLIED_KEPT);
    expect(appliedKept(applied)).toEqual([
      'W:3',
      ...Array.from({ length: 10 }, (_, n) => `N${n}:25`),
    ]);
  });

  test('past that, the oldest of the last steps go', () => {
    const applied = Array.from({ length: 150 }, (_, n) => `N${n}:1`);
    expect(appliedKept(applied)).toEqual(applied.slice(-APPLIED_KEPT));
  });
});
