import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mongoose from 'mongoose';
import {
  ARCHIVE_FORMAT,
  EJSON,
  TEMPORAL_FILE,
  documentsFile,
  embeddedDefaults,
  run,
  vietnamTime,
  type CollectionEntry,
  type Manifest,
} from './backup/archive';

/**
 * Every collection of the database, as canonical EJSON lines (types kept: ObjectId, Date,
 * Decimal128…) with its index specifications. The driver, not mongodump: the Go module proxy
 * here does not serve github.com/mongodb/mongo-tools (README, "Operating it").
 */
async function dumpDatabase(
  uri: string,
  dir: string,
): Promise<{ database: Manifest['database']; submitting: string[] }> {
  const connection = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 5000 })
    .asPromise();
  try {
    const db = connection.db!;
    const info = await db.admin().command({ buildInfo: 1 });
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((c) => c.name)
      .filter((name) => !name.startsWith('system.'))
      .sort();
    mkdirSync(join(dir, 'db'));
    const collections: CollectionEntry[] = [];
    const submitting: string[] = [];
    for (const name of names) {
      const collection = db.collection(name);
      const indexes = (await collection.listIndexes().toArray()) as Record<string, unknown>[];
      const out = createWriteStream(join(dir, documentsFile(name)));
      let documents = 0;
      for await (const doc of collection.find({}, { sort: { _id: 1 } })) {
        if (!out.write(EJSON.stringify(doc, { relaxed: false }) + '\n')) await once(out, 'drain');
        documents += 1;
        if (name === 'nominations' && doc.stage === 'draft' && doc.workflowId) {
          submitting.push(String(doc.workflowId));
        }
      }
      out.end();
      await once(out, 'finish');
      collections.push({ name, documents, indexes });
    }
    return {
      database: {
        name: db.databaseName,
        serverVersion: String(info.version),
        tool: `mongodb driver ${driverVersion()}, canonical EJSON`,
        collections,
      },
      submitting,
    };
  } finally {
    await connection.close();
  }
}

function driverVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('mongodb/package.json') as { version: string }).version;
}

/**
 * Holds Temporal's SQLite write lock (`BEGIN IMMEDIATE` in a sqlite3 session) until the returned
 * function is called: no workflow step can be recorded meanwhile, so the database read inside
 * the hold can only be ahead of Temporal by an activity whose completion Temporal has not
 * recorded, and Temporal runs that activity again after a restore (activities are idempotent).
 */
async function holdTemporal(file: string): Promise<() => Promise<void>> {
  const session = spawn('sqlite3', ['-batch', file], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  session.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(session, 'exit');
  // Temporal's own writes are short; waiting 30 s for one covers a busy server.
  session.stdin.write(".timeout 30000\nBEGIN IMMEDIATE;\nSELECT 'held';\n");
  const held = new Promise<void>((resolve) =>
    session.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()),
  );
  await Promise.race([
    held,
    exited.then(() => Promise.reject(new Error(`sqlite3 could not lock ${file}: ${stderr}`))),
  ]);
  return async () => {
    session.stdin.end('ROLLBACK;\n');
    await exited;
  };
}

/** Temporal's file copied with `VACUUM INTO`: one read transaction, a consistent copy. */
async function copyTemporal(
  source: string,
  dir: string,
): Promise<NonNullable<Manifest['temporal']>> {
  mkdirSync(join(dir, 'temporal'));
  const target = join(dir, 'temporal', TEMPORAL_FILE);
  await run('sqlite3', [source, `VACUUM INTO '${target.replaceAll("'", "''")}'`]);
  const { stdout } = await run('sqlite3', ['--version']);
  return {
    file: TEMPORAL_FILE,
    bytes: statSync(target).size,
    tool: `sqlite3 ${stdout.split(' ')[0]}`,
  };
}

/** Workflow IDs that Temporal's copied file holds (its SQL schema's `current_executions`). */
async function workflowsIn(copy: string): Promise<Set<string>> {
  const { stdout } = await run('sqlite3', [copy, 'SELECT workflow_id FROM current_executions'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return new Set(stdout.split('\n').filter(Boolean));
}

const CUT_ATTEMPTS = 5;
/** A draft named by this many cuts in a row is not in flight: its submission failed before. */
const SAME_CUTS = 3;

/**
 * The database, and on the embedded default Temporal's file, read while Temporal is held still
 * (see holdTemporal), so the workflows in the archive are never ahead of their read model. A
 * submission writes its nomination's workflowId before it starts the workflow; a cut between the
 * two would restore a submitted draft without its workflow, so such a cut is taken again a
 * second later, when the submission has finished. A draft left so by an earlier failure
 * (reconcile reports it on the live system too) stays as it is, with a warning.
 */
async function snapshot(staging: string): Promise<Pick<Manifest, 'database' | 'temporal'>> {
  const { mongoUri, dataDir, embedded } = embeddedDefaults();
  if (!embedded) {
    return { database: (await dumpDatabase(mongoUri, staging)).database, temporal: null };
  }
  const file = join(dataDir, TEMPORAL_FILE);
  const seen: string[] = [];
  for (let attempt = 1; attempt <= CUT_ATTEMPTS; attempt += 1) {
    if (attempt > 1) {
      for (const part of ['db', 'temporal']) rmSync(join(staging, part), { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const release = await holdTemporal(file);
    let cut: Pick<Manifest, 'database' | 'temporal'> & { submitting: string[] };
    try {
      const { database, submitting } = await dumpDatabase(mongoUri, staging);
      cut = { database, submitting, temporal: await copyTemporal(file, staging) };
    } finally {
      await release();
    }
    const started = await workflowsIn(join(staging, 'temporal', TEMPORAL_FILE));
    const unstarted = cut.submitting.filter((id) => !started.has(id)).join(', ');
    seen.push(unstarted);
    const settled =
      seen.length >= SAME_CUTS && seen.slice(-SAME_CUTS).every((u) => u === unstarted);
    if (unstarted && settled) {
      console.warn(
        `Hồ sơ đã nộp nhưng chưa có quy trình / submitted drafts without a workflow: ${unstarted}`,
      );
    }
    if (!unstarted || settled) return { database: cut.database, temporal: cut.temporal };
  }
  throw new Error(
    `Không có thời điểm sao lưu nhất quán sau ${CUT_ATTEMPTS} lần (hồ sơ đang nộp: ${seen.at(-1)}). / ` +
      `No consistent cut after ${CUT_ATTEMPTS} tries (submissions in flight: ${seen.at(-1)}).`,
  );
}

/**
 * `npm run backup [-- --out <folder>]`: one dated tar.gz of the database and, on the embedded
 * default (no TEMPORAL_ADDRESS), of Temporal's data. Prints the archive's path.
 */
async function backup(outDir: string): Promise<string> {
  const staging = mkdtempSync(join(tmpdir(), 'tdkt-backup-'));
  try {
    const now = new Date();
    const { database, temporal } = await snapshot(staging);
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      createdAt: now.toISOString(),
      createdAtVn: vietnamTime(now),
      database,
      temporal,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      application: `tdkt-flow ${(require('../package.json') as { version: string }).version}`,
    };
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    mkdirSync(outDir, { recursive: true });
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const archive = resolve(outDir, `tdkt-backup-${stamp}.tar.gz`);
    await run('tar', ['-czf', archive, '-C', staging, '.']);
    for (const c of database.collections) console.log(`${c.name}\t${c.documents}`);
    console.log(`Đã sao lưu / backed up: ${archive}`);
    return archive;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? process.argv[at + 1] : join(embeddedDefaults().dataDir, 'backups');
  backup(outDir).then(
    () => process.exit(0),
    (error: unknown) => {
      const noSqlite = (error as { code?: string; path?: string }).path === 'sqlite3';
      console.error(
        noSqlite
          ? 'Cần lệnh sqlite3 để sao lưu Temporal (apt-get install sqlite3). / ' +
              'Backing up Temporal needs the sqlite3 command (apt-get install sqlite3).'
          : error,
      );
      process.exit(2);
    },
  );
}
