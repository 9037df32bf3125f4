import type { CommandStartedEvent, MongoClient } from 'mongodb';

/** The commands that read or write a collection's documents (not handshakes, not indexes). */
const DATA_COMMANDS = new Set([
  'find',
  'getMore',
  'aggregate',
  'count',
  'distinct',
  'insert',
  'update',
  'delete',
  'findAndModify',
]);
const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);

export interface OperationCount {
  /** Round trips to the database: every data command. */
  total: number;
  writes: number;
  /** Per `<collection> <command>`, most first. */
  byCollection: [string, number][];
  /**
   * Milliseconds the database took to answer (the driver's command durations), per
   * `<collection> <command>`, most first; from one counter (not added up across processes).
   */
  millisByCollection?: [string, number][];
}

/**
 * Counts the database operations a process sends through `client` (connected with
 * `monitorCommands`), by the driver's command monitoring: one per data command, so a bulk
 * write is one. `getMore` is counted under the collection of its cursor.
 */
export function countOperations(client: MongoClient) {
  const counts = new Map<string, number>();
  const cursors = new Map<string, string>();
  const millis = new Map<string, number>();
  const keys = new Map<number, string>();
  let total = 0;
  let writes = 0;
  const started = (event: CommandStartedEvent) => {
    if (!DATA_COMMANDS.has(event.commandName)) return;
    const collection =
      event.commandName === 'getMore'
        ? (cursors.get(String(event.command.getMore)) ?? String(event.command.collection))
        : String(event.command[event.commandName]);
    const key = `${collection} ${event.commandName}`;
    keys.set(event.requestId, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += 1;
    if (WRITES.has(event.commandName)) writes += 1;
  };
  const ended = (event: { requestId: number; duration: number }) => {
    const key = keys.get(event.requestId);
    if (key === undefined) return;
    keys.delete(event.requestId);
    millis.set(key, (millis.get(key) ?? 0) + event.duration);
  };
  const succeeded = (event: {
    commandName: string;
    reply: unknown;
    requestId: number;
    duration: number;
  }) => {
    ended(event);
    const cursor = (event.reply as { cursor?: { id?: unknown; ns?: string } }).cursor;
    if (cursor?.id && String(cursor.id) !== '0' && cursor.ns) {
      cursors.set(String(cursor.id), cursor.ns.slice(cursor.ns.indexOf('.') + 1));
    }
  };
  client.on('commandStarted', started);
  client.on('commandSucceeded', succeeded);
  client.on('commandFailed', ended);
  return {
    snapshot: (): OperationCount => ({
      total,
      writes,
      byCollection: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      millisByCollection: [...millis].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    }),
    reset: () => {
      counts.clear();
      millis.clear();
      total = 0;
      writes = 0;
    },
    stop: () => {
      client.off('commandStarted', started);
      client.off('commandSucceeded', succeeded);
      client.off('commandFailed', ended);
    },
  };
}
