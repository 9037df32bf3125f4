import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import type { Manifest } from '../../scripts/backup/archive';
import { reconcileNominations } from '../../scripts/reconcile/reconcileNominations';
import { repoRoot } from '../../config/repoRoot';
import { useFaultStack } from './harness/useFaultStack';
import { until } from './harness/timing';
import { underBotLoad } from './harness/underBotLoad';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` as an administrator types it, with only `env` set. */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      { cwd: repoRoot(), env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function readManifest(archive: string): Manifest {
  const text = execFileSync('tar', ['-xzOf', archive, './manifest.json'], { encoding: 'utf8' });
  return JSON.parse(text) as Manifest;
}

/**
 * Issue #17 item 6: `npm run backup` while the bots drive nominations, then the database and
 * Temporal's files wiped, `npm run restore`, and everything as it was at the backup: every
 * collection with its documents and indexes, the nominations approved before it, the audit
 * chain verifying (`npm run audit:verify`) and the read model agreeing with the restored
 * workflows (`npm run reconcile`).
 */
describe('backup under load, wipe, restore', () => {
  const stack = useFaultStack();

  test('nothing the backup saw is lost and the records agree', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tdkt-backups-'));
    const backupEnv = { MONGODB_URI: stack().mongoUri, TDKT_DATA_DIR: stack().dataDir };
    let approvedBefore: string[] = [];
    let auditBefore = 0;
    let backup: Outcome | undefined;
    await underBotLoad(stack(), 'backup', async () => {
      approvedBefore = (await NominationModel.find({ stage: 'approved' }, { _id: 1 }).lean()).map(
        (n) => String(n._id),
      );
      auditBefore = await AuditEntryModel.countDocuments();
      backup = await npmRun('backup', ['--out', out], backupEnv);
    });
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const [archiveName] = readdirSync(out);
    expect(archiveName).toMatch(/^tdkt-backup-\d{8}T\d{6}Z\.tar\.gz$/);
    const archive = join(out, archiveName);
    const manifest = readManifest(archive);
    expect(manifest.createdAtVn).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(manifest.temporal?.bytes).toBeGreaterThan(0);
    const saved = new Map(manifest.database.collections.map((c) => [c.name, c]));
    expect(saved.get('nominations')?.documents).toBeGreaterThanOrEqual(approvedBefore.length);
    expect(saved.get('audit_log')?.documents).toBeGreaterThanOrEqual(auditBefore);

    // Over live data it refuses, in both languages, and changes nothing: Temporal's file on
    // the embedded default, the database when Temporal is someone else's server.
    const overTemporal = await npmRun('restore', [archive], backupEnv);
    expect(overTemporal.code).toBe(1);
    expect(overTemporal.stderr).toContain('Đã có dữ liệu Temporal');
    expect(overTemporal.stderr).toContain('Temporal data already exists');
    const overDatabase = await npmRun('restore', [archive], {
      ...backupEnv,
      TEMPORAL_ADDRESS: stack().temporalAddress,
    });
    expect(overDatabase.code).toBe(1);
    expect(overDatabase.stderr).toContain('không trống');
    expect(overDatabase.stderr).toContain('is not empty');

    // Wipe: every process stopped, the database's and Temporal's files gone.
    await Promise.all([stack().worker.stop(), stack().api.stop()]);
    await Promise.all([stack().database.stop(), stack().temporal.stop()]);
    rmSync(join(stack().dataDir, 'ferretdb'), { recursive: true, force: true });
    for (const file of readdirSync(stack().dataDir).filter((f) =>
      f.startsWith('temporal.sqlite'),
    )) {
      rmSync(join(stack().dataDir, file));
    }
    const restored = await npmRun('restore', [archive], {
      TDKT_DATA_DIR: stack().dataDir,
      TDKT_MONGO_PORT: new URL(stack().mongoUri).port,
    });
    expect(restored).toMatchObject({ code: 0, stderr: '' });

    await Promise.all([stack().database.start(), stack().temporal.start()]);
    stack().worker.start();
    stack().api.start();

    const db = mongoose.connection.db!;
    for (const entry of manifest.database.collections) {
      const collection = db.collection(entry.name);
      expect({ name: entry.name, documents: await collection.countDocuments() }).toEqual({
        name: entry.name,
        documents: entry.documents,
      });
      const names = (await collection.listIndexes().toArray()).map((i) => String(i.name)).sort();
      expect(names).toEqual(entry.indexes.map((i) => String(i.name)).sort());
    }
    const approvedAfter = await NominationModel.find(
      { _id: { $in: approvedBefore }, stage: 'approved' },
      { _id: 1 },
    ).lean();
    expect(approvedAfter).toHaveLength(approvedBefore.length);

    // A step whose activity had started at the backup is run again once its start-to-close
    // timeout (30 s) has passed in the restored Temporal; then the read model has caught up.
    let drift: unknown[] = [];
    await until(
      'the restored workflows have redone the steps in flight at the backup',
      async () => {
        drift = (await reconcileNominations(stack().client)).drift;
        return drift.length === 0;
      },
      120_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(drift)}`);
    });
    const serverEnv = {
      MONGODB_URI: stack().mongoUri,
      TEMPORAL_ADDRESS: stack().temporalAddress,
      TEMPORAL_TASK_QUEUE: 'tdkt-fault',
    };
    const audit = await npmRun('audit:verify', [], serverEnv);
    expect(audit.stdout).toContain('Chuỗi nhật ký toàn vẹn / the chain is intact');
    expect(audit.code).toBe(0);
    const reconcile = await npmRun('reconcile', [], serverEnv);
    expect(reconcile.stdout).toContain('Không có sai lệch / no drift');
    expect(reconcile.code).toBe(0);
    rmSync(out, { recursive: true, force: true });
  });
});
