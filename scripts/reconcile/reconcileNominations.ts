import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { storedDeskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { checkStatistics, repairStatistics } from '../../data/statistics/recountStatistics';
import type { Stage } from '../../domain/process/stages';
import { statusQuery, type NominationStatus } from '../../workflows/nomination/messages';

/**
 * One disagreement between the read model and the workflow that owns the nomination, or
 * within the read model: its place on the desk (`deskKey`) is not what its stage, deadline
 * and last step make it, so the desk would list it wrongly.
 */
interface Drift {
  nominationId: string;
  kind: 'missing_workflow' | 'stage_differs' | 'steps_behind' | 'desk_key_differs';
  readModel: { stage: string; lastSeq: number; deskKey?: string };
  workflow?: { stage: string; seq: number };
  /** For `desk_key_differs`: the key its stage, deadline and last step make. */
  expectedDeskKey?: string;
}

interface ReconciliationReport {
  checked: number;
  drift: Drift[];
}

/** Stages the revocation workflow sets after the nomination's own workflow has ended. */
const SET_AFTER_THE_END = new Set(['revoked']);

async function workflowStatus(
  client: Client,
  workflowId: string,
): Promise<NominationStatus | undefined> {
  const handle = client.workflow.getHandle(workflowId);
  try {
    const { status } = await handle.describe();
    return status.name === 'COMPLETED' ? await handle.result() : await handle.query(statusQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Compares every submitted nomination's read model with its workflow's state, and its desk
 * key with its stage, deadline and last step, and lists the differences. The workflow is the
 * record of the process, so a difference means the read model missed or misapplied a step.
 * Reads only; page by page, in `_id` order.
 */
export async function reconcileNominations(
  client: Client,
  pageSize = 200,
): Promise<ReconciliationReport> {
  const drift: Drift[] = [];
  let checked = 0;
  let after = '';
  for (;;) {
    const page = await NominationModel.find(
      { _id: { $gt: after }, workflowId: { $exists: true } },
      { stage: 1, lastSeq: 1, workflowId: 1, dueOn: 1, deskKey: 1, 'history.at': 1 },
    )
      .sort({ _id: 1 })
      .limit(pageSize)
      .lean<
        {
          _id: string;
          stage: Stage;
          lastSeq: number;
          workflowId: string;
          dueOn?: string;
          deskKey?: string;
          history: { at: Date }[];
        }[]
      >();
    if (page.length === 0) break;
    after = page[page.length - 1]!._id;
    for (const doc of page) {
      checked += 1;
      const readModel = { stage: doc.stage, lastSeq: doc.lastSeq };
      const expectedDeskKey = storedDeskKey(doc);
      if (doc.deskKey !== expectedDeskKey) {
        drift.push({
          nominationId: doc._id,
          kind: 'desk_key_differs',
          readModel: { ...readModel, ...(doc.deskKey && { deskKey: doc.deskKey }) },
          ...(expectedDeskKey && { expectedDeskKey }),
        });
      }
      const status = await workflowStatus(client, doc.workflowId);
      if (!status) {
        drift.push({ nominationId: doc._id, kind: 'missing_workflow', readModel });
      } else if (status.stage !== doc.stage && !SET_AFTER_THE_END.has(doc.stage)) {
        drift.push({ nominationId: doc._id, kind: 'stage_differs', readModel, workflow: status });
      } else if (doc.lastSeq < status.seq) {
        drift.push({ nominationId: doc._id, kind: 'steps_behind', readModel, workflow: status });
      }
    }
  }
  return { checked, drift };
}

/**
 * The statistics part of `npm run reconcile`: each summary document against the sum of its
 * nominations' entries, and each entry against its nomination's record (data/statistics);
 * with `repair` (`--repair`), drifted entries and summaries are rewritten from the records.
 * Returns the report's lines (Vietnamese / English) and whether the statistics agree (once
 * repaired, with `repair`).
 */
export async function reconcileStatistics(
  repair: boolean,
): Promise<{ lines: string[]; agrees: boolean }> {
  const { found, remaining } = repair
    ? await repairStatistics()
    : { found: await checkStatistics(), remaining: undefined };
  const lines = [
    `Thống kê: đã đối chiếu ${found.checked} hồ sơ / statistics: checked ${found.checked}`,
  ];
  for (const d of found.nominations) lines.push(`${d.nominationId}\tstatistics_${d.kind}`);
  for (const d of found.summaries) {
    for (const [path, { expected, stored }] of Object.entries(d.differences)) {
      lines.push(`${d.summaryId}\tsummary\t${path}: ${stored} ≠ ${expected}`);
    }
  }
  const drifts = found.nominations.length + found.summaries.length;
  const agrees = repair ? remaining!.length === 0 : drifts === 0;
  lines.push(
    drifts === 0
      ? 'Thống kê khớp với hồ sơ / statistics agree'
      : `${drifts} sai lệch thống kê / statistics drifts` +
          (!repair
            ? ' (--repair để sửa / to repair)'
            : agrees
              ? ' — đã sửa / repaired'
              : ` — còn ${remaining!.length} chưa sửa được, chạy lại / ${remaining!.length} left, run again`),
  );
  return { lines, agrees };
}
