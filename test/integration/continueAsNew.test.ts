import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { RunningServer } from '../../scripts/servers/childProcess';
import { startTemporalServer } from '../../scripts/servers/temporalServer';
import { DEMO_USERS } from '../../scripts/seed/demoData';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { createWorker } from '../../worker/createWorker';
import { ApiClient, eventually } from '../harness/apiClient';
import { startApi } from '../harness/apiServer';
import { captureHistory } from '../harness/captureHistory';
import { startTestStack, type TestStack } from '../harness/testStack';

/** Events in a run past which Temporal suggests continuing as new (its default is 4,096). */
const SUGGEST_AFTER_EVENTS = 40;

let stack: TestStack;
let temporal: RunningServer;
let client: Client;
let connection: Connection;
let worker: Worker;
let running: Promise<void>;
let closeWorkerConnection: () => Promise<void>;
let api: Awaited<ReturnType<typeof startApi>>;
let apiUrl: string;

/**
 * A Temporal server of its own that suggests continuing as new after a few dozen events, so
 * a nomination reaches the threshold within a short test; the worker and the API on it share
 * the test's database.
 */
beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(DEMO_USERS);
  temporal = await startTemporalServer({
    dataDir: mkdtempSync(join(tmpdir(), 'tdkt-can-')),
    namespace: 'default',
    dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_AFTER_EVENTS },
  });
  const taskQueue = `${stack.taskQueue}-can`;
  const started = await createWorker({
    temporalAddress: temporal.address,
    namespace: 'default',
    taskQueue,
    workflowBundlePath: process.env.TDKT_WORKFLOW_BUNDLE,
  });
  worker = started.worker;
  closeWorkerConnection = () => started.connection.close();
  running = worker.run();
  connection = await Connection.connect({ address: temporal.address });
  client = new Client({ connection, namespace: 'default' });
  api = await startApi({ temporal: client, taskQueue });
  apiUrl = api.url;
}, 180_000);

afterAll(async () => {
  await api?.close();
  if (worker?.getState() === 'RUNNING') worker.shutdown();
  await running;
  await closeWorkerConnection?.();
  await connection?.close();
  await temporal?.stop();
  await stack?.stop();
});

/** Issue 17, item 7: continue-as-new, which every long-lived nomination relies on. */
test('a nomination continues as new mid-process and keeps its state, deadlines and ID', async () => {
  const [officer, head, secretariat, minister] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'botruong'].map((u) =>
      ApiClient.signIn(apiUrl, u),
    ),
  );
  const drafted = await officer.post('/api/nominations', {
    nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên' },
    awardCode: 'LDTT',
    year: 2025,
    achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
  });
  const id: string = drafted.body._id;
  const read = async () => (await officer.get(`/api/nominations/${id}`)).body;
  const handle = client.workflow.getHandle(`nomination-${id}`);
  const runs = async () => {
    const found: string[] = [];
    for await (const run of client.workflow.list({ query: `WorkflowId = 'nomination-${id}'` }))
      found.push(run.status.name);
    return found;
  };

  expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
  await eventually(read, (n) => n.stage === 'appraisal' && n.lastSeq >= 2);
  const extended = await secretariat.post(`/api/desk/nominations/${id}/extend`, {
    workingDays: 5,
    reason: 'Chờ đơn vị xác minh thời gian công tác.',
  });
  expect(extended.status).toBe(200);
  const returned = await secretariat.post(`/api/nominations/${id}/appraisal`, {
    outcome: 'return',
    reasons: [
      {
        code: 'MISSING_DOCUMENT',
        message: { vi: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.' },
        item: 'documents.achievement_report',
      },
    ],
  });
  expect(returned.status).toBe(200);

  // Past the threshold, the return ends the first run: a new one carries the process on.
  await eventually(runs, (found) => found.includes('CONTINUED_AS_NEW'), 30_000);
  const afterReturn = await read();
  const status = await handle.query<any>('status');
  expect(status).toEqual({
    nominationId: id,
    stage: 'returned',
    seq: afterReturn.lastSeq,
    dueAt: afterReturn.dueAt,
  });
  expect(afterReturn).toMatchObject({ stage: 'returned', holderRole: 'unit_head' });
  expect(afterReturn.dueAt).toEqual(returned.body.dueAt);

  // The new run answers the next human action, as the old one would have.
  const edited = await officer.request<any>('PATCH', `/api/nominations/${id}`, {
    documents: [{ code: 'achievement_report', title: 'Báo cáo thành tích năm 2025' }],
  });
  expect(edited.status).toBe(200);
  const resubmitted = await head.post(`/api/nominations/${id}/resubmit`, {
    note: 'Đã bổ sung báo cáo.',
  });
  expect([resubmitted.status, resubmitted.body.stage]).toEqual([200, 'appraisal']);
  await eventually(read, (n) => n.stage === 'appraisal' && n.lastSeq > afterReturn.lastSeq + 1);
  const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
    outcome: 'accept',
    note: 'Đủ hồ sơ',
  });
  expect([accepted.status, accepted.body.stage]).toEqual([200, 'awaiting_decision']);
  const decision = await secretariat.post('/api/decisions', {
    awardCode: 'LDTT',
    year: 2025,
    nominationIds: [id],
  });
  expect(decision.status).toBe(201);
  await eventually(read, (n) => n.stage === 'minister_decision', 30_000);
  const ruled = await minister.post(`/api/decisions/${decision.body.decision._id}/ruling`, {
    outcome: 'approve_all',
  });
  expect(ruled.status).toBe(200);

  // One workflow ID from submission to signature, its result the process's end, each step once.
  expect(await handle.result()).toMatchObject({ stage: 'approved' });
  const record = await eventually(read, (n) => n.stage === 'approved');
  expect(record.history.map((h: { action: string }) => h.action)).toEqual([
    'drafted',
    'submitted',
    'checks_needs_judgement',
    'deadline_extended',
    'returned',
    'resubmitted',
    'checks_needs_judgement',
    'appraisal_accepted',
    'included_in_decision',
    'minister_approved',
  ]);
  expect(record.history.map((h: { seq: number }) => h.seq)).toEqual(
    record.history.map((_: unknown, i: number) => i),
  );
  const chain = await runs();
  expect(chain.filter((s) => s === 'CONTINUED_AS_NEW').length).toBeGreaterThanOrEqual(1);
  expect(chain.filter((s) => s === 'COMPLETED')).toHaveLength(1);

  // The last run starts from the carried state: the replay test replays it.
  await captureHistory(handle, 'nomination-continued-as-new');
});
