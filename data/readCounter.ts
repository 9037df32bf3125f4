import type { CommandStartedEvent, CommandSucceededEvent, MongoClient } from 'mongodb';

/** What one collection was asked for while counting. */
export interface CollectionReads {
  /** Commands whose filter is exactly `{_id: <value>}`: FerretDB 1.x pushes these to SQLite. */
  idLookups: number;
  /** Every other find, count, distinct or aggregate: FerretDB 1.x reads the whole collection. */
  scans: number;
  /** Documents the server sent back. */
  returned: number;
  /** The filters of the scans, for a failing test's message. */
  scanFilters: string[];
}

const READS = new Set(['find', 'aggregate', 'count', 'distinct']);

/** `{_id: 'x'}` or `{_id: ObjectId}`, nothing else (not `$in`, not a second field). */
export function isIdLookup(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return false;
  const value = (filter as { _id: unknown })._id;
  return typeof value === 'string' || (value as { _bsontype?: string })?._bsontype === 'ObjectId';
}

function filterOf(event: CommandStartedEvent): unknown {
  const command = event.command;
  if (event.commandName === 'aggregate') return undefined;
  return command.filter ?? command.query ?? {};
}

/**
 * Counts, per collection, the reads the process sends through `client` (which must have
 * been connected with `monitorCommands`), so a test or benchmark can tell a read that
 * grows with the page from one that reads the collection.
 */
export function countReads(client: MongoClient) {
  const reads = new Map<string, CollectionReads>();
  const pending = new Map<number, CollectionReads>();
  const cursors = new Map<string, CollectionReads>();
  const of = (collection: string) => {
    const found = reads.get(collection);
    if (found) return found;
    const fresh = { idLookups: 0, scans: 0, returned: 0, scanFilters: [] };
    reads.set(collection, fresh);
    return fresh;
  };
  const started = (event: CommandStartedEvent) => {
    if (event.commandName === 'getMore') {
      const target = cursors.get(String(event.command.getMore));
      if (target) pending.set(event.requestId, target);
      return;
    }
    if (!READS.has(event.commandName)) return;
    const target = of(String(event.command[event.commandName]));
    const filter = filterOf(event);
    if (isIdLookup(filter)) target.idLookups += 1;
    else {
      target.scans += 1;
      target.scanFilters.push(
        JSON.stringify(filter ?? event.command.pipeline?.[0] ?? {}).slice(0, 200),
      );
    }
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
