import mongoose from 'mongoose';
import { withDocumentLock } from '../../data/documentLock';
import { startTestStack, type TestStack } from '../harness/testStack';

const locks = () =>
  mongoose.connection.db!.collection<{ _id: string; token: string; expiresAt: Date }>(
    'document_locks',
  );

/** Concurrent updates of one document, on the real database the tests run against. */
describe('withDocumentLock', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  test('50 concurrent $inc under the lock all count', async () => {
    const counters = mongoose.connection.db!.collection<{
      _id: string;
      n: number;
      voters: string[];
    }>('lock_test');
    await counters.insertOne({ _id: 'box', n: 0, voters: [] });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        withDocumentLock('lock-test:box', () =>
          counters.updateOne(
            { _id: 'box', voters: { $ne: `m${i}` } },
            { $inc: { n: 1 }, $push: { voters: `m${i}` } },
          ),
        ),
      ),
    );
    const box = await counters.findOne({ _id: 'box' });
    expect(box).toMatchObject({ n: 50 });
    expect(box!.voters).toHaveLength(50);
  });

  test('a lock left by a holder that died is taken once its lease expires', async () => {
    await locks().insertOne({
      _id: 'dead-holder',
      token: 'gone',
      expiresAt: new Date(Date.now() - 1000),
    });
    await expect(withDocumentLock('dead-holder', async () => 'ran')).resolves.toBe('ran');
    expect(await locks().countDocuments({ _id: 'dead-holder' })).toBe(0);
  });

  test('many waiters on a lock left by a dead holder: exactly one at a time takes it', async () => {
    // After a worker's `kill -9` every lock it held expires while others queue for them.
    // FerretDB deletes by reading and then deleting by `_id`, so two waiters clearing one
    // expired lease could each think the lock theirs (seen as desk drift after the kill).
    for (let round = 0; round < 30; round += 1) {
      const name = `crowded-dead-holder-${round}`;
      await locks().insertOne({ _id: name, token: 'gone', expiresAt: new Date(Date.now() - 1) });
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 12 }, () =>
          withDocumentLock(name, async () => {
            inside += 1;
            most = Math.max(most, inside);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inside -= 1;
          }),
        ),
      );
      expect(most).toBe(1);
    }
    expect(await locks().countDocuments({ _id: /^crowded-dead-holder/ })).toBe(0);
  });

  test('a live holder that outlasts its lease keeps the lock (the lease is renewed)', async () => {
    const order: string[] = [];
    const slowHolder = withDocumentLock(
      'slow-holder',
      async () => {
        order.push('slow starts');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        order.push('slow ends');
      },
      { leaseMs: 300 },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = withDocumentLock('slow-holder', async () => order.push('second runs'), {
      leaseMs: 300,
      waitMs: 5000,
    });
    await Promise.all([slowHolder, second]);
    expect(order).toEqual(['slow starts', 'slow ends', 'second runs']);
  });

  test('an error inside releases the lock', async () => {
    await expect(
      withDocumentLock('failing', async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    await expect(withDocumentLock('failing', async () => 'again', { waitMs: 500 })).resolves.toBe(
      'again',
    );
  });
});
