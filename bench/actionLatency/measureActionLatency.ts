import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { nominationWorkflowId } from '../../workflows/nomination/messages';
import type { Step } from '../baseline/baselineShape';
import { baselineUpdate } from '../baseline/baselineWorkflow';
import { startBaseline } from '../baseline/startBaseline';
import type { BenchTarget } from '../support/benchTarget';
import { BotClient, type RequestCount } from '../support/botClient';
import { shapeOfHistory } from '../support/historyShape';
import { draftAndSubmit, signInCast, waitAll } from '../support/nominationBots';
import { summarise, type LatencySummary } from '../support/percentile';
import { inPool } from '../support/pool';

interface ActionLatencyOptions {
  users: number;
  actionsPerUser: number;
}

export interface ActionLatencyResult extends ActionLatencyOptions {
  /** Steps the workflow ran between accepting the appraisal and answering it, in order. */
  stepsPerAction: Step[];
  api: LatencySummary;
  baseline: LatencySummary;
  emptyUpdate: LatencySummary;
}

const DOSSIER_SIZE = 10;

/** `users` loops at once, each timing its `rounds` calls one after another. */
async function concurrently(
  users: number,
  rounds: number,
  call: (user: number, round: number) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let round = 0; round < rounds; round++) {
        const start = performance.now();
        await call(user, round);
        times.push(performance.now() - start);
      }
    }),
  );
  return times;
}

/** Bare updates, each running these no-op steps, by `users` at once. */
async function bareUpdates(
  target: BenchTarget,
  options: ActionLatencyOptions,
  steps: Step[],
  tag: string,
): Promise<number[]> {
  // One update more than measured: the first carries the workflow's first task.
  const updates = Array.from({ length: options.actionsPerUser + 1 }, () => steps);
  const handles = await Promise.all(
    Array.from({ length: options.users }, (_, u) =>
      startBaseline(
        target.client,
        target.baselineTaskQueue,
        `baseline-latency-${tag}-${steps.length}-${u}`,
        { atStart: [], updates, signals: [] },
      ),
    ),
  );
  await Promise.all(handles.map((h) => h.executeUpdate(baselineUpdate)));
  const times = await concurrently(options.users, options.actionsPerUser, (user) =>
    handles[user]!.executeUpdate(baselineUpdate),
  );
  await Promise.all(handles.map((h) => h.result()));
  return times;
}

async function stepsOfAppraisal(client: Client, nominationId: string): Promise<Step[]> {
  const history = await client.workflow
    .getHandle(nominationWorkflowId(nominationId))
    .fetchHistory();
  const [appraisal] = shapeOfHistory(history).updates;
  if (appraisal === undefined) throw new Error(`no update in ${nominationId}'s history`);
  return appraisal;
}

/**
 * Benchmark 2. `users` secretariat sessions at once each accept `actionsPerUser` dossiers
 * over the API, timing each round trip (the answer comes once the step is recorded). Then,
 * on the same servers, as many bare Temporal updates at once, each running the no-op
 * activities and local activities the appraisal's history shows, and bare updates running none.
 */
export async function measureActionLatency(
  target: BenchTarget,
  options: ActionLatencyOptions,
): Promise<ActionLatencyResult> {
  const tag = Date.now().toString(36);
  const count: RequestCount = { actions: 0, polls: 0 };
  const cast = await signInCast(target.apiUrl, count);
  const total = options.users * options.actionsPerUser;
  const batches = Array.from({ length: Math.ceil(total / DOSSIER_SIZE) }, (_, b) =>
    Array.from(
      { length: Math.min(DOSSIER_SIZE, total - b * DOSSIER_SIZE) },
      (_, i) => `Trần Thị Đo ${tag}-${String(b * DOSSIER_SIZE + i + 1).padStart(4, '0')}`,
    ),
  );
  // A dossier at a time per lane, each waited on until its own checks are recorded: the
  // timed phase then measures people's actions only, not a backlog of submissions.
  const ids = (
    await inPool(batches, 2, async (names) => {
      const submitted = await draftAndSubmit(cast, names);
      await waitAll(cast, submitted, (n) => n.stage === 'appraisal' && n.lastSeq >= 2);
      return submitted;
    })
  ).flat();

  const secretaries = await Promise.all(
    Array.from({ length: options.users }, () =>
      BotClient.signIn(target.apiUrl, 'thuongtruc', count),
    ),
  );
  const apiTimes = await concurrently(options.users, options.actionsPerUser, (user, round) =>
    secretaries[user]!.act(
      `/api/nominations/${ids[user * options.actionsPerUser + round]}/appraisal`,
      { outcome: 'accept', note: 'Đủ hồ sơ' },
    ),
  );
  const stepsPerAction = await stepsOfAppraisal(target.client, ids[0]!);
  return {
    ...options,
    stepsPerAction,
    api: summarise(apiTimes),
    baseline: summarise(await bareUpdates(target, options, stepsPerAction, tag)),
    emptyUpdate: summarise(await bareUpdates(target, options, [], tag)),
  };
}
