import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { awardDecisionWorkflowId } from '../../workflows/awardDecision/messages';
import { councilRoundWorkflowId } from '../../workflows/councilRound/messages';
import { nominationWorkflowId } from '../../workflows/nomination/messages';
import { runBaselineGroup, type GroupShape } from '../baseline/baselineGroup';
import type { BenchTarget } from '../support/benchTarget';
import type { RequestCount } from '../support/botClient';
import { shapeOfHistory, signalsSentTo } from '../support/historyShape';
import { historySize } from '../support/historySize';
import type { OperationCount } from '../support/operationCounter';
import { driveGroup, signInCast, type Cast, type GroupRecord } from '../support/nominationBots';
import { inPool } from '../support/pool';
import { cpuSeconds } from '../support/processCpu';
import { countShapes, countWorkflows, type WorkflowCounts } from '../support/workflowCounts';

interface ThroughputOptions {
  nominations: number;
  /** Nominations per council round (and per award decision). */
  roundSize: number;
  /** Rounds driven at once. */
  concurrency: number;
}

type Size = ReturnType<typeof historySize>;

/** Database operations of the product's processes while ours ran, and what one poll costs. */
interface OperationsOfRun {
  journey: OperationCount;
  /** One bots' poll for a stage (a GET of the nomination), counted alone after the run. */
  poll: OperationCount;
}

export interface ThroughputResult extends ThroughputOptions {
  ours: { seconds: number; counts: WorkflowCounts; requests: RequestCount };
  /** The API processes the bots spread over. */
  apis: number;
  /** Each round's nominations, round and decision, for the checks after the run. */
  records: GroupRecord[];
  /** Where the target counts them. */
  operations?: OperationsOfRun;
  baseline: { seconds: number; counts: WorkflowCounts };
  /** One council round's workflows as counted, which the baseline replayed. */
  groupShapes: GroupShape[];
  histories: { nomination: Size[]; round: Size[]; decision: Size[] };
  /** CPU seconds each process used while ours ran and while the baseline ran. */
  cpu: { process: string; ours: number; baseline: number }[];
}

function groupsOf(options: ThroughputOptions, tag: string): string[][] {
  const names = Array.from(
    { length: options.nominations },
    (_, i) => `Nguyễn Văn Thử ${tag}-${String(i + 1).padStart(4, '0')}`,
  );
  const groups: string[][] = [];
  for (let i = 0; i < names.length; i += options.roundSize) {
    groups.push(names.slice(i, i + options.roundSize));
  }
  return groups;
}

/** Counts each workflow of a finished round from its history: what the baseline must do. */
async function shapeGroup(
  client: Client,
  record: GroupRecord,
  sizes: ThroughputResult['histories'],
) {
  const history = async (workflowId: string, into: Size[]) => {
    const fetched = await client.workflow.getHandle(workflowId).fetchHistory();
    into.push(historySize(fetched));
    return fetched;
  };
  const round = await history(councilRoundWorkflowId(record.roundId), sizes.round);
  const decision = await history(awardDecisionWorkflowId(record.decisionId), sizes.decision);
  const fromRound = signalsSentTo(round);
  const nominations = [];
  for (const id of record.nominationIds) {
    const workflowId = nominationWorkflowId(id);
    nominations.push({
      shape: shapeOfHistory(await history(workflowId, sizes.nomination)),
      fromRound: fromRound.get(workflowId) ?? 0,
    });
  }
  return { nominations, round: shapeOfHistory(round), decision: shapeOfHistory(decision) };
}

const difference = (after: OperationCount, before: OperationCount): OperationCount => {
  const was = new Map(before.byCollection);
  return {
    total: after.total - before.total,
    writes: after.writes - before.writes,
    byCollection: after.byCollection
      .map(([what, n]): [string, number] => [what, n - (was.get(what) ?? 0)])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
};

/**
 * The operations from `before` until every nomination workflow of the run has ended (its last
 * notice is written after `approved` shows), then those of one poll alone.
 */
async function operationsOfRun(
  target: BenchTarget,
  cast: Cast,
  records: GroupRecord[],
  before: OperationCount,
): Promise<OperationsOfRun> {
  const ids = records.flatMap((r) => r.nominationIds);
  await Promise.all(
    ids.map((id) => target.client.workflow.getHandle(nominationWorkflowId(id)).result()),
  );
  const journey = difference(await target.operations!(), before);
  // One poll first, so the one counted finds its session verified as most of the run's polls
  // did (api/auth/verifiedSessions.ts): a poll is its nomination's read; the run's sign-in
  // reads stay on the path.
  await cast.officer.waitFor(`/api/nominations/${ids[0]}`, () => true);
  const beforePoll = await target.operations!();
  await cast.officer.waitFor(`/api/nominations/${ids[0]}`, () => true);
  return { journey, poll: difference(await target.operations!(), beforePoll) };
}

/**
 * Benchmark 1. Bots drive `nominations` nominations through the whole path over the API
 * (draft, dossier, appraisal, a council round with a secret ballot, a signed decision),
 * `roundSize` to a round and `concurrency` rounds at once, the rounds spread over the
 * target's APIs. Then, on the same servers, the
 * baseline replays the very updates, signals, activities and local activities the real
 * workflows' histories show, in their order, workflow by workflow, in the same groups and with the same concurrency.
 */
export async function measureThroughput(
  target: BenchTarget,
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const tag = Date.now().toString(36);
  const requests: RequestCount = { actions: 0, polls: 0 };
  const apiUrls = target.apiUrls ?? [target.apiUrl];
  // One cast per API; rounds go to them in turn, so each API takes every kind of step.
  const casts = await Promise.all(apiUrls.map((url) => signInCast(url, requests)));
  const groups = groupsOf(options, tag);

  const operationsAtStart = await target.operations?.();
  const cpuAtStart = target.processes.map((p) => cpuSeconds(p.pid));
  let start = performance.now();
  const records = await inPool(groups, options.concurrency, (names, i) =>
    driveGroup(casts[i % casts.length]!, names),
  );
  const oursSeconds = (performance.now() - start) / 1000;
  const cpuAfterOurs = target.processes.map((p) => cpuSeconds(p.pid));
  // Before the poll counted alone below.
  const oursRequests = { ...requests };
  const operations =
    operationsAtStart && (await operationsOfRun(target, casts[0]!, records, operationsAtStart));

  const histories: ThroughputResult['histories'] = { nomination: [], round: [], decision: [] };
  const groupShapes: GroupShape[] = [];
  for (const record of records)
    groupShapes.push(await shapeGroup(target.client, record, histories));
  const ours = countShapes(
    groupShapes.flatMap((g) => [...g.nominations.map((n) => n.shape), g.round, g.decision]),
  );

  const cpuBeforeBaseline = target.processes.map((p) => cpuSeconds(p.pid));
  start = performance.now();
  const prefixes = groupShapes.map((_, i) => `baseline-${tag}-g${i}`);
  await inPool(groupShapes, options.concurrency, (group, i) =>
    runBaselineGroup(target.client, target.baselineTaskQueue, prefixes[i]!, group),
  );
  const baselineSeconds = (performance.now() - start) / 1000;
  const cpuAfterBaseline = target.processes.map((p) => cpuSeconds(p.pid));
  const baselineIds = groupShapes.flatMap((g, i) => [
    ...g.nominations.map((_, k) => `${prefixes[i]}-n${k}`),
    `${prefixes[i]}-round`,
    `${prefixes[i]}-decision`,
  ]);

  return {
    ...options,
    ours: { seconds: oursSeconds, counts: ours, requests: oursRequests },
    apis: apiUrls.length,
    records,
    operations,
    baseline: {
      seconds: baselineSeconds,
      counts: await countWorkflows(target.client, baselineIds),
    },
    groupShapes,
    histories,
    cpu: target.processes.map((p, i) => ({
      process: p.name,
      ours: cpuAfterOurs[i]! - cpuAtStart[i]!,
      baseline: cpuAfterBaseline[i]! - cpuBeforeBaseline[i]!,
    })),
  };
}
