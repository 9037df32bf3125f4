import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';
import type { RunningServer } from './servers/childProcess';
import { startMongoServer } from './servers/mongoServer';
import {
  ARCHIVE_FORMAT,
  EJSON,
  TEMPORAL_FILE,
  documentsFile,
  embeddedDefaults,
  run,
  type Manifest,
} from './backup/archive';

const BATCH = 500;

/** A refusal the command prints as is (Vietnamese, then English) and exits 1 on. */
class RestoreRefused extends Error {}

async function restoreDatabase(
  uri: string,
  dir: string,
  manifest: Manifest,
  force: boolean,
): Promise<void> {
  const connection = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 5000 })
    .asPromise();
  try {
    const db = connection.db!;
    const existing = (await db.listCollections({}, { nameOnly: true }).toArray()).filter(
      (c) => !c.name.startsWith('system.'),
    );
    let nonEmpty = 0;
    for (const c of existing)
      nonEmpty += (await db.collection(c.name).estimatedDocumentCount()) > 0 ? 1 : 0;
    if (nonEmpty > 0 && !force) {
      throw new RestoreRefused(
        `Cơ sở dữ liệu ${db.databaseName} không trống (${nonEmpty} bộ sưu tập có dữ liệu); ` +
          `thêm --force để xoá và khôi phục đè. / Database ${db.databaseName} is not empty ` +
          `(${nonEmpty} collections hold documents); add --force to drop it and restore over it.`,
      );
    }
    await db.dropDatabase();
    for (const entry of manifest.database.collections) {
      const collection = await db.createCollection(entry.name);
      // Indexes before documents: a unique key then refuses a duplicate as it did before.
      const specs = entry.indexes
        .filter((spec) => spec.name !== '_id_')
        .map(({ v: _v, ns: _ns, key, ...options }) => ({
          key: key as Record<string, 1 | -1>,
          ...options,
        }));
      if (specs.length) await collection.createIndexes(specs);
      let batch: Record<string, unknown>[] = [];
      const lines = createInterface({
        input: createReadStream(join(dir, documentsFile(entry.name))),
      });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(EJSON.parse(line, { relaxed: false }) as Record<string, unknown>);
        if (batch.length === BATCH) {
          await collection.insertMany(batch, { ordered: true });
          batch = [];
        }
      }
      if (batch.length) await collection.insertMany(batch, { ordered: true });
      const count = await collection.countDocuments();
      if (count !== entry.documents) {
        throw new Error(
          `${entry.name}: restored ${count} documents, the archive holds ${entry.documents}`,
        );
      }
      console.log(`${entry.name}\t${count}`);
    }
  } finally {
    await connection.close();
  }
}

/** Where Temporal's file goes back, or a refusal if one is there and `force` is not given. */
function temporalTarget(dataDir: string, force: boolean): string {
  const target = join(dataDir, TEMPORAL_FILE);
  if (existsSync(target) && !force) {
    throw new RestoreRefused(
      `Đã có dữ liệu Temporal tại ${target}; thêm --force để ghi đè. / ` +
        `Temporal data already exists at ${target}; add --force to overwrite it.`,
    );
  }
  return target;
}

/** The dev server must be stopped: its file is replaced, not merged. */
function restoreTemporal(dir: string, target: string): void {
  // A WAL left from the old file would be replayed onto the restored one.
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  copyFileSync(join(dir, 'temporal', TEMPORAL_FILE), target);
}

/** True when something listens at the URI's host and port (`npm start` still running). */
function answers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 27017) });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/**
 * `npm run restore -- <archive> [--force]`, with `npm start` stopped: on the embedded default
 * (no MONGODB_URI) it starts FerretDB on the data folder itself, puts back every collection
 * with its indexes, then Temporal's file; against MONGODB_URI it restores into that database.
 * Refuses a non-empty database or an existing Temporal file unless `--force`.
 */
async function restore(archive: string, force: boolean): Promise<void> {
  const { mongoUri, dataDir, embedded } = embeddedDefaults();
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-restore-'));
  let server: RunningServer | undefined;
  try {
    await run('tar', ['-xzf', archive, '-C', dir]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== ARCHIVE_FORMAT) {
      throw new RestoreRefused(
        `Không nhận dạng được bản sao lưu (${manifest.format}). / Unknown archive format (${manifest.format}).`,
      );
    }
    const temporal = manifest.temporal && embedded ? temporalTarget(dataDir, force) : undefined;
    let uri = mongoUri;
    if (!process.env.MONGODB_URI) {
      if (await answers(mongoUri)) {
        throw new RestoreRefused(
          `Hãy dừng npm start trước khi khôi phục (${mongoUri} đang chạy). / ` +
            `Stop npm start before restoring (${mongoUri} is answering).`,
        );
      }
      server = await startMongoServer({ dataDir, database: manifest.database.name });
      uri = server.address;
    }
    await restoreDatabase(uri, dir, manifest, force);
    if (temporal) restoreTemporal(dir, temporal);
    console.log(
      `Đã khôi phục bản sao lưu ngày ${manifest.createdAtVn} / restored the backup of ${manifest.createdAt}`,
    );
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const archive = args.find((a) => !a.startsWith('--'));
  if (!archive) {
    console.error('Cách dùng / usage: npm run restore -- <archive.tar.gz> [--force]');
    process.exit(2);
  }
  restore(archive, args.includes('--force')).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof RestoreRefused ? error.message : error);
      process.exit(error instanceof RestoreRefused ? 1 : 2);
    },
  );
}
