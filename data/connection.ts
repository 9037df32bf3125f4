import mongoose from 'mongoose';
import { traceDatabaseCommands } from '../observability/databaseSpans';

/**
 * One connection per process. `autoIndex` builds the indexes each schema declares,
 * so every query the API makes has its index on a fresh database.
 */
export async function connectDatabase(
  uri: string,
  options: { traceCommands?: boolean } = {},
): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, {
    autoIndex: true,
    serverSelectionTimeoutMS: 5000,
    // The driver's command events make the traces' database spans. Without tracing the URI
    // decides (the operation counts of tests and benchmarks ask with `monitorCommands=true`).
    ...(options.traceCommands ? { monitorCommands: true } : {}),
  });
  if (options.traceCommands) traceDatabaseCommands(mongoose.connection.getClient());
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return mongoose;
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}
