import type { UpdateDefinition } from '@temporalio/client';
import type { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import type { Actor } from '../../domain/process/roles';
import {
  escalateUpdate,
  extendDeadlineUpdate,
  reassignUpdate,
  remindUpdate,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { ApiError } from '../errors/apiError';
import type { NominationProcessService } from '../nomination/nominationProcessService';
import { requireSecretariat } from './deskAccess';
import type { DeskActionName, extendBody, reassignBody, remindBody } from './deskSchemas';

/** The secretariat's one-click and bulk actions, each sent to the nomination's workflow. */
export class DeskActions {
  constructor(private readonly process: NominationProcessService) {}

  /** One desk action on one nomination, through its workflow (which validates it). */
  async act(
    actor: Actor,
    nominationId: string,
    name: DeskActionName,
    body: unknown,
    idempotencyKey?: string,
  ): Promise<NominationStatus> {
    requireSecretariat(actor);
    const { update, args } = await this.updateFor(name, body);
    return this.process.act(actor, nominationId, {
      name: `desk-${name}`,
      update: update as UpdateDefinition<NominationStatus, [never]>,
      args,
      idempotencyKey: idempotencyKey && `${idempotencyKey}:${nominationId}`,
    });
  }

  private async updateFor(
    name: DeskActionName,
    body: unknown,
  ): Promise<{ update: unknown; args: object }> {
    switch (name) {
      case 'remind':
        return { update: remindUpdate, args: body as z.infer<typeof remindBody> };
      case 'escalate':
        return { update: escalateUpdate, args: body as object };
      case 'extend':
        return { update: extendDeadlineUpdate, args: body as z.infer<typeof extendBody> };
      case 'reassign': {
        const { assigneeUserId, reason } = body as z.infer<typeof reassignBody>;
        const user = await UserModel.findById(assigneeUserId).lean();
        if (!user || !user.active) {
          throw new ApiError(
            422,
            'ASSIGNEE_NOT_FOUND',
            { vi: 'Không có người dùng này.', en: 'No such active user.' },
            'assigneeUserId',
          );
        }
        return {
          update: reassignUpdate,
          args: { assignee: { userId: user._id, name: user.name }, reason },
        };
      }
    }
  }

  /** The same action on many nominations; each succeeds or is refused on its own. */
  async bulk(
    actor: Actor,
    name: DeskActionName,
    ids: readonly string[],
    body: unknown,
    idempotencyKey?: string,
  ) {
    requireSecretariat(actor);
    const results: {
      nominationId: string;
      status: 'done' | 'refused';
      result?: NominationStatus;
      error?: ReturnType<ApiError['toBody']>['error'];
    }[] = [];
    const queue = [...new Set(ids)];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          results.push({
            nominationId: id,
            status: 'done',
            result: await this.act(actor, id, name, body, idempotencyKey),
          });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ nominationId: id, status: 'refused', error: error.toBody().error });
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const order = new Map(ids.map((id, i) => [id, i]));
    results.sort((a, b) => order.get(a.nominationId)! - order.get(b.nominationId)!);
    return {
      action: name,
      done: results.filter((r) => r.status === 'done').length,
      refused: results.filter((r) => r.status === 'refused').length,
      results,
    };
  }
}
