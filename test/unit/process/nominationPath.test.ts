import { CATALOGUE } from '../../../domain/catalogue/awards';
import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { plannedShape, shapeSeen, stagesOnPath } from '../../../domain/process/nominationPath';
import { DEFAULT_AWARD_RULES } from '../../../domain/ruleSets/sharedDefaults';

const path = (award: AwardCode, kind = 'merit', visited: string[] = []) =>
  stagesOnPath(
    shapeSeen(
      plannedShape(DEFAULT_AWARD_RULES[award], kind, CATALOGUE[award].forwardedUpward),
      new Set(visited),
    ),
  );

const BASE = ['draft', 'appraisal', 'awaiting_decision', 'minister_decision', 'approved'];
const COUNCIL = ['council_review', 'council_vote'];

/** domain.md §7: which stages a nomination goes through, by its award's procedure. */
describe('the path a nomination takes', () => {
  test.each([
    // LĐTT: rated at the unit's year-end review, no council vote (its rule: `council: null`).
    ['LDTT', 'merit', BASE],
    // CSTĐCS: the council votes by secret ballot.
    ['CSTDCS', 'merit', ['draft', 'appraisal', ...COUNCIL, ...BASE.slice(2)]],
    // HCLĐ: public comment, council vote, decided by the President above the minister.
    [
      'HCLD',
      'merit',
      [
        'draft',
        'appraisal',
        'public_comment',
        ...COUNCIL,
        'awaiting_decision',
        'minister_decision',
        'forwarded',
        'approved',
      ],
    ],
    // BKTTG ad hoc: the simplified procedure skips the public comment.
    [
      'BKTTG',
      'ad_hoc',
      [
        'draft',
        'appraisal',
        ...COUNCIL,
        'awaiting_decision',
        'minister_decision',
        'forwarded',
        'approved',
      ],
    ],
  ] as const)('%s (%s)', (award, kind, expected) => {
    expect(path(award, kind)).toEqual(expected);
  });

  test("the nomination's own steps win over the rules in force today", () => {
    // Went to a decision without the council: the rule was changed after it was submitted.
    expect(path('CSTDCS', 'merit', ['draft', 'appraisal', 'awaiting_decision'])).toEqual(BASE);
    // Went through the council although LĐTT has no vote today.
    expect(path('LDTT', 'merit', ['draft', 'appraisal', 'council_review'])).toEqual([
      'draft',
      'appraisal',
      ...COUNCIL,
      ...BASE.slice(2),
    ]);
    // Reached the council without a public comment: none is still to come.
    expect(path('HCLD', 'merit', ['draft', 'appraisal', 'council_review'])).not.toContain(
      'public_comment',
    );
  });
});
