import { createHash, randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { z } from 'zod';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import { delegationCovers, type Delegation } from '../../domain/delegation';
import type { Actor } from '../../domain/process/roles';
import { DelegationModel, type DelegationDocument } from '../../data/delegation/delegationModel';
import { UserModel } from '../../data/identity/userModel';
import { ApiError, notFound } from '../errors/apiError';
import { NOT_FOUND_TEXT } from '../awardDecision/workflowCalls';
import type { grantDelegationBody, listDelegationsQuery } from './delegationSchemas';
import { findPage } from '../../data/findPage';

const READERS = new Set(['minister', 'deputy_minister', 'secretariat', 'inspector', 'admin']);

function requireMinister(actor: Actor): void {
  if (actor.role !== 'minister') {
    throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
      vi: 'Chỉ Bộ trưởng được giao hoặc thu hồi việc ký thay.',
      en: 'Only the minister may grant or revoke a delegation.',
    });
  }
}

type StoredDelegation = DelegationDocument & { _id: string };

/** The stored delegation as the pure rules see it. */
function toDelegation(doc: StoredDelegation): Delegation {
  return {
    id: doc._id,
    deputy: { userId: doc.deputy.userId, name: doc.deputy.name },
    grantedBy: { userId: doc.grantedBy.userId, name: doc.grantedBy.name },
    scope: {
      awardCodes: (doc.scope?.awardCodes ?? []) as AwardCode[],
      kinds: (doc.scope?.kinds ?? []) as CommendationKind[],
    },
    validFrom: doc.validFrom,
    validTo: doc.validTo,
    revoked: doc.revoked,
    basis: doc.basis ?? undefined,
  };
}

/**
 * The delegation a deputy signs `awardCode` of `kind` under on `date`: one that covers it; if
 * none does, the closest (in force that day, else the latest), so the workflow's validator can
 * say precisely why it does not cover — out of scope or out of period. Uses the index
 * (deputy.userId, revoked, validTo).
 */
export async function delegationFor(
  actor: Actor,
  awardCode: AwardCode,
  kind: CommendationKind,
  date: string,
): Promise<Delegation | undefined> {
  if (actor.role !== 'deputy_minister') return undefined;
  const docs = (await DelegationModel.find({ 'deputy.userId': actor.userId, revoked: false })
    .sort({ validTo: -1 })
    .limit(50)
    .lean()) as StoredDelegation[];
  const delegations = docs.map(toDelegation);
  return (
    delegations.find((d) => delegationCovers(d, awardCode, kind, date)) ??
    delegations.find((d) => d.validFrom <= date && date <= d.validTo) ??
    delegations[0]
  );
}

export class DelegationService {
  async grant(
    actor: Actor,
    body: z.infer<typeof grantDelegationBody>,
    idempotencyKey: string | undefined,
  ) {
    requireMinister(actor);
    const deputy = await UserModel.findById(body.deputyUserId, {
      name: 1,
      role: 1,
      active: 1,
    }).lean();
    if (!deputy || !deputy.active || deputy.role !== 'deputy_minister') {
      throw new ApiError(
        422,
        'NOT_A_DEPUTY_MINISTER',
        {
          vi: 'Chỉ giao ký thay cho Thứ trưởng đang công tác.',
          en: 'A delegation can only be given to an active deputy minister.',
        },
        'deputyUserId',
      );
    }
    const id = idempotencyKey
      ? createHash('sha256').update(`${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)
      : randomUUID().replaceAll('-', '');
    const existing = await DelegationModel.findById(id).lean();
    if (existing) return existing;
    try {
      return (
        await DelegationModel.create({
          _id: id,
          deputy: { userId: deputy._id, name: deputy.name },
          grantedBy: { userId: actor.userId, name: actor.name },
          scope: body.scope,
          validFrom: body.validFrom,
          validTo: body.validTo,
          basis: body.basis,
          revoked: false,
        })
      ).toObject();
    } catch (error) {
      if (isDuplicateKey(error)) return DelegationModel.findById(id).lean();
      throw error;
    }
  }

  /** Revoking twice is harmless: the first revocation stays on record. */
  async revoke(actor: Actor, id: string) {
    requireMinister(actor);
    await DelegationModel.updateOne(
      { _id: id, revoked: false },
      {
        $set: {
          revoked: true,
          revokedAt: new Date(),
          revokedBy: { userId: actor.userId, name: actor.name },
        },
      },
    );
    const doc = await DelegationModel.findById(id).lean();
    if (!doc) throw notFound(NOT_FOUND_TEXT.delegation, 'DELEGATION_NOT_FOUND');
    return doc;
  }

  async list(actor: Actor, query: z.infer<typeof listDelegationsQuery>) {
    if (!READERS.has(actor.role)) {
      throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
        vi: 'Bạn không được xem danh sách giao ký thay.',
        en: 'You may not list delegations.',
      });
    }
    // A deputy sees only their own delegations.
    const deputyUserId = actor.role === 'deputy_minister' ? actor.userId : query.deputyUserId;
    const filter = {
      ...(deputyUserId && { 'deputy.userId': deputyUserId }),
      ...(query.activeOn && {
        revoked: false,
        validFrom: { $lte: query.activeOn },
        validTo: { $gte: query.activeOn },
      }),
    };
    return findPage(DelegationModel, filter, { sort: { createdAt: -1 } }, query);
  }
}
