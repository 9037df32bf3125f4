import { withinUnit, type UnitPlacement } from '../../../domain/people/unitReach';

const movedMidYear: UnitPlacement = {
  unitId: 'TTTT',
  assignments: [
    { unitId: 'VCSDT', from: '2012-01-01', to: '2025-06-30' },
    { unitId: 'TTTT', from: '2025-07-01', to: null },
  ],
};

const leftAtYearEnd: UnitPlacement = {
  unitId: 'TTTT',
  assignments: [{ unitId: 'VCSDT', from: '2010-01-01', to: '2024-12-31' }],
};

describe('which unit may nominate a person or collective', () => {
  test.each([
    ['its current unit', { unitId: 'VCSDT' }, 'VCSDT', 2025, true],
    ['another unit, no assignment there', { unitId: 'TTTT' }, 'VCSDT', 2025, false],
    // Law 06/2022/QH15, Art. 24: the new unit assesses a transfer; the old one may still
    // put forward the year the person spent there (the appraisal flags it).
    ['the old unit, for the year of the transfer', movedMidYear, 'VCSDT', 2025, true],
    ['the new unit, for the year of the transfer', movedMidYear, 'TTTT', 2025, true],
    ['the old unit, for a year after the person left', movedMidYear, 'VCSDT', 2026, false],
    ['the old unit, for a year before it (no overlap)', movedMidYear, 'VCSDT', 2011, false],
    ['an assignment ending on 31/12 reaches that year', leftAtYearEnd, 'VCSDT', 2024, true],
    ['an assignment ending on 31/12 does not reach the next', leftAtYearEnd, 'VCSDT', 2025, false],
    [
      'an open assignment reaches every later year',
      { unitId: 'X', assignments: [{ unitId: 'VP', from: '2020-03-01' }] },
      'VP',
      2030,
      true,
    ],
  ] as const)('%s', (_, placement, unitId, year, expected) => {
    expect(withinUnit(placement, unitId, year)).toBe(expected);
  });
});
