import { createHash, randomUUID } from 'node:crypto';
import {
  WorkflowExecutionAlreadyStartedError,
  type Client,
  type UpdateDefinition,
} from '@temporalio/client';
import type { z } from 'zod';
import { vietnamDateOf } from '../../domain/calendar';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import type { Delegation } from '../../domain/delegation/delegation';
import { isUnitRole, type Actor } from '../../domain/process/roles';
import { AwardDecisionModel } from '../../data/awardDecision/awardDecisionModel';
import {
  awardDecisionWorkflowId,
  draftOutcomeUpdate,
  ruleDecisionUpdate,
  type AwardDecisionStart,
  type AwardDecisionStatus,
} from '../../workflows/awardDecision/messages';
import { ApiError, notFound } from '../errors/apiError';
import { delegationFor } from '../delegation/delegationService';
import type {
  draftDecisionBody,
  listDecisionsQuery,
  listPublicDecisionsQuery,
  ruleDecisionBody,
} from './decisionSchemas';
import { refusalError } from '../errors/workflowErrors';
import { ALREADY_RULED, NOT_FOUND_TEXT, awaitFirstStep, executeAction } from './workflowCalls';
import { findPage } from '../../data/findPage';

/** The decision's number, date, signature and the kept nominees: what the public may see. */
const PUBLIC_FIELDS = {
  number: 1,
  awardCode: 1,
  kind: 1,
  year: 1,
  signedOn: 1,
  signatureLines: 1,
  'signer.name': 1,
  'onBehalfOf.name': 1,
  annex: 1,
  struck: 1,
  publishedAt: 1,
} as const;

export function idFromKey(actor: Actor, key: string | undefined): string {
  return key
    ? createHash('sha256').update(`${actor.userId}\n${key}`).digest('hex').slice(0, 32)
    : randomUUID().replaceAll('-', '');
}

/** The rules of the front door for award decisions; routes stay thin. */
export class DecisionService {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  /** The secretariat drafts a decision; the answer comes once the draft is checked and written. */
  async draft(
    actor: Actor,
    body: z.infer<typeof draftDecisionBody>,
    key: string | undefined,
  ): Promise<{ status: AwardDecisionStatus; decision: unknown }> {
    const decisionId = idFromKey(actor, key);
    const start: AwardDecisionStart = {
      decisionId,
      awardCode: body.awardCode,
      kind: body.kind,
      year: body.year,
      nominationIds: body.nominationIds,
      draftedBy: actor,
    };
    const workflowId = awardDecisionWorkflowId(decisionId);
    try {
      await this.temporal.workflow.start('awardDecisionWorkflow', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [start],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    const handle = this.temporal.workflow.getHandle(workflowId);
    const status = await awaitFirstStep(handle, draftOutcomeUpdate);
    if (status.refusal) throw refusalError(status.refusal);
    return { status, decision: await AwardDecisionModel.findById(decisionId).lean() };
  }

  async get(actor: Actor, id: string) {
    const decision = await AwardDecisionModel.findById(id).lean();
    // Unit staff read published decisions through the public register.
    if (!decision || isUnitRole(actor.role)) {
      throw notFound(NOT_FOUND_TEXT.decision, 'DECISION_NOT_FOUND');
    }
    return decision;
  }

  async list(actor: Actor, query: z.infer<typeof listDecisionsQuery>) {
    if (isUnitRole(actor.role)) {
      throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
        vi: 'Đơn vị xem quyết định đã ban hành tại danh sách công khai.',
        en: 'Units read issued decisions in the public register.',
      });
    }
    const filter = {
      ...(query.status && { status: query.status }),
      ...(query.year && { year: query.year }),
    };
    return findPage(
      AwardDecisionModel,
      filter,
      { sort: { status: 1, year: -1, createdAt: -1 }, projection: { timeline: 0 } },
      query,
    );
  }

  /** The minister's (or a covered deputy's) ruling, checked by the workflow's validator. */
  async rule(
    actor: Actor,
    id: string,
    body: z.infer<typeof ruleDecisionBody>,
    key: string | undefined,
  ): Promise<AwardDecisionStatus> {
    const decision = await this.get(actor, id);
    return sendRuling(this.temporal, actor, decision, ruleDecisionUpdate, body, key);
  }

  /** Published decisions only: never a draft, a rejected or a returned one. */
  async listPublic(query: z.infer<typeof listPublicDecisionsQuery>) {
    const filter = { published: true, ...(query.year && { year: query.year }) };
    const found = await findPage(
      AwardDecisionModel,
      filter,
      { sort: { published: 1, signedAt: -1 }, projection: PUBLIC_FIELDS },
      query,
    );
    return { ...found, items: found.items.map(publicView) };
  }

  async getPublic(id: string) {
    const decision = await AwardDecisionModel.findOne(
      { _id: id, published: true },
      PUBLIC_FIELDS,
    ).lean();
    if (!decision) throw notFound(NOT_FOUND_TEXT.decision, 'DECISION_NOT_FOUND');
    return publicView(decision);
  }
}

/** The published text: the annex lists the nominees awarded; struck ones are not part of it. */
function publicView(decision: {
  _id: string;
  number?: string | null;
  annex: Array<{
    nominationId: string;
    nomineeName: string;
    unitName?: string | null;
    position?: string | null;
  }>;
  struck?: Array<{ nominationId: string }>;
  [key: string]: unknown;
}) {
  const struck = new Set((decision.struck ?? []).map((s) => s.nominationId));
  const { annex, ...rest } = decision;
  return {
    ...rest,
    struck: undefined,
    annex: annex
      .filter((item) => !struck.has(item.nominationId))
      .map((item) => ({
        nomineeName: item.nomineeName,
        position: item.position ?? undefined,
        unitName: item.unitName ?? undefined,
      })),
  };
}

/**
 * Sends the minister's (or a covered deputy's) ruling on a decision or a revocation to its
 * workflow, with the delegation the actor holds for the award today (Vietnam time); the
 * caller's idempotency key makes a repeated ruling apply once.
 */
export async function sendRuling<Ret extends { rulingUpdateId?: string }, Body extends object>(
  temporal: Client,
  actor: Actor,
  ruled: { workflowId: string; awardCode: string; kind: string },
  update: UpdateDefinition<Ret, [Body & { actor: Actor; delegation?: Delegation }]>,
  body: Body,
  key: string | undefined,
): Promise<Ret> {
  const delegation = await delegationFor(
    actor,
    ruled.awardCode as AwardCode,
    ruled.kind as CommendationKind,
    vietnamDateOf(new Date()),
  );
  return executeAction(
    temporal.workflow.getHandle(ruled.workflowId),
    update,
    { ...body, actor, delegation },
    key ? `ruling:${actor.userId}:${key}` : undefined,
    ALREADY_RULED,
  );
}
