import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { vietnamDateOf } from '../../domain/calendar';
import type { Actor } from '../../domain/process/roles';
import { NominationModel } from '../../data/nomination/nominationModel';
import { DossierModel } from '../../data/nomination/dossierModel';
import { numberDossier } from '../../data/nomination/dossierNumber';
import { insertIfAbsent } from '../../data/duplicateKey';
import {
  nominationWorkflowId,
  resubmitUpdate,
  type NominationStart,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { awardKey, unitKey, yearKey } from '../../workflows/nomination/searchAttributes';
import { checksShownTo } from '../eligibility/reasonVisibility';
import { ApiError, notFound } from '../errors/apiError';
import { fromWorkflowError } from '../errors/workflowErrors';
import { boundedUpdate } from '../temporal/boundedUpdate';
import { canRead, requireUnitHead } from './nominationAccess';
import type { NominationAction } from './nominationActionRoutes';
import { idFor, type NominationService } from './nominationService';

type Nomination = Awaited<ReturnType<NominationService['get']>>;

const contentOf = (n: Nomination) => ({
  nominee: n.nominee,
  awardCode: n.awardCode,
  kind: n.kind,
  year: n.year,
  reviewOccasion: n.reviewOccasion ?? undefined,
  achievements: n.achievements,
  documents: n.documents,
});

/** How long a submission's answer waits for its workflows to record it (then: 202 all the same). */
const SUBMISSION_RECORD_WAIT_MS = 5_000;

/**
 * Waits (bounded) until each workflow has recorded its submission in the read model, so a
 * `GET` or the secretariat's appraisal right after the answer finds the dossier submitted,
 * not a draft it may not see. The workflow is started either way: a slow worker only
 * means the step is recorded after the answer.
 */
async function untilSubmissionsRecorded(nominationIds: readonly string[]): Promise<void> {
  const deadline = Date.now() + SUBMISSION_RECORD_WAIT_MS;
  for (const id of nominationIds) {
    while (Date.now() < deadline) {
      const recorded = await NominationModel.findById(id, { lastSeq: 1 }).lean();
      if ((recorded?.lastSeq ?? 0) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

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
    const nominations = [];
    for (const nomination of found) {
      const number = numbers.nominations.get(nomination._id) ?? nomination.number ?? undefined;
      nominations.push({
        ...(await this.start(actor, nomination, { dossierId, number }, receivedOn)),
        number,
      });
    }
    await untilSubmissionsRecorded(nominationIds);
    return { dossierId, dossierNumber: numbers.number, nominations };
  }

  private async start(
    actor: Actor,
    nomination: Nomination,
    dossier: { dossierId: string; number?: string },
    receivedOn: string,
  ) {
    const workflowId = nominationWorkflowId(nomination._id);
    const { dossierId, number } = dossier;
    if (nomination.stage === 'draft') {
      await NominationModel.updateOne(
        {
          _id: nomination._id,
          stage: 'draft',
          'submissions.version': { $ne: nomination.dossierVersion },
        },
        {
          $set: { workflowId, dossierId, number },
          $push: {
            submissions: {
              version: nomination.dossierVersion,
              at: new Date(),
              content: contentOf(nomination),
            },
          },
        },
      );
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
      try {
        await this.temporal.workflow.start('nominationWorkflow', {
          workflowId,
          taskQueue: this.taskQueue,
          args: [start],
          typedSearchAttributes: [
            { key: unitKey, value: nomination.unitId },
            { key: awardKey, value: nomination.awardCode },
            { key: yearKey, value: nomination.year },
          ],
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    return { nominationId: nomination._id, workflowId };
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
    await NominationModel.updateOne(
      { _id: id, stage: 'returned', 'submissions.version': { $ne: nomination.dossierVersion } },
      {
        $push: {
          submissions: {
            version: nomination.dossierVersion,
            at: new Date(),
            content: contentOf(nomination),
          },
        },
      },
    );
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
