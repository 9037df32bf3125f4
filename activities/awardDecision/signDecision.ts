import { ApplicationFailure } from '@temporalio/common';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import { AwardDecisionModel } from '../../data/awardDecision/awardDecisionModel';
import { recordGrantedAwards } from '../../data/history/grantedAwards';
import type { StruckNomination } from '../../domain/ruling/rulingRules';
import { releaseClaims } from './recordDecisionStep';

interface SignDecisionRequest {
  decisionId: string;
  seq: number;
  /** ISO instant of signing, workflow time. */
  signedAt: string;
  signedOn: string; // YYYY-MM-DD, Vietnam
  issued: IssuedDecision;
  signer: Actor;
  onBehalfOf?: { userId: string; name: string; delegationId: string };
  signatureLines: string[];
  kept: string[];
  struck: StruckNomination[];
}

/**
 * Signs the decision: an award record per kept nominee (`_id = nomination:<id>`, so granting
 * twice is impossible) and the initiatives it relied on recorded as used, unless the award is
 * decided above the minister (then the signed document is the submission upward, numbered in
 * its own series, and grants nothing: the higher authority's decision does, entered on the
 * nomination, see recordExternalAward), then the decision itself — signed, numbered, and
 * published when it grants awards — in one conditional update guarded by `lastSeq`. Struck
 * nominations are freed for a later decision. Every part is idempotent, so a retry is harmless.
 */
export async function signDecision(request: SignDecisionRequest): Promise<void> {
  const decision = await AwardDecisionModel.findById(request.decisionId).lean();
  if (!decision) {
    throw ApplicationFailure.nonRetryable(
      `Decision ${request.decisionId} is not in the database`,
      'DECISION_NOT_FOUND',
    );
  }
  const signedAt = new Date(request.signedAt);
  if (!decision.forwardedUpward) {
    const kept = new Set(request.kept);
    await recordGrantedAwards(
      {
        awardCode: decision.awardCode,
        year: decision.year,
        basis: decision.kind,
        issuer: 'minister',
        number: request.issued.number,
        date: request.signedOn,
        decisionId: request.decisionId,
      },
      decision.annex
        .filter((item) => kept.has(item.nominationId))
        // The annex's `personId` is the person's or the collective's ID.
        .map(({ nominationId, nomineeKind, personId, unitId }) => ({
          nominationId,
          nomineeKind,
          subjectId: personId,
          unitId,
        })),
    );
  }
  await AwardDecisionModel.updateOne(
    { _id: request.decisionId, lastSeq: { $lt: request.seq } },
    {
      $set: {
        lastSeq: request.seq,
        status: 'signed',
        number: request.issued.number,
        documentType: request.issued.documentType,
        sequence: request.issued.sequence,
        symbol: request.issued.symbol,
        signedOn: request.signedOn,
        signedAt,
        signer: request.signer,
        onBehalfOf: request.onBehalfOf,
        signatureLines: request.signatureLines,
        struck: request.struck,
        ruling: {
          outcome: request.struck.length ? 'approve_some' : 'approve_all',
          by: request.signer,
          at: signedAt,
        },
        published: !decision.forwardedUpward,
        ...(!decision.forwardedUpward && { publishedAt: signedAt }),
      },
      $push: {
        timeline: { seq: request.seq, at: signedAt, action: 'signed', actor: request.signer },
      },
    },
  );
  if (request.struck.length) {
    await releaseClaims(
      request.decisionId,
      request.struck.map((s) => s.nominationId),
      { reason: 'struck', at: signedAt },
    );
  }
}
