import type { Model } from 'mongoose';
import { CHECK_VOUCHES_MS, keptUntilNextRevision } from '../../../data/configuration/revisions';

/**
 * A value built from configuration revisions is kept per process; a check asks once whether
 * any of its series has a next revision (the revisions themselves are never rewritten), and
 * vouches for the value for CHECK_VOUCHES_MS from when it was sent.
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

  test('one read per check, however many series; a next revision of any series is seen at the first check after it', async () => {
    const stored = store(['A:1']);
    const { load, loads } = loader(stored);
    let clock = 0;
    const current = keptUntilNextRevision(stored.model, load, () => clock);
    expect(await current()).toBe('A1 B0');
    stored.asked.length = 0;
    clock += CHECK_VOUCHES_MS;
    expect(await current()).toBe('A1 B0');
    clock += CHECK_VOUCHES_MS;
    expect(await current()).toBe('A1 B0');
    expect(stored.asked).toEqual([
      { _id: { $in: ['A:2', 'B:1'] } },
      { _id: { $in: ['A:2', 'B:1'] } },
    ]);
    expect(loads()).toBe(1);

    stored.ids.push('B:1');
    clock += CHECK_VOUCHES_MS;
    expect(await current()).toBe('A1 B1');
    expect(loads()).toBe(2);
  });

  test('a check vouches for CHECK_VOUCHES_MS from when it was sent: uses within share it, even under way', async () => {
    const stored = store([]);
    const { load, loads } = loader(stored);
    let clock = 0;
    const current = keptUntilNextRevision(stored.model, load, () => clock);
    await current();
    stored.asked.length = 0;
    clock += CHECK_VOUCHES_MS;
    const [first, second] = [current(), current()];
    stored.ids.push('A:1'); // stored after the check was sent: it may vouch for the old value
    clock += CHECK_VOUCHES_MS - 1;
    expect(await Promise.all([first, second, current()])).toEqual(['A0 B0', 'A0 B0', 'A0 B0']);
    expect(stored.asked).toHaveLength(1);
    clock += 1; // and no longer
    expect(await current()).toBe('A1 B0');
    expect(loads()).toBe(2);
  });

  test('a failed check vouches for nothing: the next use checks again', async () => {
    const stored = store([]);
    const { load } = loader(stored);
    let clock = 0;
    const current = keptUntilNextRevision(stored.model, load, () => clock);
    await current();
    const exists = stored.model.exists.bind(stored.model);
    let down = true;
    stored.model.exists = ((filter: never) =>
      down ? Promise.reject(new Error('down')) : exists(filter)) as never;
    clock += CHECK_VOUCHES_MS;
    await expect(current()).rejects.toThrow('down');
    down = false;
    await expect(current()).resolves.toBe('A0 B0');
    expect(stored.asked).toHaveLength(1);
  });
});
