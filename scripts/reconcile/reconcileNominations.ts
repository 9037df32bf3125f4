import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { NominationModel } from '../../data/nomination/nominationModel';
import { statusQuery, type NominationStatus } from '../../workflows/nomination/messages';

/** One disagreement between the read model and the workflow that owns the nomination. */
export interface Drift {
  nominationId: string;
  kind: 'missing_workflow' | 'stage_differs' | 'steps_behind';
  readModel: { stage: string; lastSeq: number };
  workflow?: { stage: string; seq: number };
}

export interface ReconciliationReport {
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
 * Compares every submitted nomination's read model with its workflow's state and lists
 * the differences. The workflow is the record of the process, so a difference means the
 * read model missed or misapplied a step. Reads only; page by page, in `_id` order.
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
      { stage: 1, lastSeq: 1, workflowId: 1 },
    )
      .sort({ _id: 1 })
      .limit(pageSize)
      .lean();
    if (page.length === 0) break;
    after = page[page.length - 1]!._id;
    for (const doc of page) {
      checked += 1;
      const readModel = { stage: doc.stage, lastSeq: doc.lastSeq };
      const status = await workflowStatus(client, doc.workflowId!);
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
