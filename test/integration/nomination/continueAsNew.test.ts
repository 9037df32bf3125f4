import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { RunningServer } from '../../../scripts/servers/childProcess';
import { startTemporalServer } from '../../../scripts/servers/temporalServer';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { createWorker } from '../../../worker/createWorker';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startApi } from '../../harness/apiServer';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { UserModel } from '../../../data/identity/userModel';
import { TestSmtpServer } from '../notification/notificationsSmtpServer';
import {
  createRound,
  closedRound,
  everyoneApproves,
  seedCouncil,
} from '../councilRound/councilRoundFixtures';

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

/** Every run of the nomination's workflow, oldest first, with its status. */
async function runsOf(id: string): Promise<{ runId: string; status: string }[]> {
  const found: { runId: string; status: string; at: number }[] = [];
  for await (const run of client.workflow.list({ query: `WorkflowId = 'nomination-${id}'` }))
    found.push({ runId: run.runId, status: run.status.name, at: run.startTime.getTime() });
  return found.sort((a, b) => a.at - b.at).map(({ runId, status }) => ({ runId, status }));
}

/** A CSTĐCS nomination (one the council votes on) drafted, submitted and in appraisal. */
async function submittedForCouncil(name: string) {
  const council = await seedCouncil({ ...stack, apiUrl });
  const [officer, head] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(apiUrl, u)),
  );
  const drafted = await officer.post('/api/nominations', {
    nominee: { kind: 'individual', name, position: 'Chuyên viên chính' },
    awardCode: 'CSTDCS',
    year: 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
  });
  const id: string = drafted.body._id;
  const read = async () => (await officer.get(`/api/nominations/${id}`)).body;
  const handle = client.workflow.getHandle(`nomination-${id}`);
  expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
  await eventually(read, (n) => n.stage === 'appraisal' && n.lastSeq >= 2);
  return { council, secretariat: council.secretariat, id, read, handle };
}

/** Reminds until the current run's history is past the threshold; how many it took. */
async function remindPastThreshold(secretariat: ApiClient, id: string): Promise<number> {
  const handle = client.workflow.getHandle(`nomination-${id}`);
  let reminders = 0;
  while ((await handle.fetchHistory()).events!.length <= SUGGEST_AFTER_EVENTS) {
    const reminded = await secretariat.post(`/api/desk/nominations/${id}/remind`, {});
    expect(reminded.status).toBe(200);
    reminders += 1;
  }
  return reminders;
}

/** The secretariat lists the nomination in a decision of its award; the minister signs it. */
async function decideAndSign(
  secretariat: ApiClient,
  awardCode: string,
  id: string,
  read: () => Promise<any>,
): Promise<void> {
  const decision = await secretariat.post('/api/decisions', {
    awardCode,
    year: 2025,
    nominationIds: [id],
  });
  expect(decision.status).toBe(201);
  await eventually(read, (n) => n.stage === 'minister_decision', 30_000);
  const minister = await ApiClient.signIn(apiUrl, 'botruong');
  const ruled = await minister.post(`/api/decisions/${decision.body.decision._id}/ruling`, {
    outcome: 'approve_all',
  });
  expect(ruled.status).toBe(200);
}

/** Issue 17, item 7: continue-as-new, which every long-lived nomination relies on. */
test('a nomination continues as new mid-process and keeps its state, deadlines and ID', async () => {
  const [officer, head, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(apiUrl, u)),
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
  await decideAndSign(secretariat, 'LDTT', id, read);

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

/**
 * Issue 17, item 7, the council's part: the history passes the threshold while the dossier
 * waits in council review, so the run that takes it onto a round's agenda hands over to a
 * new one with the ballot still open; the round's result reaches the new run.
 */
test('a nomination continues as new while its council round is open and takes the round’s result', async () => {
  const { council, secretariat, id, read, handle } = await submittedForCouncil('Vi Thị Hoa');
  const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
    outcome: 'accept',
  });
  expect([accepted.status, accepted.body.stage]).toEqual([200, 'council_review']);
  const opinion = await council.members['hoidong.1']!.post(
    `/api/nominations/${id}/rapporteur-opinion`,
    { opinion: 'support', summary: 'Thành tích tiêu biểu, đủ tiêu chuẩn.' },
  );
  expect(opinion.status).toBe(200);
  // Reminders grow the run's history past the threshold without leaving the stage.
  const reminders = await remindPastThreshold(secretariat, id);
  const beforeRound = await runsOf(id);
  expect(beforeRound.at(-1)!.status).toBe('RUNNING');

  const roundId = await createRound(council);
  const path = `/api/council-rounds/${roundId}`;
  const added = await secretariat.post(`${path}/nominations`, {
    nominations: [{ nominationId: id }],
    ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 7 }],
  });
  expect([added.status, added.body.agenda[0].addedSignal]).toEqual([200, 'delivered']);

  // Taken onto the agenda, the run that held the dossier continues as a new one.
  const chain = await eventually(
    () => runsOf(id),
    (runs) => runs.length === beforeRound.length + 1 && runs.at(-1)!.status === 'RUNNING',
    30_000,
  );
  expect(chain.slice(0, -1).map((r) => r.status)).toEqual(
    beforeRound.map(() => 'CONTINUED_AS_NEW'),
  );
  expect(new Set(chain.map((r) => r.runId)).size).toBe(chain.length);
  expect((await handle.describe()).runId).toBe(chain.at(-1)!.runId);
  const atVote = await eventually(read, (n) => n.stage === 'council_vote');
  expect(await handle.query<any>('status')).toEqual({
    nominationId: id,
    stage: 'council_vote',
    seq: atVote.lastSeq,
    dueAt: atVote.dueAt,
  });
  expect(atVote).toMatchObject({ roundId, holderRole: 'council_chair' });

  // The round votes and closes after the hand-over: its result goes to the new run.
  await everyoneApproves(council, path, [id]);
  expect((await council.chair.post(`${path}/close`)).status).toBe(200);
  const round = await closedRound(council.chair, roundId);
  expect(round.results[0]).toMatchObject({
    nominationId: id,
    outcome: 'passed',
    resultSignal: 'delivered',
  });
  const passed = await eventually(read, (n) => n.stage === 'awaiting_decision', 30_000);
  expect((await handle.query<any>('status')).dueAt).toEqual(passed.dueAt);
  expect(passed.dueAt).toEqual(expect.any(String));

  await decideAndSign(secretariat, 'CSTDCS', id, read);

  expect(await handle.result()).toMatchObject({ stage: 'approved', decision: expect.anything() });
  const record = await eventually(read, (n) => n.stage === 'approved');
  expect(record.history.map((h: { action: string }) => h.action)).toEqual([
    'drafted',
    'submitted',
    'checks_needs_judgement',
    'appraisal_accepted',
    'rapporteur_supports',
    ...Array.from({ length: reminders }, () => 'manual_reminder'),
    'added_to_round',
    'council_passed',
    'included_in_decision',
    'minister_approved',
  ]);
  expect(record.history.map((h: { seq: number }) => h.seq)).toEqual(
    record.history.map((_: unknown, i: number) => i),
  );
  const ended = await runsOf(id);
  // Later steps may hand over again; the chain ends in one completed run.
  expect(ended.slice(0, chain.length).map((r) => r.runId)).toEqual(chain.map((r) => r.runId));
  expect(ended.map((r) => r.status)).toEqual([
    ...ended.slice(1).map(() => 'CONTINUED_AS_NEW'),
    'COMPLETED',
  ]);
});

/**
 * The dossier enters council review on a run past the threshold, whose hand-over waits for
 * the unit's e-mail (the mail server defers it, so Temporal retries). The rapporteur, who
 * sees the dossier at once, gives an opinion meanwhile: it is applied and answered, and
 * the run still hands over, rather than waiting for its own answer forever.
 */
test('a person’s action that arrives while a run is handing over is applied, not left hanging', async () => {
  const smtp = await TestSmtpServer.start();
  process.env.SMTP_URL = smtp.url;
  try {
    await UserModel.updateOne({ _id: 'canbo.vcsdt' }, { $set: { email: 'lan.nt@bdttg.gov.vn' } });
    const { council, secretariat, id, read, handle } = await submittedForCouncil('Sầm Văn Lợi');
    await remindPastThreshold(secretariat, id);
    await eventually(
      async () => smtp.mailsTo('lan.nt@bdttg.gov.vn').length,
      (n) => n > 0,
    );
    smtp.mode = 'defer';
    const firstRunId = (await handle.describe()).runId;
    const firstRun = client.workflow.getHandle(`nomination-${id}`, firstRunId);
    const accepted = await secretariat.post(`/api/nominations/${id}/appraisal`, {
      outcome: 'accept',
    });
    expect([accepted.status, accepted.body.stage]).toEqual([200, 'council_review']);
    const opinion = council.members['hoidong.1']!.post(
      `/api/nominations/${id}/rapporteur-opinion`,
      { opinion: 'support', summary: 'Thành tích tiêu biểu, đủ tiêu chuẩn.' },
    );
    // The opinion is in the first run's history before the e-mail goes through.
    await eventually(
      async () => (await firstRun.fetchHistory()).events!,
      (events) =>
        events.filter(
          (e) =>
            e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ===
            'rapporteurOpinion',
        ).length === 1,
    );
    smtp.mode = 'accept';
    const answered = await Promise.race([
      opinion,
      new Promise<{ status: string }>((r) => setTimeout(() => r({ status: 'no answer' }), 30_000)),
    ]);
    expect(answered.status).toBe(200);
    const record = await eventually(read, (n) => n.history.at(-1).action === 'rapporteur_supports');
    expect(await handle.query<any>('status')).toEqual({
      nominationId: id,
      stage: 'council_review',
      seq: record.lastSeq,
      dueAt: record.dueAt,
    });
    // The run that applied the opinion hands over at its next step.
    expect((await runsOf(id)).map((r) => r.runId)).toEqual([firstRunId]);
    const roundId = await createRound(council);
    const added = await secretariat.post(`/api/council-rounds/${roundId}/nominations`, {
      nominations: [{ nominationId: id }],
      ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 7 }],
    });
    expect(added.status).toBe(200);
    await eventually(read, (n) => n.stage === 'council_vote');
    const runs = await eventually(
      () => runsOf(id),
      (found) => found.some((r) => r.status === 'CONTINUED_AS_NEW'),
      30_000,
    );
    expect(runs.map((r) => [r.runId === firstRunId, r.status])).toEqual([
      [true, 'CONTINUED_AS_NEW'],
      [false, 'RUNNING'],
    ]);
    // The run that applied the action before handing over replays as a fixture.
    await captureHistory(firstRun, 'nomination-handover-after-action');
  } finally {
    delete process.env.SMTP_URL;
    await smtp.stop();
  }
}, 120_000);
