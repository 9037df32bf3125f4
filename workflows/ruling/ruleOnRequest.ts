import { allHandlersFinished, condition } from '@temporalio/workflow';
import { vietnamDateOf } from '../../domain/calendar';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import type { Delegation, SigningAuthority } from '../../domain/delegation';
import type { Refusal } from '../../domain/messages/refusal';
import type { Actor } from '../../domain/process/roles';
import { authorityFor, isRefusal } from '../../domain/ruling/rulingRules';
import { acceptRuling, type RulingMessages } from './acceptRuling';

/** The phases every ruling goes through; a workflow adds its own between ruling and done. */
type RulingPhase = 'preparing' | 'refused' | 'awaiting_ruling' | 'done';

/** What the workflow's status shows of the ruling; the skeleton keeps it up to date. */
export interface RulingProgress<Phase extends string> {
  phase: Phase | RulingPhase;
  refusal?: Refusal;
  /** ID of the update that ruled, so a repeated request can be recognised. */
  rulingUpdateId?: string;
}

export interface Ruling<Action> {
  action: Action;
  authority: SigningAuthority;
}

type Refused = { ok: false; refusal: Refusal };

interface RulingCase<Status, Action, Ready extends { ok: true }, Phase extends string> {
  messages: RulingMessages<Status, Action>;
  progress: RulingProgress<Phase>;
  status: () => Status;
  /** A ruling that comes before the request is prepared, and one that comes after the first. */
  refusals: { notReady: Refusal; alreadyRuled: Refusal };
  /** The activity that prepares the request (writes its document): ready, or refused. */
  prepare: () => Promise<Ready | Refused>;
  /** The award ruled on, which decides who may rule. */
  awardOf: (ready: Ready) => { awardCode: AwardCode; kind: CommendationKind };
  /** What must happen before the ruling is awaited (the decision tells its nominations). */
  beforeRuling?: (ready: Ready) => Promise<void>;
  /** What is wrong with the ruling's content, once the ruler's authority is known. */
  checkContent: (action: Action) => Refusal | undefined;
  /** Carries the ruling out. */
  apply: (ready: Ready, ruling: Ruling<Action>) => Promise<void>;
}

/**
 * The skeleton shared by the award decision and the revocation: prepare the request (or
 * refuse it) → wait for the minister's (or a covered deputy's) ruling, checked in the
 * update's validator and again when applied → carry it out → answer with the status.
 */
export async function ruleOnRequest<
  Status,
  Action extends { actor: Actor; delegation?: Delegation },
  Ready extends { ok: true },
  Phase extends string,
>(c: RulingCase<Status, Action, Ready, Phase>): Promise<Status> {
  const progress = c.progress;
  let ready: Ready | undefined = undefined;
  let ruling: Ruling<Action> | undefined;

  /** Who rules and what the ruling says; deterministic (workflow time). */
  function check(action: Action): Refusal | SigningAuthority {
    if (progress.phase !== 'awaiting_ruling' || !ready) {
      return progress.phase === 'preparing' ? c.refusals.notReady : c.refusals.alreadyRuled;
    }
    if (ruling) return c.refusals.alreadyRuled;
    const { awardCode, kind } = c.awardOf(ready);
    const authority = authorityFor(
      action.actor,
      action.delegation,
      awardCode,
      kind,
      vietnamDateOf(new Date()),
    );
    if (isRefusal(authority)) return authority;
    return c.checkContent(action) ?? authority;
  }

  acceptRuling(c.messages, {
    status: c.status,
    prepared: () => progress.phase !== 'preparing',
    done: () => progress.phase === 'done',
    check,
    accept: (action, authority, updateId) => {
      ruling = { action, authority };
      progress.rulingUpdateId = updateId;
    },
  });

  const prepared = await c.prepare();
  if (isRefused(prepared)) {
    progress.refusal = prepared.refusal;
    progress.phase = 'refused';
    await condition(allHandlersFinished);
    return c.status();
  }
  if (c.beforeRuling) await c.beforeRuling(prepared);
  ready = prepared;
  progress.phase = 'awaiting_ruling';
  await condition(() => ruling !== undefined);
  await c.apply(prepared, ruling!);
  progress.phase = 'done';
  await condition(allHandlersFinished);
  return c.status();
}

function isRefused<Ready extends { ok: true }>(result: Ready | Refused): result is Refused {
  return !result.ok;
}
