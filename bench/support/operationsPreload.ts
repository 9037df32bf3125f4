/**
 * Loaded with `node --require` into the worker and the API by the bench stack (never by the
 * product): counts the database operations the process sends through Mongoose's connection
 * (its URI carries `monitorCommands=true`) and, on SIGWINCH, writes the counts so far to
 * `BENCH_OPERATIONS_FILE`, so the benchmark can take them before and after a phase.
 */
import { renameSync, writeFileSync } from 'node:fs';
import mongoose from 'mongoose';
import { countOperations } from './operationCounter';

const file = process.env.BENCH_OPERATIONS_FILE;
if (file) {
  let counter: ReturnType<typeof countOperations> | undefined;
  let snapshots = 0;
  mongoose.connection.on('connected', () => {
    counter ??= countOperations(mongoose.connection.getClient());
  });
  // SIGWINCH: ignored by default and unused here; Temporal's runtime shuts its workers down
  // on SIGUSR2, and SIGUSR1 opens Node's inspector.
  process.on('SIGWINCH', () => {
    snapshots += 1;
    const counts = counter?.snapshot() ?? { total: 0, writes: 0, byCollection: [] };
    // A reader never sees half a file: it appears whole under its name.
    writeFileSync(`${file}.tmp`, JSON.stringify({ snapshot: snapshots, ...counts }));
    renameSync(`${file}.tmp`, file);
  });
}
