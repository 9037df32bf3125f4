import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Actor } from '../../../domain/process/roles';
import { repoRoot } from '../../../config/repoRoot';
import { vietnamDateOf } from '../../../domain/calendar';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { appraiseUpdate, nominationWorkflowId } from '../../../workflows/nomination/messages';
import { StatisticsSummaryModel } from '../../../data/statistics/statisticsSummaryModel';
import { tallyOfYear } from '../../../data/statistics/yearTally';
import {
  reconcileNominations,
  reconcileStatistics,
} from '../../../scripts/reconcile/reconcileNominations';
import { eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

const head: Actor = { userId: 'head', name: 'Thủ trưởng', role: 'unit_head', unitId: 'VP' };
const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };

/**
 * The read model is checked against the workflows, and each nomination's place on the desk
 * against its read model; a corrupted copy is reported.
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function submitted(id: string) {
  await NominationModel.create({
    _id: id,
    unitId: 'VP',
    nominee: { kind: 'individual', name: 'Nguyễn Văn D' },
    awardCode: 'LDTT',
    year: 2026,
    achievements: 'Hoàn thành tốt nhiệm vụ.',
    stage: 'draft',
    createdBy: head,
    workflowId: nominationWorkflowId(id),
  });
  const handle = await stack.client.workflow.start('nominationWorkflow', {
    workflowId: nominationWorkflowId(id),
    taskQueue: stack.taskQueue,
    args: [
      {
        nominationId: id,
        dossierId: 'd',
        unitId: 'VP',
        awardCode: 'LDTT',
        kind: 'merit',
        year: 2026,
        receivedOn: vietnamDateOf(Date.now()),
        submittedBy: head,
      },
    ],
  });
  await eventually(
    () => NominationModel.findById(id).lean(),
    (doc) => (doc?.lastSeq ?? 0) >= 2,
  );
  return handle;
}

describe('reconciliation: the nominations', () => {
  test('agreeing copies report nothing; a wrong stage, a lost step, a lost workflow and a wrong place on the desk are reported', async () => {
    const running = await submitted('rec-running');
    await running.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    await submitted('rec-stage');
    await submitted('rec-behind');
    await submitted('rec-desk');
    expect(await reconcileNominations(stack.client, 2)).toEqual({ checked: 4, drift: [] });

    await NominationModel.updateOne({ _id: 'rec-stage' }, { $set: { stage: 'council_review' } });
    await NominationModel.updateOne({ _id: 'rec-behind' }, { $set: { lastSeq: 1 } });
    // On the desk as if due on another day: the desk would list it out of its place.
    const desk = (await NominationModel.findById('rec-desk').lean())!;
    await NominationModel.updateOne(
      { _id: 'rec-desk' },
      { $set: { deskKey: 'due:2020-01-01:rec-desk' } },
    );
    await NominationModel.create({
      _id: 'rec-orphan',
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn E' },
      awardCode: 'LDTT',
      year: 2026,
      achievements: 'x',
      stage: 'appraisal',
      createdBy: head,
      workflowId: nominationWorkflowId('rec-orphan'),
    });
    const report = await reconcileNominations(stack.client, 2);
    expect(report.checked).toBe(5);
    expect(report.drift.map((d) => [d.nominationId, d.kind]).sort()).toEqual([
      ['rec-behind', 'steps_behind'],
      ['rec-desk', 'desk_key_differs'],
      // Written with no step: open, yet on no one's desk.
      ['rec-orphan', 'desk_key_differs'],
      ['rec-orphan', 'missing_workflow'],
      ['rec-stage', 'stage_differs'],
    ]);
    expect(report.drift.find((d) => d.nominationId === 'rec-desk')).toMatchObject({
      readModel: { deskKey: 'due:2020-01-01:rec-desk' },
      expectedDeskKey: desk.deskKey,
    });
  });
});

describe('reconciliation: the statistics, and the command', () => {
  test('the statistics agree with the nominations; a drift is reported, and repaired with --repair', async () => {
    // rec-orphan was written past the workflows: no step ever counted it.
    const first = await reconcileStatistics(false);
    expect(first.agrees).toBe(false);
    expect(first.lines).toContain('rec-orphan\tstatistics_missing');
    // A count changed past the steps.
    const [summary] = await StatisticsSummaryModel.find({ year: 2026, unitId: 'VP' }).lean();
    await StatisticsSummaryModel.updateOne({ _id: summary!._id }, { $inc: { total: 3 } });
    expect((await reconcileStatistics(false)).lines).toContain(
      `${summary!._id}\tsummary\ttotal: ${summary!.total + 3} ≠ ${summary!.total}`,
    );

    const repaired = await reconcileStatistics(true);
    expect(repaired.agrees).toBe(true);
    expect(repaired.lines.at(-1)).toMatch(/— đã sửa \/ repaired$/);
    expect(await reconcileStatistics(false)).toEqual({
      agrees: true,
      lines: [
        'Thống kê: đã đối chiếu 5 hồ sơ / statistics: checked 5',
        'Thống kê khớp với hồ sơ / statistics agree',
      ],
    });
    expect((await tallyOfYear(2026)).unit.get('VP')).toMatchObject({ nominated: 5, inProgress: 5 });
  });

  test('`npm run reconcile` runs from the sources as an administrator runs it, without rebuilding dist/', async () => {
    const built = join(repoRoot(), 'dist', 'scripts', 'reconcile.js');
    const builtAt = () => statSync(built, { throwIfNoEntry: false })?.mtimeMs;
    const before = builtAt();
    // Not spawnSync: the workflows' queries are answered by this process's worker.
    const failed = await promisify(execFile)('npm', ['run', '--silent', 'reconcile'], {
      cwd: repoRoot(),
      env: {
        ...process.env,
        MONGODB_URI: stack.databaseUri,
        TEMPORAL_ADDRESS: process.env.TDKT_TEST_TEMPORAL_ADDRESS,
      },
      encoding: 'utf8',
      timeout: 60_000,
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // The drift the first test wrote on purpose is still there: exit 1, and it is listed.
    expect(failed?.stderr).toBe('');
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/^Đã đối chiếu \d+ hồ sơ \/ checked \d+ nominations$/m);
    expect(failed?.stdout).toMatch(/^rec-stage\tstage_differs/m);
    expect(builtAt()).toBe(before);
  });
});
