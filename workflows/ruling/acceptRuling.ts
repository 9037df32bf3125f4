import {
  condition,
  currentUpdateInfo,
  setHandler,
  type QueryDefinition,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { SigningAuthority } from '../../domain/delegation';
import type { Refusal } from '../../domain/messages/refusal';
import { isRefusal } from '../../domain/ruling/rulingRules';
import { refusalFailure } from '../refusal';

export interface RulingMessages<Status, Action> {
  statusQuery: QueryDefinition<Status>;
  /** Answers once the request is prepared (or refused). */
  readyUpdate: UpdateDefinition<Status, []>;
  ruleUpdate: UpdateDefinition<Status, [Action]>;
}

interface RulingHooks<Status, Action> {
  status: () => Status;
  prepared: () => boolean;
  done: () => boolean;
  /** Who may rule and whether the ruling is complete: the authority, or why not. */
  check: (action: Action) => Refusal | SigningAuthority;
  /** Takes the ruling; the workflow acts on it. */
  accept: (action: Action, authority: SigningAuthority, updateId: string | undefined) => void;
}

/**
 * The handlers shared by every workflow that waits for the minister's (or a covered
 * deputy's) ruling: the status query, "is it ready", and the ruling itself, validated
 * synchronously and checked again when applied (two rulings can both pass validation).
 */
export function acceptRuling<Status, Action>(
  messages: RulingMessages<Status, Action>,
  hooks: RulingHooks<Status, Action>,
): void {
  setHandler(messages.statusQuery, hooks.status);
  setHandler(messages.readyUpdate, async () => {
    await condition(hooks.prepared);
    return hooks.status();
  });
  setHandler(
    messages.ruleUpdate,
    async (action) => {
      const checked = hooks.check(action);
      if (isRefusal(checked)) throw refusalFailure(checked);
      hooks.accept(action, checked, currentUpdateInfo()?.id);
      await condition(hooks.done);
      return hooks.status();
    },
    {
      validator: (action) => {
        const checked = hooks.check(action);
        if (isRefusal(checked)) throw refusalFailure(checked);
      },
    },
  );
}
