import fc from 'fast-check';
import {
  SHARDS,
  entryOf,
  fieldOf,
  keyOf,
  outcomeOf,
  personToLookUp,
  shardOf,
  summaryChanges,
  type StatisticsEntry,
} from '../../../data/statistics/statisticsEntry';
import { STAGES } from '../../../domain/process/stages';
import { entry } from './statisticsFixtures';

describe('what a nomination counts as', () => {
  test.each([
    ['approved', 'awarded'],
    ['revoked', 'revoked'],
    ['rejected', 'notAwarded'],
    ['withdrawn', 'notAwarded'],
    ['cancelled', 'notAwarded'],
    ['appraisal', 'inProgress'],
    ['returned', 'inProgress'],
    ['forwarded', 'inProgress'],
  ] as const)('%s counts as %s', (stage, outcome) => {
    expect(outcomeOf(stage)).toBe(outcome);
  });

  test('every stage has an outcome', () => {
    for (const stage of STAGES) expect(outcomeOf(stage)).toBeDefined();
  });

  const nomination = {
    year: 2025,
    unitId: 'VCSDT',
    awardCode: 'CSTDCS',
    kind: 'merit',
    nominee: { kind: 'individual', personId: 'P-1' },
  };

  test("an individual counts by their person's gender and ethnic group, read once", () => {
    expect(personToLookUp(nomination)).toBe('P-1');
    const counted = entryOf(nomination, 'appraisal', { gender: 'male', ethnicityCode: '06' });
    expect(counted).toEqual(
      entry({ awardCode: 'CSTDCS', gender: 'male', ethnicity: '06', outcome: 'inProgress' }),
    );
    // Counted already under that person: their record is not read again, and not followed.
    const later = { ...nomination, statistics: { counted } };
    expect(personToLookUp(later)).toBeUndefined();
    expect(entryOf(later, 'approved', { gender: 'female', ethnicityCode: '01' })).toMatchObject({
      gender: 'male',
      ethnicity: '06',
      outcome: 'awarded',
    });
    // Resubmitted naming another person: that one is read.
    expect(personToLookUp({ ...later, nominee: { kind: 'individual', personId: 'P-2' } })).toBe(
      'P-2',
    );
  });

  test('a nomination stored without its kind counts as merit, the schema’s default', () => {
    expect(entryOf({ ...nomination, kind: undefined }, 'approved', null).kind).toBe('merit');
  });

  test('a collective, and an individual without a record, have their own rows', () => {
    expect(
      entryOf({ ...nomination, nominee: { kind: 'collective' } }, 'approved', undefined),
    ).toMatchObject({ gender: 'collective', ethnicity: 'collective' });
    expect(entryOf(nomination, 'approved', null)).toMatchObject({
      gender: 'unknown',
      ethnicity: 'unknown',
      personId: 'P-1',
    });
    expect(
      entryOf({ ...nomination, nominee: { kind: 'individual' } }, 'approved', undefined),
    ).toMatchObject({ gender: 'unknown', ethnicity: 'unknown' });
  });
});

describe('summary changes', () => {
  test('submission: one more nominated and in progress in every dimension, in one document', () => {
    const [change, ...none] = summaryChanges('n-1', null, entry());
    expect(none).toEqual([]);
    expect(change!.fields).toEqual({ year: 2025, unitId: 'VCSDT', shard: shardOf('n-1') });
    expect(change!.inc).toEqual({
      total: 1,
      'c.award.LDTT.nominated': 1,
      'c.award.LDTT.inProgress': 1,
      'c.kind.merit.nominated': 1,
      'c.kind.merit.inProgress': 1,
      'c.gender.female.nominated': 1,
      'c.gender.female.inProgress': 1,
      'c.ethnicity.03.nominated': 1,
      'c.ethnicity.03.inProgress': 1,
    });
  });

  test('a decision moves the outcome only: nominated and the total cancel out', () => {
    const [change] = summaryChanges('n-1', entry(), entry({ outcome: 'awarded' }));
    expect(change!.inc).toEqual({
      'c.award.LDTT.inProgress': -1,
      'c.award.LDTT.awarded': 1,
      'c.kind.merit.inProgress': -1,
      'c.kind.merit.awarded': 1,
      'c.gender.female.inProgress': -1,
      'c.gender.female.awarded': 1,
      'c.ethnicity.03.inProgress': -1,
      'c.ethnicity.03.awarded': 1,
    });
  });

  test('nothing changes: no document to write', () => {
    expect(summaryChanges('n-1', entry(), entry())).toEqual([]);
  });

  test('another year after a return: out of one year’s document, into the other’s', () => {
    const changes = summaryChanges('n-1', entry(), entry({ year: 2026 }));
    expect(changes.map((c) => [c._id.split(':')[0], c.inc.total])).toEqual([
      ['2025', -1],
      ['2026', 1],
    ]);
  });

  test('any sequence of entries sums to its last one', () => {
    const entries = fc.record({
      year: fc.constantFrom(2024, 2025),
      unitId: fc.constantFrom('A', 'B'),
      awardCode: fc.constantFrom('LDTT', 'CSTDCS'),
      kind: fc.constantFrom('merit', 'ad_hoc'),
      gender: fc.constantFrom('female', 'male', 'unknown'),
      ethnicity: fc.constantFrom('01', '03'),
      outcome: fc.constantFrom('awarded', 'notAwarded', 'inProgress', 'revoked' as const),
    });
    fc.assert(
      fc.property(fc.array(entries, { minLength: 1, maxLength: 6 }), (steps) => {
        const sums = new Map<string, number>();
        let previous: StatisticsEntry | null = null;
        for (const step of steps) {
          for (const change of summaryChanges('n-1', previous, step)) {
            for (const [path, value] of Object.entries(change.inc)) {
              const key = `${change._id}:${path}`;
              sums.set(key, (sums.get(key) ?? 0) + value);
            }
          }
          previous = step;
        }
        const expected = new Map<string, number>();
        for (const change of summaryChanges('n-1', null, previous)) {
          for (const [path, value] of Object.entries(change.inc)) {
            expected.set(`${change._id}:${path}`, value);
          }
        }
        expect(new Map([...sums].filter(([, value]) => value !== 0))).toEqual(expected);
      }),
    );
  });

  test('a shard is one of a few, the same for the same nomination', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const shard = shardOf(id);
        expect(shard).toBe(shardOf(id));
        expect(Number.isInteger(shard) && shard >= 0 && shard < SHARDS).toBe(true);
      }),
    );
  });

  test('any key is a safe field name and reads back the same', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const field = fieldOf(key);
        expect(field).not.toMatch(/[.$]/);
        expect(keyOf(field)).toBe(key);
      }),
    );
  });
});
