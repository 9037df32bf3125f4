import { createHash, randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { z } from 'zod';
import type { Actor } from '../../domain/process/roles';
import type { StepDecision } from '../../domain/process/stepDecision';
import type { WaitingStage } from '../../domain/process/stages';
import { NominationModel } from '../../data/nomination/nominationModel';
import {
  appraisalUpdate,
  councilReviewUpdate,
  ministerDecisionUpdate,
  nominationWorkflowId,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { awardKey, unitKey, yearKey } from '../../workflows/nomination/searchAttributes';
import { ApiError, notFound } from '../errors/apiError';
import { fromWorkflowError } from '../errors/workflowErrors';
import { canRead, readScope, requireDrafter, requireUnitHead } from './nominationAccess';
import type { createNominationBody, listNominationsQuery } from './nominationSchemas';

const NOMINATION = { vi: 'hồ sơ đề nghị', en: 'Nomination' };
const UPDATE_BY_STAGE = {
  appraisal: appraisalUpdate,
  council_review: councilReviewUpdate,
  minister_decision: ministerDecisionUpdate,
} as const;

/** The rules of the front door for nominations; routes stay thin. */
export class NominationService {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  /** A draft in the database; with an idempotency key, repeating the request returns the same draft. */
  async createDraft(
    actor: Actor,
    body: z.infer<typeof createNominationBody>,
    idempotencyKey: string | undefined,
  ) {
    const unitId = requireDrafter(actor);
    const id = idempotencyKey
      ? createHash('sha256').update(`${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)
      : randomUUID().replaceAll('-', '');
    const existing = await NominationModel.findById(id).lean();
    if (existing) return existing;
    const now = new Date();
    try {
      const created = await NominationModel.create({
        _id: id,
        unitId,
        ...body,
        stage: 'draft',
        createdBy: actor,
        lastSeq: 0,
        history: [{ seq: 0, at: now, action: 'drafted', stage: 'draft', actor }],
      });
      return created.toObject();
    } catch (error) {
      // The same key raced with itself: the other request created it.
      if ((error as { code?: number }).code === 11000) return NominationModel.findById(id).lean();
      throw error;
    }
  }

  async get(actor: Actor, id: string) {
    const nomination = await NominationModel.findById(id).lean();
    if (!nomination || !canRead(actor, nomination.unitId)) {
      throw notFound(NOMINATION, 'NOMINATION_NOT_FOUND');
    }
    return nomination;
  }

  async list(actor: Actor, query: z.infer<typeof listNominationsQuery>) {
    const scope = readScope(actor);
    if (scope && query.unitId && query.unitId !== scope) {
      return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    }
    const filter = {
      ...((scope ?? query.unitId) && { unitId: scope ?? query.unitId }),
      ...(query.stage && { stage: query.stage }),
      ...(query.year && { year: query.year }),
    };
    const [items, total] = await Promise.all([
      NominationModel.find(filter, { history: 0 })
        .sort(query.sort)
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
      NominationModel.countDocuments(filter),
    ]);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** Starts the nomination's workflow. Submitting twice is harmless: the ID is fixed. */
  async submit(actor: Actor, id: string): Promise<{ nominationId: string; workflowId: string }> {
    const nomination = await this.get(actor, id);
    requireUnitHead(actor, nomination.unitId);
    const workflowId = nominationWorkflowId(id);
    if (nomination.stage !== 'draft') return { nominationId: id, workflowId };
    await NominationModel.updateOne({ _id: id }, { $set: { workflowId } });
    try {
      await this.temporal.workflow.start('nominationWorkflow', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [
          {
            nominationId: id,
            unitId: nomination.unitId,
            awardCode: nomination.awardCode,
            year: nomination.year,
            submittedBy: actor,
          },
        ],
        typedSearchAttributes: [
          { key: unitKey, value: nomination.unitId },
          { key: awardKey, value: nomination.awardCode },
          { key: yearKey, value: nomination.year },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { nominationId: id, workflowId };
  }

  /** A human decision at a waiting stage, checked by the workflow's validator. */
  async decide(
    actor: Actor,
    id: string,
    stage: WaitingStage,
    body: Omit<StepDecision, 'actor'>,
    idempotencyKey: string | undefined,
  ): Promise<NominationStatus> {
    const nomination = await this.get(actor, id);
    if (!nomination.workflowId) {
      throw new ApiError(409, 'NOT_SUBMITTED', {
        vi: 'Hồ sơ chưa được trình.',
        en: 'The nomination has not been submitted.',
      });
    }
    const handle = this.temporal.workflow.getHandle(nomination.workflowId);
    try {
      return await handle.executeUpdate(UPDATE_BY_STAGE[stage], {
        args: [{ ...body, actor }],
        updateId: idempotencyKey ? `${stage}:${actor.userId}:${idempotencyKey}` : undefined,
      });
    } catch (error) {
      throw fromWorkflowError(error) ?? error;
    }
  }
}
