import type { Client, WorkflowHandle } from '@temporalio/client';
import type { BaselineShape } from './baselineShape';
import { baselineSignal, baselineUpdate, type baselineWorkflow } from './baselineWorkflow';
import { startBaseline } from './startBaseline';

type Handle = WorkflowHandle<typeof baselineWorkflow>;

/** A council round's worth of real workflows, as counted: the baseline replays this. */
export interface GroupShape {
  nominations: {
    shape: BaselineShape;
    /** Of the nomination's signals, how many came from the round (the rest: the decision). */
    fromRound: number;
  }[];
  round: BaselineShape;
  decision: BaselineShape;
}

async function updates(handle: Handle, shape: BaselineShape): Promise<void> {
  for (let i = 0; i < shape.updates.length; i++) await handle.executeUpdate(baselineUpdate);
}

async function signal(handles: Handle[], counts: number[]): Promise<void> {
  await Promise.all(
    handles.map(async (handle, i) => {
      for (let k = 0; k < counts[i]!; k++) await handle.signal(baselineSignal);
    }),
  );
}

/**
 * The same order as the people's path: the nominations start and take their updates, then
 * the round takes its updates and signals them, then the decision does; the group is done
 * when every workflow has ended.
 */
export async function runBaselineGroup(
  client: Client,
  taskQueue: string,
  idPrefix: string,
  group: GroupShape,
): Promise<void> {
  const nominations = await Promise.all(
    group.nominations.map((n, i) => startBaseline(client, taskQueue, `${idPrefix}-n${i}`, n.shape)),
  );
  await Promise.all(nominations.map((handle, i) => updates(handle, group.nominations[i]!.shape)));
  const round = await startBaseline(client, taskQueue, `${idPrefix}-round`, group.round);
  await updates(round, group.round);
  await signal(
    nominations,
    group.nominations.map((n) => n.fromRound),
  );
  const decision = await startBaseline(client, taskQueue, `${idPrefix}-decision`, group.decision);
  await updates(decision, group.decision);
  await signal(
    nominations,
    group.nominations.map((n) => n.shape.signals.length - n.fromRound),
  );
  await Promise.all([...nominations, round, decision].map((handle) => handle.result()));
}
