import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { z } from 'zod';
import type { Actor } from '../../domain/process/roles';
import { RevocationModel } from '../../data/revocation/revocationModel';
import {
  revocationReadyUpdate,
  revocationWorkflowId,
  ruleRevocationUpdate,
  type RevocationStatus,
} from '../../workflows/revocation/messages';
import { ApiError, notFound } from '../errors/apiError';
import { idFromKey, sendRuling } from '../awardDecision/decisionService';
import { ALREADY_RULED, NOT_FOUND_TEXT, awaitFirstStep } from '../awardDecision/workflowCalls';
import { refusalError } from '../errors/workflowErrors';
import type {
  listRevocationsQuery,
  requestRevocationBody,
  ruleRevocationBody,
} from './revocationSchemas';
import { findPage } from '../../data/findPage';

const READERS = new Set(['secretariat', 'minister', 'deputy_minister', 'inspector', 'admin']);

function requireReader(actor: Actor): void {
  if (!READERS.has(actor.role)) {
    throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
      vi: 'Bạn không được xem đề nghị thu hồi khen thưởng.',
      en: 'You may not read revocation requests.',
    });
  }
}

/** Revoking a granted award: the secretariat requests, the minister (or a covered deputy) rules. */
export class RevocationService {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  async request(
    actor: Actor,
    body: z.infer<typeof requestRevocationBody>,
    key: string | undefined,
  ): Promise<{ status: RevocationStatus; revocation: unknown }> {
    const revocationId = idFromKey(actor, key);
    const workflowId = revocationWorkflowId(body.nominationId);
    try {
      await this.temporal.workflow.start('revocationWorkflow', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [{ revocationId, ...body, requestedBy: actor }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    const status = await awaitFirstStep(
      this.temporal.workflow.getHandle(workflowId),
      revocationReadyUpdate,
    );
    if (status.revocationId !== revocationId) {
      throw new ApiError(
        409,
        'REVOCATION_IN_PROGRESS',
        {
          vi: 'Đã có một đề nghị thu hồi khác đang chờ xử lý cho hồ sơ này.',
          en: 'Another revocation request for this nomination is awaiting a ruling.',
        },
        'nominationId',
      );
    }
    if (status.refusal) throw refusalError(status.refusal);
    return { status, revocation: await RevocationModel.findById(revocationId).lean() };
  }

  async get(actor: Actor, id: string) {
    requireReader(actor);
    const revocation = await RevocationModel.findById(id).lean();
    if (!revocation) throw notFound(NOT_FOUND_TEXT.revocation, 'REVOCATION_NOT_FOUND');
    return revocation;
  }

  async list(actor: Actor, query: z.infer<typeof listRevocationsQuery>) {
    requireReader(actor);
    const filter = query.status ? { status: query.status } : {};
    return findPage(RevocationModel, filter, { sort: { status: 1, createdAt: -1 } }, query);
  }

  async rule(
    actor: Actor,
    id: string,
    body: z.infer<typeof ruleRevocationBody>,
    key: string | undefined,
  ): Promise<RevocationStatus> {
    const revocation = await this.get(actor, id);
    const status = await sendRuling(
      this.temporal,
      actor,
      revocation,
      ruleRevocationUpdate,
      body,
      key,
    );
    if (status.revocationId !== id) throw refusalError(ALREADY_RULED);
    return status;
  }
}
