import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
  type UpdateDefinition,
  type WorkflowStartOptions,
} from '@temporalio/client';
import { vietnamDateOf } from '../../domain/calendar';
import type { Actor } from '../../domain/process/roles';
import { NominationModel } from '../../data/nomination/nominationModel';
import { DossierModel } from '../../data/nomination/dossierModel';
import { numberDossier } from '../../data/nomination/dossierNumber';
import { insertIfAbsent } from '../../data/duplicateKey';
import { supplementUpdate } from '../../workflows/nomination/supplementUpdate';
import {
  nominationWorkflowId,
  resubmitUpdate,
  submissionUpdate,
  type NominationStart,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { awardKey, unitKey, yearKey } from '../../workflows/nomination/searchAttributes';
import { checksShownTo } from '../eligibility/reasonVisibility';
import { ApiError, notFound } from '../errors/apiError';
import { fromWorkflowError } from '../errors/workflowErrors';
import { boundedUpdate } from '../temporal/boundedUpdate';
import { canRead, requireUnitHead } from './nominationAccess';
import { idFor, type NominationChanges, type NominationService } from './nominationService';

type Nomination = Awaited<ReturnType<NominationService['get']>>;

/** One human action sent to a nomination's workflow as an update. */
export interface NominationAction {
  name: string;
  // The workflow's update definitions differ only in their argument type.
  update: UpdateDefinition<NominationStatus, [never]>;
  args: object;
  idempotencyKey?: string;
}

/** How long a submission's answer waits for its workflows to record it (then: 202 all the same). */
const SUBMISSION_RECORD_WAIT_MS = 5_000;

/** Everything that moves a nomination goes through its workflow, from here. */
export class NominationProcessService {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
    private readonly nominations: NominationService,
  ) {}

  /**
   * The unit head submits a dossier: it gets its number, and each listed draft its number
   * in it and its own workflow. A repeated submission is harmless: the dossier keeps its
   * number, and workflow IDs are fixed by the nomination IDs.
   */
  async submitDossier(
    actor: Actor,
    nominationIds: string[],
    title: string,
    idempotencyKey: string | undefined,
  ): Promise<{
    dossierId: string;
    dossierNumber: string;
    nominations: { nominationId: string; number?: string; workflowId: string }[];
  }> {
    const found = await Promise.all(nominationIds.map((id) => this.nominations.get(actor, id)));
    for (const nomination of found) requireUnitHead(actor, nomination.unitId);
    const dossierId = found.find((n) => n.dossierId)?.dossierId ?? idFor(actor, idempotencyKey);
    await insertIfAbsent(DossierModel as never, dossierId, {
      unitId: actor.unitId,
      title,
      nominationIds,
      submittedBy: { userId: actor.userId, name: actor.name },
      submittedAt: new Date(),
    });
    // Numbered while its nominations are still drafts, so the number is there from the
    // first moment anyone else sees them; one submitted already keeps its own.
    const drafts = found.filter((n) => n.stage === 'draft').map((n) => n._id);
    const numbers = await numberDossier(dossierId, drafts);
    const receivedOn = vietnamDateOf(new Date());
    const deadline = Date.now() + SUBMISSION_RECORD_WAIT_MS;
    // The drafts' workflows at once: each answers when it has recorded its own submission.
    const nominations = await Promise.all(
      found.map(async (nomination) => {
        const number = numbers.nominations.get(nomination._id) ?? nomination.number ?? undefined;
        if (nomination.stage === 'draft') {
          await this.submit(actor, nomination, dossierId, receivedOn, deadline);
        }
        const workflowId = nominationWorkflowId(nomination._id);
        return { nominationId: nomination._id, workflowId, number };
      }),
    );
    return { dossierId, dossierNumber: numbers.number, nominations };
  }

  /**
   * Starts the nomination's workflow with the submission as its first update
   * (update-with-start): the answer comes once the workflow has written the submission and
   * recorded step 1, so a `GET` or an appraisal right after finds it submitted. From here on
   * only the workflow writes the nomination. A repeat joins the running workflow. Past the
   * deadline (a slow or stopped worker) the workflow is made sure to exist and the answer
   * goes all the same: it records the step when it can.
   */
  private async submit(
    actor: Actor,
    nomination: Nomination,
    dossierId: string,
    receivedOn: string,
    deadline: number,
  ): Promise<void> {
    const start: NominationStart = {
      nominationId: nomination._id,
      dossierId,
      unitId: nomination.unitId,
      awardCode: nomination.awardCode,
      kind: nomination.kind,
      year: nomination.year,
      receivedOn,
      submittedBy: actor,
    };
    const options: WorkflowStartOptions = {
      workflowId: nominationWorkflowId(nomination._id),
      taskQueue: this.taskQueue,
      args: [start],
      typedSearchAttributes: [
        { key: unitKey, value: nomination.unitId },
        { key: awardKey, value: nomination.awardCode },
        { key: yearKey, value: nomination.year },
      ],
    };
    const startWorkflowOperation = new WithStartWorkflowOperation('nominationWorkflow', {
      ...options,
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    try {
      await this.temporal.withDeadline(deadline, () =>
        this.temporal.workflow.executeUpdateWithStart(submissionUpdate, {
          startWorkflowOperation,
        }),
      );
    } catch (error) {
      if (!(error instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) {
        throw fromWorkflowError(error) ?? error;
      }
      try {
        await this.temporal.workflow.start('nominationWorkflow', options);
      } catch (startError) {
        if (!(startError instanceof WorkflowExecutionAlreadyStartedError)) throw startError;
      }
    }
  }

  /**
   * The unit edits its nomination: a draft here, a returned dossier through its workflow
   * (which owns it once submitted); the answer is the nomination as edited.
   */
  async edit(actor: Actor, id: string, changes: NominationChanges) {
    const nomination = await this.nominations.get(actor, id);
    if (nomination.stage !== 'returned') {
      return this.nominations.editDraft(actor, nomination, changes);
    }
    await this.nominations.checkEdit(actor, nomination, changes);
    await this.act(actor, nomination, {
      name: 'supplement',
      update: supplementUpdate as NominationAction['update'],
      args: { changes, fromVersion: nomination.dossierVersion },
    });
    return this.nominations.get(actor, id);
  }

  /** The unit resubmits a returned dossier; the secretariat will see what changed. */
  async resubmit(
    actor: Actor,
    id: string,
    note: string | undefined,
    idempotencyKey: string | undefined,
  ) {
    const nomination = await this.nominations.get(actor, id);
    requireUnitHead(actor, nomination.unitId);
    // The workflow records what was resubmitted (the content of this version) as it takes it.
    return this.act(actor, nomination, {
      name: 'resubmit',
      update: resubmitUpdate as NominationAction['update'],
      args: { dossierVersion: nomination.dossierVersion, note },
      idempotencyKey,
    });
  }

  /** A person's action on the nomination, checked by the workflow's validator. */
  async act(
    actor: Actor,
    nominationOrId: Nomination | string,
    action: NominationAction,
  ): Promise<NominationStatus> {
    const nomination =
      typeof nominationOrId === 'string'
        ? await this.nominations.get(actor, nominationOrId)
        : nominationOrId;
    if (!nomination.workflowId) {
      throw new ApiError(409, 'NOT_SUBMITTED', {
        vi: 'Hồ sơ chưa được trình.',
        en: 'The nomination has not been submitted.',
      });
    }
    const handle = this.temporal.workflow.getHandle(nomination.workflowId);
    try {
      return await boundedUpdate(handle, () =>
        handle.executeUpdate(action.update, {
          args: [{ ...action.args, actor }],
          updateId: action.idempotencyKey
            ? `${action.name}:${actor.userId}:${action.idempotencyKey}`
            : undefined,
        }),
      );
    } catch (error) {
      throw fromWorkflowError(error) ?? error;
    }
  }

  async dossier(actor: Actor, id: string) {
    const dossier = await DossierModel.findById(id).lean();
    if (!dossier) throw notFound({ vi: 'hồ sơ trình', en: 'Dossier' }, 'DOSSIER_NOT_FOUND');
    const nominations = await NominationModel.find(
      { _id: { $in: dossier.nominationIds } },
      { history: 0, submissions: 0 },
    ).lean();
    if (nominations.some((n) => !canRead(actor, n.unitId, n.stage))) {
      throw notFound({ vi: 'hồ sơ trình', en: 'Dossier' }, 'DOSSIER_NOT_FOUND');
    }
    return { ...dossier, nominations: nominations.map((n) => checksShownTo(actor, n)) };
  }
}
