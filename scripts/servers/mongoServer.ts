import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import {
  retryStartUp,
  startChild,
  stopChild,
  waitUntilReady,
  type RunningServer,
} from './childProcess';
import { freePort } from './freePort';
import { provisionedBinary } from './provisionedBinary';

interface MongoServerOptions {
  /** Folder for the database files and the log. */
  dataDir: string;
  port?: number;
  database: string;
}

/**
 * Starts the embedded MongoDB-wire server: FerretDB 1.x on SQLite, or, without Go,
 * mongod from mongodb-memory-server's official download. The returned address is a
 * full `mongodb://` URI including the database name.
 */
export function startMongoServer(options: MongoServerOptions): Promise<RunningServer> {
  return retryStartUp(() => startMongoOnce(options));
}

async function startMongoOnce(options: MongoServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const uri = `mongodb://127.0.0.1:${port}/${options.database}`;
  const binary = await provisionedBinary('ferretdb');
  if (!binary) return startDownloadedMongo(options, port, uri);

  const sqliteDir = join(options.dataDir, 'ferretdb');
  mkdirSync(sqliteDir, { recursive: true });
  const logFile = join(options.dataDir, 'ferretdb.log');
  const child = startChild(
    'ferretdb',
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${sqliteDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--debug-addr=127.0.0.1:${await freePort()}`,
      `--state-dir=${options.dataDir}`,
      '--telemetry=disable',
      '--log-level=warn',
    ],
    logFile,
  );
  await waitUntilReady('FerretDB', child, () => ping(uri), 60000, logFile);
  return { name: 'ferretdb', address: uri, pid: child.pid, stop: () => stopChild(child) };
}

async function ping(uri: string): Promise<void> {
  const connection = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 1000 });
  try {
    await connection.asPromise();
    await connection.db?.admin().ping();
  } finally {
    await connection.close();
  }
}

async function startDownloadedMongo(
  options: MongoServerOptions,
  port: number,
  uri: string,
): Promise<RunningServer> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = join(options.dataDir, 'mongod');
  mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { ip: '127.0.0.1', port, dbPath, storageEngine: 'wiredTiger' },
  });
  return {
    name: 'mongod',
    address: uri,
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}
