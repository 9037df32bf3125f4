/**
 * Combines concurrent writes of one document within this process into batches: while one
 * batch is being written, the changes that arrive queue up, and the next batch writes them
 * all at once. Used where every write is read-modify-write under a document lock (the
 * desk's busiest day and its directory): twenty appraisals at once then take the lock a
 * few times instead of twenty, and none waits out the lock's timeout. Across processes the
 * document lock still serialises the batches. Nothing is kept between batches, so a
 * process that dies loses only the calls still waiting on it, which fail with it.
 */
export class WriteCombiner<C> {
  private readonly queues = new Map<string, { change: C; done: (error?: unknown) => void }[]>();

  /** @param writeBatch writes every change of a batch to the document `key`, in order. */
  constructor(private readonly writeBatch: (key: string, changes: C[]) => Promise<void>) {}

  /** Resolves once `change` is written (with the others of its batch); rejects if that failed. */
  write(key: string, change: C): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: unknown) => (error === undefined ? resolve() : reject(error));
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ change, done });
        return;
      }
      this.queues.set(key, [{ change, done }]);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    // The queue stays in the map while a batch is written, so later calls join it.
    for (;;) {
      const batch = this.queues.get(key)!.splice(0);
      if (batch.length === 0) {
        this.queues.delete(key);
        return;
      }
      let failure: unknown;
      try {
        await this.writeBatch(
          key,
          batch.map((b) => b.change),
        );
      } catch (error) {
        failure = error ?? new Error('write failed');
      }
      for (const waiter of batch) waiter.done(failure);
    }
  }
}
