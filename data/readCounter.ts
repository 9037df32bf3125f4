import type { CommandStartedEvent, CommandSucceededEvent, MongoClient } from 'mongodb';

/** What one collection was asked for while counting. */
export interface CollectionReads {
  /** find, count, distinct, aggregate and their getMore commands. */
  commands: number;
  /** Documents the server sent back. */
  returned: number;
  /** The filters (or first pipeline stages) asked, for a failing test's message. */
  filters: string[];
}

const READS = new Set(['find', 'aggregate', 'count', 'distinct']);

/**
 * Counts, per collection, the reads the process sends through `client` (which must have
 * been connected with `monitorCommands`) and the documents they return, so a test or
 * benchmark can tell a read that grows with the page from one that grows with the collection.
 */
export function countReads(client: MongoClient) {
  const reads = new Map<string, CollectionReads>();
  const pending = new Map<number, CollectionReads>();
  const cursors = new Map<string, CollectionReads>();
  const of = (collection: string) => {
    const found = reads.get(collection);
    if (found) return found;
    const fresh = { commands: 0, returned: 0, filters: [] };
    reads.set(collection, fresh);
    return fresh;
  };
  const started = (event: CommandStartedEvent) => {
    const command = event.command;
    let target: CollectionReads | undefined;
    if (event.commandName === 'getMore') target = cursors.get(String(command.getMore));
    else if (READS.has(event.commandName)) {
      target = of(String(command[event.commandName]));
      const asked = command.filter ?? command.query ?? command.pipeline?.[0] ?? {};
      target.filters.push(JSON.stringify(asked).slice(0, 200));
    }
    if (!target) return;
    target.commands += 1;
    pending.set(event.requestId, target);
  };
  const succeeded = (event: CommandSucceededEvent) => {
    const target = pending.get(event.requestId);
    if (!target) return;
    pending.delete(event.requestId);
    const cursor = (
      event.reply as { cursor?: { id?: unknown; firstBatch?: unknown[]; nextBatch?: unknown[] } }
    ).cursor;
    if (!cursor) return;
    target.returned += (cursor.firstBatch ?? cursor.nextBatch ?? []).length;
    if (cursor.id && String(cursor.id) !== '0') cursors.set(String(cursor.id), target);
  };
  client.on('commandStarted', started);
  client.on('commandSucceeded', succeeded);
  return {
    /** What was read since the last reset. */
    snapshot: (): Record<string, CollectionReads> => Object.fromEntries(reads),
    reset: () => {
      reads.clear();
      cursors.clear();
    },
    stop: () => {
      client.off('commandStarted', started);
      client.off('commandSucceeded', succeeded);
    },
  };
}
