import { findDuplicateNominations } from '../../../domain/eligibility/duplicates';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import type { NominationRef } from '../../../domain/eligibility/context';

const n = (
  nominationId: string,
  subjectId: string,
  award: NominationRef['award'],
  unitId: string,
  year = 2025,
): NominationRef => ({
  nominationId,
  subjectId,
  award,
  year,
  unitId,
});

describe('findDuplicateNominations (Decree Art. 4: one achievement, one award)', () => {
  const cases: { name: string; article: string; input: NominationRef[]; kinds: string[] }[] = [
    {
      name: 'same person, same award and year, two units',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [n('a', 'p1', 'LDTT', 'U1'), n('b', 'p1', 'LDTT', 'U2')],
      kinds: ['different_units'],
    },
    {
      name: 'same person twice by one unit',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [n('a', 'p1', 'CSTDCS', 'U1'), n('b', 'p1', 'CSTDCS', 'U1')],
      kinds: ['same_unit'],
    },
    {
      name: "overlapping awards in one year: the Minister's and the PM's Certificate",
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [n('a', 'p1', 'BKTTG', 'U1'), n('b', 'p1', 'BKBO', 'U1')],
      kinds: ['overlapping_awards'],
    },
    {
      name: 'a title and a certificate in one cycle reward different achievements: no overlap',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [n('a', 'p1', 'CSTDBO', 'U1'), n('b', 'p1', 'BKBO', 'U1')],
      kinds: [],
    },
    {
      name: 'an ad hoc certificate never overlaps a merit one',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [{ ...n('a', 'p1', 'BKTTG', 'U1'), kind: 'ad_hoc' }, n('b', 'p1', 'BKBO', 'U1')],
      kinds: [],
    },
    {
      name: 'two ad hoc certificates in one year may reward one achievement: overlap',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [
        { ...n('a', 'p1', 'BKTTG', 'U1'), kind: 'ad_hoc' },
        { ...n('b', 'p1', 'BKBO', 'U1'), kind: 'ad_hoc' },
      ],
      kinds: ['overlapping_awards'],
    },
    {
      name: 'different years are not duplicates',
      article: 'Điều 4, Nghị định 152/2025/NĐ-CP',
      input: [n('a', 'p1', 'LDTT', 'U1', 2024), n('b', 'p1', 'LDTT', 'U1', 2025)],
      kinds: [],
    },
    {
      name: 'LĐTT and CSTĐCS in one year do not overlap (CSTĐCS requires LĐTT)',
      article: 'Điều 23, Luật 06/2022/QH15',
      input: [n('a', 'p1', 'LDTT', 'U1'), n('b', 'p1', 'CSTDCS', 'U1')],
      kinds: [],
    },
  ];
  test.each(cases.map((c) => [`${c.name} [${c.article}]`, c] as const))('%s', (_t, c) => {
    const found = findDuplicateNominations(c.input, RULE_SET_2025.values.overlappingAwardSets);
    expect(found.map((f) => f.kind)).toEqual(c.kinds);
  });

  test('reports both units and both nominations', () => {
    const [finding] = findDuplicateNominations([
      n('b', 'p1', 'LDTT', 'U2'),
      n('a', 'p1', 'LDTT', 'U1'),
    ]);
    expect(finding).toEqual({
      kind: 'different_units',
      subjectId: 'p1',
      year: 2025,
      awards: ['LDTT'],
      nominationIds: ['a', 'b'],
      unitIds: ['U1', 'U2'],
    });
  });
});
