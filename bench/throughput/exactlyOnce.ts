import type { Client } from '@temporalio/client';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { DecisionNumberModel } from '../../data/awardDecision/decisionNumberModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { reconcileNominations } from '../../scripts/reconcile/reconcileNominations';
import type { GroupRecord } from '../support/nominationBots';

/** What the records say after a throughput run; `problems` is empty when all held. */
export interface ExactlyOnceReport {
  nominations: number;
  approved: number;
  /** The one timeline every nomination has, by step action. */
  path: string[];
  decisions: number;
  /** The run's decision numbers, in number order. */
  numbers: string[];
  /** Submitted nominations reconcile compared with their workflows, and its drift. */
  reconciled: { checked: number; drift: number };
  problems: string[];
}

/**
 * Every nomination of the run finished exactly once, as the fault harness requires after a
 * fault (test/fault/harness/afterFault.ts), here after a run over several workers and APIs:
 * each is approved and its timeline holds each step once with seqs 0..n-1, all by the same
 * path; each decision has one register number, its series runs 01..N without gap or
 * duplicate, and its nominations carry that number; reconcile finds the read model equal to
 * the workflows.
 */
export async function checkExactlyOnce(
  databaseUri: string,
  client: Client,
  records: GroupRecord[],
): Promise<ExactlyOnceReport> {
  await connectDatabase(databaseUri);
  try {
    const problems: string[] = [];
    const ids = records.flatMap((r) => r.nominationIds);
    const nominations = await NominationModel.find(
      { _id: { $in: ids } },
      { stage: 1, history: 1, decision: 1 },
    ).lean();
    if (nominations.length !== ids.length)
      problems.push(`${ids.length - nominations.length} nominations missing`);
    const path = nominations[0]?.history.map((h) => h.action) ?? [];
    for (const n of nominations) {
      const actions = n.history.map((h) => h.action);
      if (n.stage !== 'approved') problems.push(`${n._id}: stage ${n.stage}`);
      if (new Set(actions).size !== actions.length)
        problems.push(`${n._id}: a step twice (${actions.join(', ')})`);
      if (actions.join() !== path.join()) problems.push(`${n._id}: path ${actions.join(', ')}`);
      if (n.history.some((h, i) => h.seq !== i))
        problems.push(`${n._id}: seqs ${n.history.map((h) => h.seq).join(', ')}`);
    }

    const register = await DecisionNumberModel.find(
      { documentType: { $ne: 'submission' } },
      { symbol: 1, year: 1, sequence: 1, decisionId: 1 },
    ).lean();
    const series = new Map<string, number[]>();
    for (const entry of register) {
      const key = `${entry.symbol}:${entry.year}`;
      series.set(key, [...(series.get(key) ?? []), entry.sequence]);
    }
    for (const [key, sequences] of series) {
      const sorted = sequences.sort((a, b) => a - b);
      if (sorted.some((s, i) => s !== i + 1))
        problems.push(`series ${key} is not 1..${sorted.length}: ${sorted.join(', ')}`);
    }
    const byId = new Map(nominations.map((n) => [String(n._id), n]));
    const numbers: string[] = [];
    for (const record of records) {
      const entries = register.filter((e) => e.decisionId === record.decisionId);
      if (entries.length !== 1)
        problems.push(`decision ${record.decisionId}: ${entries.length} register numbers`);
      const carried = new Set(record.nominationIds.map((id) => byId.get(id)?.decision?.number));
      if (carried.size !== 1 || carried.has(undefined))
        problems.push(
          `decision ${record.decisionId}: nominations carry ${[...carried].join(', ')}`,
        );
      else numbers.push(...(carried as Set<string>));
    }
    if (new Set(numbers).size !== numbers.length) problems.push('two decisions share a number');

    const reconciliation = await reconcileNominations(client);
    for (const d of reconciliation.drift) problems.push(`reconcile: ${JSON.stringify(d)}`);
    return {
      nominations: ids.length,
      approved: nominations.filter((n) => n.stage === 'approved').length,
      path,
      decisions: records.length,
      numbers: numbers.sort(),
      reconciled: { checked: reconciliation.checked, drift: reconciliation.drift.length },
      problems,
    };
  } finally {
    await disconnectDatabase();
  }
}
