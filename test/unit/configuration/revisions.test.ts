import type { Model } from 'mongoose';
import { keptUntilNextRevision } from '../../../data/configuration/revisions';

/**
 * A value built from configuration revisions is kept per process; each use asks once whether
 * any of its series has a next revision (the revisions themselves are never rewritten).
 */
describe('keptUntilNextRevision', () => {
  /** Revisions stored, as `_id`s; `exists` answers a filter `{ _id: { $in } }` or `{ _id }`. */
  function store(ids: string[]) {
    const asked: unknown[] = [];
    const model = {
      exists: async (filter: { _id: string | { $in: string[] } }) => {
        asked.push(filter);
        const wanted = typeof filter._id === 'string' ? [filter._id] : filter._id.$in;
        return wanted.some((id) => ids.includes(id)) ? { _id: wanted[0] } : null;
      },
    } as unknown as Pick<Model<never>, 'exists'>;
    return { ids, asked, model };
  }

  /** Two series (two rule sets), each at its latest stored revision. */
  const loader = (stored: ReturnType<typeof store>) => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      const latest = (series: string) =>
        Math.max(
          0,
          ...stored.ids
            .filter((id) => id.startsWith(`${series}:`))
            .map((id) => Number(id.split(':')[1])),
        );
      return {
        value: `A${latest('A')} B${latest('B')}`,
        nextIds: [`A:${latest('A') + 1}`, `B:${latest('B') + 1}`],
      };
    };
    return { load, loads: () => loads };
  };

  test('one read per use, however many series; a next revision of any series is seen at the next use', async () => {
    const stored = store(['A:1']);
    const { load, loads } = loader(stored);
    const current = keptUntilNextRevision(stored.model, load);
    expect(await current()).toBe('A1 B0');
    stored.asked.length = 0;
    expect(await current()).toBe('A1 B0');
    expect(await current()).toBe('A1 B0');
    expect(stored.asked).toEqual([
      { _id: { $in: ['A:2', 'B:1'] } },
      { _id: { $in: ['A:2', 'B:1'] } },
    ]);
    expect(loads()).toBe(1);

    stored.ids.push('B:1');
    expect(await current()).toBe('A1 B1');
    expect(loads()).toBe(2);
  });
});
