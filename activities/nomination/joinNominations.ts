import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { nominationWorkflowId } from '../../workflows/nomination/messages';
import {
  addToRoundUpdate,
  includeInDecisionUpdate,
  membershipQuery,
  refuseJoin,
  type GroupJoin,
  type JoinRefusal,
  type Membership,
} from '../../workflows/nomination/joinUpdates';

export interface Joining {
  nominationId: string;
  /**
   * Its stage in the read model: asked only of a nomination that has no workflow to ask
   * (recorded outside the process), which the group takes as before, unsignalled.
   */
  recordedStage: string;
}

/** The first nomination that would not join, and why; the caller names the field. */
export interface JoinProblem {
  index: number;
  refusal: JoinRefusal;
}

const isMissing = (error: unknown): boolean =>
  error instanceof WorkflowNotFoundError ||
  (error instanceof Error && error.cause instanceof WorkflowNotFoundError);

/**
 * A council round or an award decision takes its nominations by asking them. First every
 * nomination says where it is (a query, answered at once from its workflow's state), so a
 * wrong one is refused before any is taken; then each is taken by an update whose validator
 * checks again (two groups reaching for one nomination: the second is refused). Update IDs
 * name the group, so a retried activity gets the first answer.
 */
export async function joinNominations(
  nominations: readonly Joining[],
  join: GroupJoin,
): Promise<JoinProblem | undefined> {
  const { client } = Context.current();
  const handles = nominations.map((n) =>
    client.workflow.getHandle(nominationWorkflowId(n.nominationId)),
  );
  const memberships = await Promise.all(
    handles.map((handle) =>
      handle.query(membershipQuery).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      }),
    ),
  );
  for (const [index, n] of nominations.entries()) {
    const membership = memberships[index] ?? { stage: n.recordedStage as Membership['stage'] };
    const refusal = refuseJoin(n.nominationId, membership, join);
    if (refusal) return { index, refusal };
  }
  const update = 'roundId' in join ? addToRoundUpdate : includeInDecisionUpdate;
  const updateId = `${update.name}:${'roundId' in join ? join.roundId : join.decisionId}`;
  const answers = await Promise.all(
    handles.map(async (handle, index): Promise<JoinProblem | undefined> => {
      if (!memberships[index]) return undefined;
      try {
        await handle.executeUpdate(update, { args: [join], updateId });
        return undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
        // Anything but the nomination's own answer (e.g. Temporal unreachable): try again.
        if (!(cause instanceof ApplicationFailure)) throw error;
        const id = nominations[index]!.nominationId;
        const refusal = (cause.details?.[0] as JoinRefusal | undefined) ?? {
          code: 'NOMINATION_MOVED_ON',
          message: {
            vi: `Hồ sơ ${id} vừa chuyển sang bước khác, không nhận được vào đây.`,
            en: `Nomination ${id} has just moved on and could not be taken (${cause.message}).`,
          },
        };
        return { index, refusal };
      }
    }),
  );
  return answers.find((answer) => answer !== undefined);
}
