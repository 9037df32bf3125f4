import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { awardDecisionWorkflowId } from '../../workflows/awardDecision/messages';
import { councilRoundWorkflowId } from '../../workflows/councilRound/messages';
import { nominationWorkflowId } from '../../workflows/nomination/messages';
import { runBaselineGroup, type GroupShape } from '../baseline/baselineGroup';
import { totalActivities, type BaselineShape } from '../baseline/baselineShape';
import type { BenchTarget } from '../support/benchTarget';
import type { RequestCount } from '../support/botClient';
import { shapeOfHistory, signalsSentTo } from '../support/historyShape';
import { historySize } from '../support/historySize';
import { driveGroup, signInCast, type GroupRecord } from '../support/nominationBots';
import { inPool } from '../support/pool';
import { cpuSeconds } from '../support/processCpu';
import { countWorkflows, type WorkflowCounts } from '../support/workflowCounts';

export interface ThroughputOptions {
  nominations: number;
  /** Nominations per council round (and per award decision). */
  roundSize: number;
  /** Rounds driven at once. */
  concurrency: number;
}

type Size = ReturnType<typeof historySize>;

export interface ThroughputResult extends ThroughputOptions {
  ours: { seconds: number; counts: WorkflowCounts; requests: RequestCount };
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

const countsOf = (shapes: BaselineShape[]): WorkflowCounts => ({
  workflows: shapes.length,
  updates: shapes.reduce((n, s) => n + s.updates.length, 0),
  activities: shapes.reduce((n, s) => n + totalActivities(s), 0),
  signals: shapes.reduce((n, s) => n + s.signals.length, 0),
});

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

/**
 * Benchmark 1. Bots drive `nominations` nominations through the whole path over the API
 * (draft, dossier, appraisal, a council round with a secret ballot, a signed decision),
 * `roundSize` to a round and `concurrency` rounds at once. Then, on the same servers, the
 * baseline replays the very counts of updates, signals and activities the real workflows'
 * histories show, workflow by workflow, in the same groups and with the same concurrency.
 */
export async function measureThroughput(
  target: BenchTarget,
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const tag = Date.now().toString(36);
  const requests: RequestCount = { actions: 0, polls: 0 };
  const cast = await signInCast(target.apiUrl, requests);
  const groups = groupsOf(options, tag);

  const cpuAtStart = target.processes.map((p) => cpuSeconds(p.pid));
  let start = performance.now();
  const records = await inPool(groups, options.concurrency, (names) => driveGroup(cast, names));
  const oursSeconds = (performance.now() - start) / 1000;
  const cpuAfterOurs = target.processes.map((p) => cpuSeconds(p.pid));

  const histories: ThroughputResult['histories'] = { nomination: [], round: [], decision: [] };
  const groupShapes: GroupShape[] = [];
  for (const record of records)
    groupShapes.push(await shapeGroup(target.client, record, histories));
  const ours = countsOf(
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
    ours: { seconds: oursSeconds, counts: ours, requests: { ...requests } },
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
