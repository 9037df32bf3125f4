import { rankBloc, sheetProblems, type ScoreTemplate } from '../../../domain/desk/ranking';
import { DEFAULT_SCORE_TEMPLATE } from '../../../data/registration/defaultTemplate';

/** A sheet's full marks: every criterion's maximum. */
const maxPoints = (t: ScoreTemplate) =>
  t.groups.reduce((sum, g) => sum + g.criteria.reduce((s, c) => s + c.maxPoints, 0), 0);

const template: ScoreTemplate = {
  groups: [
    { code: 'A', title: 'A', criteria: [{ code: 'A1', title: 'a1', maxPoints: 60 }] },
    { code: 'B', title: 'B', criteria: [{ code: 'B1', title: 'b1', maxPoints: 40 }] },
  ],
  bonusMax: 5,
  deductionMax: 10,
};
const sheet = (
  unitId: string,
  a: number | undefined,
  b: number | undefined,
  bonus = 0,
  deduction = 0,
) => ({
  unitId,
  scores: { A1: { self: 60, council: a }, B1: { self: 40, council: b } },
  bonus: { council: bonus },
  deduction: { council: deduction },
});

/** domain.md §3: units are ranked within their bloc on the council's score (configurable sheet). */
describe('bloc ranking', () => {
  test('the default template is 100 points', () => {
    expect(maxPoints(DEFAULT_SCORE_TEMPLATE)).toBe(100);
  });

  test.each([
    {
      name: 'council total = criteria + bonus − deduction; higher first',
      sheets: [sheet('X', 50, 30), sheet('Y', 55, 35, 2, 1)],
      expected: [
        ['Y', 91, 1],
        ['X', 80, 2],
      ],
    },
    {
      name: 'equal totals share a rank (1, 1, 3)',
      sheets: [sheet('A', 50, 30), sheet('B', 40, 40), sheet('C', 40, 30)],
      expected: [
        ['A', 80, 1],
        ['B', 80, 1],
        ['C', 70, 3],
      ],
    },
    {
      name: 'a sheet the council has not finished is listed last, unranked',
      sheets: [sheet('P', 50, undefined), sheet('Q', 10, 10)],
      expected: [
        ['Q', 20, 1],
        ['P', undefined, undefined],
      ],
    },
  ])('$name', ({ sheets, expected }) => {
    const ranked = rankBloc(template, sheets);
    expect(ranked.map((r) => [r.unitId, r.councilTotal, r.rank])).toEqual(expected);
    expect(ranked[0]!.selfTotal).toBe(100);
  });

  test.each([
    [{ scores: { A1: { self: 61 } } }, 'scores.A1'],
    [{ scores: { Z9: { self: 1 } } }, 'scores.Z9'],
    [{ scores: {}, bonus: { self: 6 } }, 'bonus'],
    [{ scores: {}, deduction: { self: 11 } }, 'deduction'],
  ])('out of range or unknown: %j → %s', (input, field) => {
    expect(sheetProblems(template, input, 'self')[0]?.[0]).toBe(field);
  });
});
