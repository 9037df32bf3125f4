import { ApplicationFailure } from '@temporalio/common';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import { AwardDecisionModel } from '../../data/decision/awardDecisionModel';
import { AwardRecordModel } from '../../data/history/awardRecordModel';
import { shelveAwards } from '../../data/history/awardShelfModel';
import { recordInitiativeUses } from '../../data/history/initiativeUses';
import type { StruckNomination } from '../../workflows/awardDecision/messages';
import { releaseClaims } from './recordDecisionStep';

export interface SignDecisionRequest {
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
 * its own series, and grants nothing), then the decision itself — signed, numbered, and
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
    const records = decision.annex.filter((item) => kept.has(item.nominationId));
    await AwardRecordModel.bulkWrite(
      records.map((item) => ({
        updateOne: {
          filter: { _id: `nomination:${item.nominationId}` },
          update: {
            $setOnInsert: {
              _id: `nomination:${item.nominationId}`,
              subject: item.nomineeKind,
              subjectId: subjectIdOf(item),
              code: decision.awardCode,
              year: decision.year,
              issuerLevel: 'ministry',
              basis: decision.kind,
              decisionNumber: request.issued.number,
              decisionDate: request.signedOn,
              source: 'decision',
              nominationId: item.nominationId,
              decisionId: request.decisionId,
            },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    await shelveAwards(
      records.map((item) => ({
        _id: `nomination:${item.nominationId}`,
        subject: item.nomineeKind,
        subjectId: subjectIdOf(item),
        code: decision.awardCode,
        year: decision.year,
        issuerLevel: 'ministry',
        basis: decision.kind,
        decisionNumber: request.issued.number,
        decisionDate: request.signedOn,
      })),
    );
    // The initiatives the granted awards relied on are used up for later ones (1168/BNV-BTĐKT).
    await recordInitiativeUses(
      records.map((item) => item.nominationId),
      request.issued.number,
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

/** The person or collective the award is recorded against. */
function subjectIdOf(item: {
  nominationId: string;
  nomineeKind: string;
  personId?: string | null;
  unitId: string;
}): string {
  if (item.personId) return item.personId;
  // A collective nominated without its own ID is its unit; a person without one is the nomination.
  return item.nomineeKind === 'collective'
    ? `unit:${item.unitId}`
    : `nomination:${item.nominationId}`;
}
