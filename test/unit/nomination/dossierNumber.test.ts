import fc from 'fast-check';
import {
  formatDossierNumber,
  formatNominationNumber,
  parseNumber,
} from '../../../data/nomination/dossierNumber';

/** How a dossier's number reads and how a typed one is understood (no database). */
describe('dossier numbers as people read and type them', () => {
  test.each([
    [{ unitId: 'VCSDT', year: 2025, sequence: 12 }, 'VCSDT-2025-0012'],
    [{ unitId: 'VP', year: 2026, sequence: 1 }, 'VP-2026-0001'],
    // Past 9999 a unit's year simply grows a digit.
    [{ unitId: 'TTTT', year: 2026, sequence: 12345 }, 'TTTT-2026-12345'],
  ])('%o is %s', (issued, text) => {
    expect(formatDossierNumber(issued)).toBe(text);
  });

  test.each([
    ['VCSDT-2025-0012', { registerId: 'VCSDT:2025:12' }],
    ['VCSDT-2025-0012/2', { registerId: 'VCSDT:2025:12', place: 2 }],
    ['  VCSDT-2025-0012/2 ', { registerId: 'VCSDT:2025:12', place: 2 }],
    // A unit code may itself hold a hyphen.
    ['TT-CNTT-2025-0003', { registerId: 'TT-CNTT:2025:3' }],
    ['VCSDT-25-0012', undefined],
    ['VCSDT-2025-', undefined],
    ['VCSDT-2025-0012/', undefined],
    ['3fa85f6457174562b3fc2c963f66afa6', undefined],
  ])('%j is understood as %o', (text, parsed) => {
    expect(parseNumber(text)).toEqual(parsed);
  });

  test('every number printed is understood as the register entry and place it came from', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        (unitId, year, sequence, place) => {
          const dossier = formatDossierNumber({ unitId, year, sequence });
          const text = place === undefined ? dossier : formatNominationNumber(dossier, place);
          expect(parseNumber(text)).toEqual({
            registerId: `${unitId}:${year}:${sequence}`,
            ...(place !== undefined && { place }),
          });
        },
      ),
    );
  });
});
