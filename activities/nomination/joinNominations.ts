import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  isHeldBy,
  nominationWorkflowId,
  refuseJoin,
  type GroupJoin,
  type JoinRefusal,
} from '../../domain/process/nominationJoin';
import {
  addToRoundUpdate,
  includeInDecisionUpdate,
  membershipQuery,
  releaseUpdate,
} from './joinContract';

/** The first nomination that would not join, and why; the caller names the field. */
export interface JoinProblem {
  index: number;
  refusal: JoinRefusal;
}

/** All taken, or none and the first refusal. */
export type JoinOutcome = { refused: JoinProblem } | { refused?: undefined };

const isMissing = (error: unknown): boolean =>
  error instanceof WorkflowNotFoundError ||
  (error instanceof Error && error.cause instanceof WorkflowNotFoundError);

/**
 * A council round or an award decision takes its nominations by asking them, all or none.
 * First every nomination says where it is (a query, answered at once from its workflow's
 * state), so a wrong one is refused before any is taken: one with no workflow to ask (never
 * submitted) is refused too, whatever its read model says; then each is taken by an update whose
 * validator checks again. One that moved on in between (withdrawn, taken by another group)
 * refuses the batch, and those this request took are released (another request of the group
 * may hold the same nomination: it keeps it). Update IDs name this activity, so a retry gets
 * the first answers and a later request of the same group is asked afresh.
 */
export async function joinNominations(
  nominationIds: readonly string[],
  group: GroupJoin,
): Promise<JoinOutcome> {
  const { client, info } = Context.current();
  const handles = nominationIds.map((id) => client.workflow.getHandle(nominationWorkflowId(id)));
  const memberships = await Promise.all(
    handles.map((handle) =>
      handle.query(membershipQuery).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      }),
    ),
  );
  const asked = handles.filter((_, index) => memberships[index] !== undefined);
  // This request (stable across the activity's retries): the only one that may release them.
  const request = `${'roundId' in group ? group.roundId : group.decisionId}:${info.workflowExecution?.runId}:${info.activityId}`;
  const join: GroupJoin = { ...group, request };
  const releaseAll = () =>
    Promise.all(
      asked.map((handle) =>
        handle
          .executeUpdate(releaseUpdate, { args: [join], updateId: `release:${request}` })
          // Ended meanwhile, or refused: the nomination is not this group's either way.
          .catch((error: unknown) => {
            if (!isMissing(error) && !(error instanceof WorkflowUpdateFailedError)) throw error;
          }),
      ),
    );
  for (const [index, id] of nominationIds.entries()) {
    const membership = memberships[index];
    const refusal = membership ? refuseJoin(id, membership, join) : noProcess(id);
    if (refusal) {
      // A retry may find some taken by its first attempt.
      if (memberships.some((m) => m && isHeldBy(m, join))) await releaseAll();
      return { refused: { index, refusal } };
    }
  }
  const update = 'roundId' in join ? addToRoundUpdate : includeInDecisionUpdate;
  const answers = await Promise.all(
    handles.map(async (handle, index): Promise<JoinProblem | undefined> => {
      const id = nominationIds[index]!;
      const movedOn = (why: string): JoinProblem => ({
        index,
        refusal: {
          code: 'NOMINATION_MOVED_ON',
          message: {
            vi: `Hồ sơ ${id} vừa chuyển sang bước khác, không nhận được vào đây.`,
            en: `Nomination ${id} has just moved on and could not be taken (${why}).`,
          },
        },
      });
      try {
        await handle.executeUpdate(update, { args: [join], updateId: `${update.name}:${request}` });
        return undefined;
      } catch (error) {
        // It answered the query, so its process has ended since (withdrawn, cancelled).
        if (isMissing(error)) return movedOn('its process has ended');
        const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
        // Anything but the nomination's own answer (e.g. Temporal unreachable): try again.
        if (!(cause instanceof ApplicationFailure)) throw error;
        // It passed the check a moment ago: whatever it says now, it moved on meanwhile.
        return movedOn(
          (cause.details?.[0] as JoinRefusal | undefined)?.message.en ?? cause.message,
        );
      }
    }),
  );
  const refused = answers.find((answer) => answer !== undefined);
  if (refused) {
    await releaseAll();
    return { refused };
  }
  return {};
}

/** No workflow answers for it: never submitted, so no process a group could take it from. */
function noProcess(nominationId: string): JoinRefusal {
  return {
    code: 'NOMINATION_NOT_FOUND',
    message: {
      vi: `Hồ sơ ${nominationId} chưa được trình: không có quy trình xét nào để nhận hồ sơ vào đây.`,
      en: `Nomination ${nominationId} has no process (it was never submitted), so it cannot be taken.`,
    },
  };
}
