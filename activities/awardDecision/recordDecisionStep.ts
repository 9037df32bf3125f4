import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../../domain/process/roles';
import {
  AwardDecisionModel,
  type DecisionStatus,
} from '../../data/awardDecision/awardDecisionModel';
import { DecisionClaimModel } from '../../data/awardDecision/decisionClaimModel';
import { releasePlaces } from '../../data/councilRound/quotaLedger';
import type { QuotaReleaseReason } from '../../data/councilRound/quotaLedgerModel';
import type { StruckNomination } from '../../domain/ruling/rulingRules';

/** One step of a decision's process, as the workflow hands it to the database. */
export interface DecisionStep {
  decisionId: string;
  /** 2, 3… per decision (1 is the draft); a retried write with a seen seq is a no-op. */
  seq: number;
  /** ISO instant, workflow time. */
  at: string;
  action: string;
  actor: Actor;
  reason?: string;
  /** A ruling that ends the decision without signing it. */
  status?: Exclude<DecisionStatus, 'draft' | 'signed'>;
  unreachable?: string[];
  /** Nominations to free for another decision (struck, rejected, returned). */
  release?: string[];
}

/** Applies one step in one conditional single-document update guarded by `lastSeq`. */
export async function recordDecisionStep(step: DecisionStep): Promise<void> {
  const at = new Date(step.at);
  const result = await AwardDecisionModel.updateOne(
    { _id: step.decisionId, lastSeq: { $lt: step.seq } },
    {
      $set: {
        lastSeq: step.seq,
        ...(step.status && {
          status: step.status,
          ruling: { outcome: step.status, reason: step.reason, by: step.actor, at },
        }),
      },
      $push: {
        timeline: {
          seq: step.seq,
          at,
          action: step.action,
          actor: step.actor,
          reason: step.reason,
          unreachable: step.unreachable,
        },
      },
    },
  );
  if (result.matchedCount === 0 && !(await AwardDecisionModel.exists({ _id: step.decisionId }))) {
    throw ApplicationFailure.nonRetryable(
      `Decision ${step.decisionId} is not in the database`,
      'DECISION_NOT_FOUND',
    );
  }
  // Releasing is idempotent on its own: only this decision's claims are removed.
  if (step.release?.length && step.status) {
    await releaseClaims(step.decisionId, step.release, { reason: step.status, at });
  }
}

/**
 * Frees nominations the minister did not award: for another decision, and their quota places
 * (CSTĐCS per unit and year, the flag per bloc and year) for the next council round.
 */
export async function releaseClaims(
  decisionId: string,
  nominationIds: string[],
  ruling: { reason: QuotaReleaseReason; at: Date },
): Promise<void> {
  await DecisionClaimModel.deleteMany({ _id: { $in: nominationIds }, decisionId });
  await releasePlaces({ nominationIds, by: decisionId, ...ruling });
}

export type { StruckNomination };
