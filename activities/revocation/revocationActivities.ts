import type { IssuedDecision } from '../../domain/process/issuedDecision';
import { isDuplicateKey } from '../../data/duplicateKey';
import { releasePlaces } from '../../data/councilRound/quotaLedger';
import type { Actor } from '../../domain/process/roles';
import { AwardRecordModel } from '../../data/history/awardRecordModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { RevocationModel, type RevocationGround } from '../../data/revocation/revocationModel';
import type { Refusal } from '../../domain/messages/refusal';

interface RevocationRequest {
  revocationId: string;
  workflowId: string;
  nominationId: string;
  ground: RevocationGround;
  reason: string;
  requestedBy: Actor;
  /** ISO instant, workflow time. */
  at: string;
}

interface PreparedRevocation {
  ok: true;
  awardRecordId: string;
  awardCode: string;
  kind: string;
  /** The nomination's last recorded transition: the revocation writes lastSeq + 1. */
  lastSeq: number;
}

const refuse = (code: string, vi: string, en: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { code, message: { vi, en }, field: 'nominationId' },
});

/**
 * Checks that the award stands (nomination approved, award record present and not revoked),
 * writes the request, and reads the nomination's `lastSeq` once: this result is in the
 * workflow's history, so a replay uses the same sequence number.
 */
export async function prepareRevocation(
  request: RevocationRequest,
): Promise<PreparedRevocation | { ok: false; refusal: Refusal }> {
  const nomination = await NominationModel.findById(request.nominationId, {
    stage: 1,
    lastSeq: 1,
    nominee: 1,
    awardCode: 1,
  }).lean();
  if (!nomination) {
    return refuse(
      'NOMINATION_NOT_FOUND',
      `Không có hồ sơ ${request.nominationId}.`,
      `No nomination ${request.nominationId}.`,
    );
  }
  const awardRecordId = `nomination:${request.nominationId}`;
  const existing = await RevocationModel.findById(request.revocationId).lean();
  const record = await AwardRecordModel.findById(awardRecordId).lean();
  if (!existing) {
    if (nomination.stage !== 'approved') {
      return refuse(
        'NOMINATION_NOT_APPROVED',
        `Hồ sơ chưa được khen thưởng (đang ở "${nomination.stage}"), không có gì để thu hồi.`,
        `The nomination was not awarded (stage "${nomination.stage}"); nothing to revoke.`,
      );
    }
    if (!record) {
      return refuse(
        'AWARD_RECORD_NOT_FOUND',
        'Không có bản ghi khen thưởng do Bộ quyết định cho hồ sơ này.',
        'There is no ministry award record for this nomination.',
      );
    }
    if (record.revoked?.decisionNumber) {
      return refuse(
        'ALREADY_REVOKED',
        `Khen thưởng đã bị hủy bỏ theo Quyết định ${record.revoked.decisionNumber}.`,
        `The award was already revoked by decision ${record.revoked.decisionNumber}.`,
      );
    }
    try {
      await RevocationModel.create({
        _id: request.revocationId,
        workflowId: request.workflowId,
        nominationId: request.nominationId,
        awardRecordId,
        awardCode: record.code,
        kind: record.basis,
        nomineeName: nomination.nominee!.name,
        grantedBy: { decisionId: record.decisionId, decisionNumber: record.decisionNumber },
        ground: request.ground,
        reason: request.reason,
        requestedBy: request.requestedBy,
        requestedAt: new Date(request.at),
        status: 'requested',
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  return {
    ok: true,
    awardRecordId,
    awardCode: record?.code ?? nomination.awardCode,
    kind: record?.basis ?? 'merit',
    lastSeq: nomination.lastSeq,
  };
}

interface ApplyRevocationRequest {
  revocationId: string;
  awardRecordId: string;
  reason: string;
  issued: IssuedDecision;
  signedOn: string;
  signedAt: string;
  signer: Actor;
  onBehalfOf?: { userId: string; name: string; delegationId: string };
  signatureLines: string[];
}

/**
 * Marks the award record revoked and the request approved, both conditional, and gives the
 * award's quota place back (once per place); so idempotent.
 */
export async function applyRevocation(request: ApplyRevocationRequest): Promise<void> {
  const at = new Date(request.signedAt);
  await AwardRecordModel.updateOne(
    { _id: request.awardRecordId, 'revoked.decisionNumber': { $exists: false } },
    { $set: { revoked: { at, reason: request.reason, decisionNumber: request.issued.number } } },
  );
  await RevocationModel.updateOne(
    { _id: request.revocationId, status: 'requested' },
    {
      $set: {
        status: 'approved',
        decisionNumber: request.issued.number,
        signedOn: request.signedOn,
        signedAt: at,
        signer: request.signer,
        onBehalfOf: request.onBehalfOf,
        signatureLines: request.signatureLines,
        ruling: { outcome: 'approve', by: request.signer, at },
      },
    },
  );
  const revocation = await RevocationModel.findById(request.revocationId, {
    nominationId: 1,
  }).lean();
  if (revocation) {
    await releasePlaces({
      nominationIds: [revocation.nominationId],
      reason: 'revoked',
      by: request.revocationId,
      at,
    });
  }
}

/** The minister refused to revoke: the award stands. */
export async function rejectRevocation(request: {
  revocationId: string;
  reason: string;
  actor: Actor;
  at: string;
}): Promise<void> {
  await RevocationModel.updateOne(
    { _id: request.revocationId, status: 'requested' },
    {
      $set: {
        status: 'rejected',
        ruling: {
          outcome: 'reject',
          reason: request.reason,
          by: request.actor,
          at: new Date(request.at),
        },
      },
    },
  );
}
