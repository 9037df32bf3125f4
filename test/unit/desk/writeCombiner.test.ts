import { WriteCombiner } from '../../../data/writeCombiner';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteCombiner', () => {
  test('changes arriving while a batch is written go together in the next, in order', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const combiner = new WriteCombiner<string>(async (_key, changes) => {
      batches.push(changes);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = combiner.write('day', 'a');
    await tick();
    const rest = ['b', 'c', 'd'].map((c) => combiner.write('day', c));
    await tick();
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  test('documents are written independently', async () => {
    const keys: string[] = [];
    const combiner = new WriteCombiner<number>(async (key) => {
      keys.push(key);
    });
    await Promise.all([combiner.write('x', 1), combiner.write('y', 2)]);
    expect(keys.sort()).toEqual(['x', 'y']);
  });

  test('a failed batch rejects its own callers only; the next batch still runs', async () => {
    const combiner = new WriteCombiner<string>(async (_key, changes) => {
      if (changes.includes('bad')) throw new Error('lock timed out');
    });
    const bad = combiner.write('day', 'bad');
    const good = (async () => {
      await tick();
      return combiner.write('day', 'good');
    })();
    await expect(bad).rejects.toThrow('lock timed out');
    await expect(good).resolves.toBeUndefined();
    await expect(combiner.write('day', 'later')).resolves.toBeUndefined();
  });
});
