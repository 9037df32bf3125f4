import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { activities } from '../../../activities';
import { AuditAppender, GATHER_MS, auditLog } from '../../../audit/appendAuditEntry';
import type { AuditEntryInput } from '../../../audit/auditEntry';
import { sealEntry, type ChainedDocument } from '../../../audit/chain';
import { verifyAuditLog } from '../../../audit/verifyAuditLog';
import { auditSettings } from '../../../audit/auditSettings';
import { startCheckpoints } from '../../../audit/checkpoint';
import { repoRoot } from '../../../config/repoRoot';
import { SYSTEM_ACTOR } from '../../../domain/process/roles';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

const entry = (key: string): AuditEntryInput => ({
  key,
  at: new Date(),
  source: 'workflow',
  action: 'test.append',
  actor: { ...SYSTEM_ACTOR },
  summary: { vi: `Bản ghi thử ${key}`, en: `Test entry ${key}` },
  objects: [],
  nominationIds: [],
});

const log = () => AuditEntryModel.collection;
/** The log's last entry. */
const last = async () => {
  const [doc] = await log()
    .find<ChainedDocument>({}, { sort: { _id: -1 }, limit: 1 })
    .toArray();
  return { seq: doc!._id, hash: doc!.hash };
};
const all = () =>
  log()
    .find<ChainedDocument>({}, { sort: { _id: 1 } })
    .toArray();

/** When the built command was last written, if it was: a rebuild of dist/ changes it. */
const builtAt = () =>
  statSync(join(repoRoot(), 'dist', 'scripts', 'verifyAudit.js'), { throwIfNoEntry: false })
    ?.mtimeMs;

/** `npm run audit:verify` in its own process, as an administrator runs it: exit code, output. */
function verifyCommand(databaseUri: string): { status: number | null; stdout: string } {
  const result = spawnSync('npm', ['run', '--silent', 'audit:verify'], {
    cwd: repoRoot(),
    env: { ...process.env, MONGODB_URI: databaseUri },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout + result.stderr };
}

// One stack for the file: the verification below reads the entries the appends left.
let stack: TestStack;
let inspector: ApiClient;
let admin: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

describe('the hash-chained audit log in the database: appends racing and queued', () => {
  test('50 appends racing from 50 processes make one chain of 50, without gaps', async () => {
    // One appender per simulated process: nothing shared but the database.
    const keys = Array.from({ length: 50 }, (_, i) => `race-${i}`);
    const results = await Promise.all(keys.map((key) => new AuditAppender().append(entry(key))));
    expect(results.every((r) => r.appended)).toBe(true);
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // And 50 more through one process's queue.
    const shared = new AuditAppender();
    await Promise.all(keys.map((key) => shared.append(entry(`queued-${key}`))));

    const stored = await all();
    expect(stored.map((e) => e._id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    for (let i = 1; i < stored.length; i += 1) {
      expect(stored[i]!.prevHash).toBe(stored[i - 1]!.hash);
    }
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 100, lastSeq: 100 });
  });

  test('entries other processes wrote meanwhile: an appender that knew an older end links after the newest', async () => {
    const appender = new AuditAppender();
    const mine = await appender.append(entry('knows-the-end'));
    // Two entries from other processes the appender has not seen.
    let before = await last();
    for (const key of ['elsewhere-1', 'elsewhere-2']) {
      const doc = sealEntry(
        before.seq + 1,
        before.hash,
        { ...entry(key), recordedAt: new Date() },
        auditSettings().AUDIT_HMAC_KEYS.current,
      );
      await log().insertOne(doc as never);
      before = { seq: doc._id, hash: doc.hash };
    }
    expect(before.seq).toBe(mine.seq + 2);
    const next = await appender.append(entry('after-the-others'));
    expect(next.seq).toBe(mine.seq + 3);
    const fresh = await Promise.all(
      Array.from({ length: 30 }, (_, i) => new AuditAppender().append(entry(`fresh-${i}`))),
    );
    expect(fresh.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => next.seq + 1 + i),
    );
    expect(await verifyAuditLog()).toMatchObject({ ok: true, lastSeq: next.seq + 30 });
  });

  test('an appender that lost its place to another process reads past it first next time, not an insert that fails', async () => {
    const mine = new AuditAppender();
    const other = new AuditAppender();
    await mine.append(entry('contended-1'));
    await other.append(entry('contended-2'));
    // Its place was taken by the other's: refused once, then linked after it.
    await mine.append(entry('contended-3'));
    await other.append(entry('contended-4'));
    const inserts = jest.spyOn(log(), 'insertOne');
    const next = await mine.append(entry('contended-5'));
    const tries = inserts.mock.calls.length;
    inserts.mockRestore();
    expect(tries).toBe(1);
    expect(next.appended).toBe(true);
    expect(await verifyAuditLog()).toMatchObject({ ok: true, lastSeq: next.seq });
  });

  test('an event is appended once, even when retried concurrently', async () => {
    const [a, b] = await Promise.all([
      new AuditAppender().append(entry('once')),
      new AuditAppender().append(entry('once')),
    ]);
    expect([a.appended, b.appended].sort()).toEqual([false, true]);
    expect(a.seq).toBe(b.seq);
    expect(await log().countDocuments({ key: 'once' })).toBe(1);
  });

  test('appends queued together go in as one insert, chained; a logged key among them is answered from the log', async () => {
    const appender = new AuditAppender();
    const first = await appender.append(entry('batch-0'));
    const many = jest.spyOn(log(), 'insertMany');
    const one = jest.spyOn(log(), 'insertOne');
    // Queued while the first of them is written: 'batch-0' again (a retry) sits in the middle.
    const keys = ['batch-1', 'batch-2', 'batch-0', 'batch-3', 'batch-4', 'batch-5'];
    const results = await Promise.all(keys.map((key) => appender.append(entry(key))));
    const batches = many.mock.calls.length;
    const inserts = batches + one.mock.calls.length;
    many.mockRestore();
    one.mockRestore();

    expect(results.map((r) => r.appended)).toEqual([true, true, false, true, true, true]);
    expect(results[2]!.seq).toBe(first.seq);
    const appended = results.filter((r) => r.appended).map((r) => r.seq);
    expect(appended).toEqual(Array.from({ length: 5 }, (_, i) => first.seq + 1 + i));
    // The first alone (nothing was queued yet), then the rest together up to the logged key,
    // which stops the ordered insert, that key's own try, and the three after it together.
    expect(batches).toBeGreaterThan(0);
    expect(inserts).toBeLessThan(keys.length);
    expect(await log().countDocuments({ key: 'batch-0' })).toBe(1);
    expect(await verifyAuditLog()).toMatchObject({ ok: true, lastSeq: first.seq + 5 });
  });
});

describe('the hash-chained audit log in the database: entries nobody waits for', () => {
  const apiEntry = (key: string): AuditEntryInput => ({ ...entry(key), source: 'api' });

  test("an API request's entries gather for a moment into one insert; one someone waits for takes them along at once", async () => {
    const appender = new AuditAppender();
    await appender.append(entry('gather-0'));
    const many = jest.spyOn(log(), 'insertMany');
    const one = jest.spyOn(log(), 'insertOne');
    try {
      const started = Date.now();
      const gathered = [appender.append(apiEntry('gather-1'))];
      await new Promise((resolve) => setTimeout(resolve, 20));
      gathered.push(appender.append(apiEntry('gather-2')));
      await Promise.all(gathered);
      expect(Date.now() - started).toBeGreaterThanOrEqual(GATHER_MS - 5);

      const along = appender.append(apiEntry('gather-3'));
      const waited = await appender.append(entry('gather-4'));
      expect(waited.seq).toBe((await along).seq + 1);
      // Two inserts of two entries each, none alone.
      expect(many.mock.calls.map(([docs]) => (docs as unknown[]).length)).toEqual([2, 2]);
      expect(one).not.toHaveBeenCalled();
    } finally {
      many.mockRestore();
      one.mockRestore();
    }
  });

  test('an API entry queued behind a waited-for one during an insert leaves the queue working', async () => {
    // Both go in with the insert after the one under way; the API entry's gathering timer must
    // not fire later into an empty queue and leave the appender thinking it is still writing
    // (every later append then waited forever: the CI wedge of councilRoundOpen, 07/12).
    const appender = new AuditAppender();
    const first = appender.append(entry('queue-0'));
    const queued = [appender.append(entry('queue-1')), appender.append(apiEntry('queue-2'))];
    await Promise.all([first, ...queued]);
    await new Promise((resolve) => setTimeout(resolve, 2 * GATHER_MS));
    const later = await Promise.race([
      appender.append(entry('queue-3')),
      new Promise((resolve) => setTimeout(() => resolve('never written'), 5_000)),
    ]);
    expect(later).toMatchObject({ appended: true });
  });

  test('flush writes entries still gathering', async () => {
    const appender = new AuditAppender();
    const pending = appender.append(apiEntry('gather-flushed'));
    await appender.flush();
    expect(await log().countDocuments({ key: 'gather-flushed' })).toBe(1);
    expect((await pending).appended).toBe(true);
  });
});

describe('the hash-chained audit log in the database: retried activities', () => {
  test('a retried transition activity appends its audit entry once', async () => {
    await NominationModel.collection.insertOne({
      _id: 'audit-retry' as never,
      unitId: 'VCSDT',
      nominee: { kind: 'individual', name: 'Lò Văn Púa' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      stage: 'appraisal',
      createdBy: SYSTEM_ACTOR,
      lastSeq: 1,
      history: [],
    });
    const transition = {
      nominationId: 'audit-retry',
      seq: 2,
      stage: 'rejected' as const,
      action: 'supplement_deadline_missed',
      actor: SYSTEM_ACTOR,
      at: new Date().toISOString(),
    };
    await activities.recordTransition(transition);
    await activities.recordTransition(transition);
    const entries = await log().find({ nominationIds: 'audit-retry' }).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'transition:audit-retry:2',
      source: 'workflow',
      action: 'transition.supplement_deadline_missed',
      actor: { userId: 'system', role: 'system' },
      after: { stage: 'rejected', seq: 2 },
    });
  });

  test('a retried reminder or escalation appends its audit entry once', async () => {
    const alert = {
      nominationId: 'audit-retry',
      unitId: 'VCSDT',
      stage: 'appraisal' as const,
      kind: 'escalation' as const,
      holderRole: 'secretariat' as const,
      dueAt: '2026-01-10T16:59:59.999Z',
      dueOn: '2026-01-10',
      deadlineKey: '1',
    };
    await activities.notifyDeadline(alert);
    await activities.notifyDeadline(alert);
    const entries = await log().find({ key: 'alert:audit-retry:1:escalation' }).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'deadline.escalation',
      actor: { role: 'system' },
      nominationIds: ['audit-retry'],
      after: { stage: 'appraisal', holderRole: 'secretariat', dueOn: '2026-01-10' },
    });
  });
});

/** The demo users signed in, their three sign-ins logged: what verification reads. */
async function signInForVerification() {
  await seedDemoData();
  [inspector, admin, officer] = await Promise.all(
    ['thanhtra', 'quantri', 'canbo.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  // A sign-in is logged once its response has gone: wait for the three entries.
  await eventually(
    () => log().countDocuments({ action: 'login.succeeded' }),
    (n) => n === 3,
  );
  await auditLog.flush();
}

const verify = async () => {
  const response = await inspector.get('/api/audit/verify');
  expect(response.status).toBe(200);
  return response.body;
};

/** Tampers, checks the endpoint and the command, then puts the entries back. */
async function whenTampered(
  tamper: () => Promise<void>,
  restore: ChainedDocument[],
  expected: { firstBrokenSeq: number; reason: string },
) {
  try {
    await tamper();
    expect(await verify()).toMatchObject({ ok: false, ...expected });
    const command = verifyCommand(stack.databaseUri);
    expect(command.status).toBe(1);
    expect(command.stdout).toContain(`seq ${expected.firstBrokenSeq}`);
  } finally {
    await log().deleteMany({ _id: { $in: restore.map((d) => d._id) } } as never);
    await log().insertMany(restore as never[]);
  }
  expect(await verify()).toMatchObject({ ok: true });
}

describe('verification points at the first broken link', () => {
  beforeAll(signInForVerification);

  test('an intact log verifies, over the API and with the command', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true });
    expect(report.entries).toBe(await log().countDocuments());
    expect(report.firstBrokenSeq).toBeUndefined();
    expect((await admin.get('/api/audit/verify')).status).toBe(200);
    expect((await officer.get('/api/audit/verify')).status).toBe(403);
    const built = builtAt();
    const command = verifyCommand(stack.databaseUri);
    expect([command.status, command.stdout]).toEqual([0, expect.stringContaining('intact')]);
    // From the sources: dist/, which the running servers use, is not rebuilt under them.
    expect(builtAt()).toBe(built);
  });

  test('a changed field', async () => {
    const [original] = await log()
      .find<ChainedDocument>({ _id: 17 } as never)
      .toArray();
    await whenTampered(
      async () => {
        await log().updateOne({ _id: 17 } as never, { $set: { 'actor.userId': 'botruong' } });
      },
      [original!],
      { firstBrokenSeq: 17, reason: 'hash_mismatch' },
    );
  });

  test('a deleted entry', async () => {
    const [original] = await log()
      .find<ChainedDocument>({ _id: 30 } as never)
      .toArray();
    await whenTampered(
      async () => {
        await log().deleteOne({ _id: 30 } as never);
      },
      [original!],
      { firstBrokenSeq: 30, reason: 'missing_entry' },
    );
  });
});

// After the describe above, whose beforeAll signed the users in.
describe('verification points at the first broken link: reordering and re-linking', () => {
  test('two entries reordered', async () => {
    const [a, b] = await log()
      .find<ChainedDocument>({ _id: { $in: [40, 41] } } as never, { sort: { _id: 1 } })
      .toArray();
    await whenTampered(
      async () => {
        // Entry 41's content stored as 40 and 40's as 41 (`key` is unique: delete first).
        await log().deleteMany({ _id: { $in: [40, 41] } } as never);
        await log().insertMany([{ ...b!, _id: 40 } as never, { ...a!, _id: 41 } as never]);
      },
      [a!, b!],
      { firstBrokenSeq: 40, reason: 'prev_hash_mismatch' },
    );
  });

  test('an altered entry whose tail is re-linked with plain hashes (no key) is caught at it', async () => {
    const { entryHash } = await import('../../../audit/chain');
    const originals = await log()
      .find<ChainedDocument>({ _id: { $gte: 12 } } as never, { sort: { _id: 1 } })
      .toArray();
    expect(originals[0]!.keyId).toBe('dev');
    await whenTampered(
      async () => {
        // All someone with the database alone can do: recompute every link after the change.
        let prevHash = originals[0]!.prevHash;
        const forged = originals.map((original, i) => {
          const doc: ChainedDocument = { ...original, prevHash };
          delete doc.keyId;
          if (i === 0) doc.action = 'test.forged';
          doc.hash = entryHash(prevHash, doc);
          prevHash = doc.hash;
          return doc;
        });
        await log().deleteMany({ _id: { $gte: 12 } } as never);
        await log().insertMany(forged as never[]);
      },
      originals,
      { firstBrokenSeq: 12, reason: 'unkeyed_entry' },
    );
  });

  describe('against the checkpoints the API published outside the database', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'audit-checkpoints-'));
      // Read by the endpoint here and by the command through its inherited environment.
      process.env.AUDIT_CHECKPOINT_FILE = join(dir, 'checkpoints.jsonl');
    });
    afterAll(() => {
      delete process.env.AUDIT_CHECKPOINT_FILE;
      rmSync(dir, { recursive: true, force: true });
    });

    test('a deleted tail is caught as truncated up to the last checkpoint', async () => {
      const publisher = startCheckpoints({
        file: process.env.AUDIT_CHECKPOINT_FILE!,
        seconds: 3600,
        key: auditSettings().AUDIT_HMAC_KEYS.current,
        log: pino({ level: 'silent' }),
      });
      const head = await last();
      expect(await publisher.stop()).toMatchObject(head);
      const published = readFileSync(process.env.AUDIT_CHECKPOINT_FILE!, 'utf8');
      expect(published).toContain(`"seq":${head.seq}`);
      expect(await verify()).toMatchObject({ ok: true, checkpointSeq: head.seq });

      const tail = await log()
        .find<ChainedDocument>({ _id: { $gt: head.seq - 3 } } as never, { sort: { _id: 1 } })
        .toArray();
      await whenTampered(
        async () => {
          await log().deleteMany({ _id: { $gt: head.seq - 3 } } as never);
        },
        tail,
        { firstBrokenSeq: head.seq - 2, reason: 'truncated' },
      );
    });
  });
});
