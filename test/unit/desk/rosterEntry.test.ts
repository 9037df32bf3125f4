import { countsOf } from '../../../data/desk/bucketProjection';
import {
  matchesRoster,
  rosterCountKey,
  rosterPlacement,
  rosterProjection,
  type RosterFilter,
  type RosterSource,
} from '../../../data/desk/rosterEntry';
import type { Stage } from '../../../domain/process/stages';

const source = (id: string, stage: Stage, year: number, createdAt: string): RosterSource => ({
  _id: id,
  unitId: 'VCSDT',
  nominee: { kind: 'individual', name: 'Hà Thị Mỷ' },
  awardCode: 'LDTT',
  year,
  stage,
  createdAt: new Date(createdAt),
});

/** A unit's dossier list: every filter's total is a count in the unit's directory. */
describe('unit roster', () => {
  const placed = [
    source('a', 'draft', 2025, '2025-11-02T01:00:00Z'),
    source('b', 'appraisal', 2025, '2025-10-31T23:00:00Z'),
    source('c', 'approved', 2024, '2025-01-15T01:00:00Z'),
    source('d', 'appraisal', 2024, '2024-12-20T01:00:00Z'),
  ].map(rosterPlacement);
  const entries = placed.map((p) => p.entry);
  const counts = countsOf(rosterProjection, entries);

  test('one bucket per unit and month of creation (UTC), one collection per unit and year', () => {
    expect(placed.map((p) => [p.directory, p.bucket])).toEqual([
      ['VCSDT', '2025-11'],
      ['VCSDT', '2025-10'],
      ['VCSDT', '2025-01'],
      ['VCSDT', '2024-12'],
    ]);
    expect(rosterProjection.bucketCollection('VCSDT', '2024-12')).toBe('unit_rosters_VCSDT_2024');
  });

  test.each<[RosterFilter, number]>([
    [{}, 4],
    [{ submittedOnly: true }, 3],
    [{ stage: 'appraisal' }, 2],
    [{ year: 2024 }, 2],
    [{ stage: 'appraisal', year: 2024 }, 1],
    [{ submittedOnly: true, year: 2025 }, 1],
    [{ stage: 'draft', year: 2024 }, 0],
  ])('%j: %i', (filter, kept) => {
    expect(entries.filter((e) => matchesRoster(e, filter))).toHaveLength(kept);
    expect(counts[rosterCountKey(filter)] ?? 0).toBe(kept);
  });
});
