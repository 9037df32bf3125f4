import { heldAsCounted, placesToClaim, type EarlierUse } from '../../domain/quota/earlierRounds';
import { isDuplicateKey } from '../duplicateKey';
import { QuotaPlaceModel, QuotaReleaseModel, type QuotaReleaseReason } from './quotaLedgerModel';

/** The ledger's name for a quota's scope: its kind, then the unit or bloc and the year. */
export function ledgerScope(kind: string, scope: string): string {
  return `${kind}:${scope}`;
}

interface Place {
  _id: string;
  seq: number;
  roundId: string;
  slot: number;
  nominationId?: string | null;
}

interface ScopeState {
  /** Every seq ever taken in the scope (places are never deleted). */
  taken: Set<number>;
  /** Places other rounds hold: not given back. */
  held: number;
  released: number;
  /** The round's own places, by slot. */
  mine: Place[];
}

async function readScope(scope: string, roundId: string): Promise<ScopeState> {
  const places = (await QuotaPlaceModel.find({ scope }).lean()) as Place[];
  const released = new Set(
    (await QuotaReleaseModel.find({ scope }, { _id: 1 }).lean()).map((r) => r._id),
  );
  const mine = places.filter((p) => p.roundId === roundId).sort((a, b) => a.slot - b.slot);
  return {
    taken: new Set(places.map((p) => p.seq)),
    held: places.filter((p) => p.roundId !== roundId && !released.has(p._id)).length,
    released: released.size,
    mine,
  };
}

function lowestFree(taken: ReadonlySet<number>, limit: number): number | undefined {
  for (let seq = 1; seq <= limit; seq += 1) if (!taken.has(seq)) return seq;
  return undefined;
}

/** Inserts a place; false if its seq or its claim key was taken first (read again). */
async function insertPlace(fields: {
  scope: string;
  seq: number;
  roundId: string;
  slot: number;
  nominationId?: string;
  claimedAt: Date;
  source: 'round' | 'backfill';
}): Promise<boolean> {
  try {
    await QuotaPlaceModel.create({
      _id: `${fields.scope}#${fields.seq}`,
      claimKey: `${fields.roundId}|${fields.scope}|${fields.slot}`,
      ...fields,
    });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return false;
  }
}

const MAX_ATTEMPTS = 200;

export interface ClaimRequest {
  roundId: string;
  scope: string;
  quota: number;
  /** The round's candidates in the scope: it never claims more places than it has. */
  candidates: number;
  /** ISO instant of the round's close, workflow time. */
  at: string;
}

export interface ClaimResult {
  claimed: number;
  /** What other rounds hold and gave back, as the round's ranking must count it. */
  earlier: EarlierUse;
}

/**
 * Claims the round's places in a scope: one per candidate, at most the quota less what other
 * rounds hold. Each place is the lowest free seq up to `quota + places given back`: places
 * are never deleted, so the seqs taken have no gaps, and the places held (taken less given
 * back) never pass the quota — however many rounds claim at once, since a seq is a unique
 * `_id`. A retry, or two attempts at once, find the round's places by their unique claim
 * keys and take no more.
 */
export async function claimPlaces(request: ClaimRequest): Promise<ClaimResult> {
  const { roundId, scope, quota, candidates } = request;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const state = await readScope(scope, roundId);
    const seq = lowestFree(state.taken, quota + state.released);
    const claimed = state.mine.length;
    if (claimed >= placesToClaim(quota, candidates, state.held) || seq === undefined) {
      return {
        claimed,
        earlier: {
          held: heldAsCounted(quota, candidates, state.held, claimed),
          released: state.released,
        },
      };
    }
    await insertPlace({
      scope,
      seq,
      roundId,
      slot: claimed + 1,
      claimedAt: new Date(request.at),
      source: 'round',
    });
  }
  throw new Error(`No settled claim in ${scope} for round ${roundId} after ${MAX_ATTEMPTS} reads`);
}

/**
 * Names the nominees who hold the round's places in a scope, in rank order, once the chair
 * has settled any tie. The round is the places' only writer; setting the same names again
 * changes nothing. A round keeping other than it claimed cannot happen (it ranks within its
 * places); should it, the error is retried in sight on the round rather than ending it.
 */
export async function assignPlaces(request: {
  roundId: string;
  scope: string;
  nominationIds: string[];
}): Promise<void> {
  const places = await QuotaPlaceModel.find(
    { roundId: request.roundId, scope: request.scope, source: 'round' },
    { slot: 1 },
  )
    .sort({ slot: 1 })
    .lean();
  if (places.length !== request.nominationIds.length) {
    throw new Error(
      `Round ${request.roundId} holds ${places.length} place(s) in ${request.scope} but keeps ${request.nominationIds.length}`,
    );
  }
  for (const [i, place] of places.entries()) {
    await QuotaPlaceModel.updateOne(
      { _id: place._id },
      { $set: { nominationId: request.nominationIds[i] } },
    );
  }
}

/**
 * Records places of a round closed before the ledger existed, as that round kept them:
 * whatever the quota, since its nominees were kept (a later round then finds nothing left
 * until enough are given back). Keyed by round, scope and rank, so a second run adds
 * nothing. Returns how many it added.
 */
export async function recordKeptPlaces(request: {
  roundId: string;
  scope: string;
  nominationIds: string[];
  at: Date;
}): Promise<number> {
  let added = 0;
  for (const [i, nominationId] of request.nominationIds.entries()) {
    const claimKey = `${request.roundId}|${request.scope}|${i + 1}`;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      if (await QuotaPlaceModel.exists({ claimKey })) break;
      const taken = await QuotaPlaceModel.find({ scope: request.scope }, { seq: 1 }).lean();
      const seq = lowestFree(new Set(taken.map((p) => p.seq)), taken.length + 1)!;
      if (
        await insertPlace({
          scope: request.scope,
          seq,
          roundId: request.roundId,
          slot: i + 1,
          nominationId,
          claimedAt: request.at,
          source: 'backfill',
        })
      ) {
        added += 1;
        break;
      }
    }
  }
  return added;
}

/**
 * Gives back the places of nominees the minister did not award (or whose award was revoked):
 * those claimed up to `at`, so a late retry never frees a place the nominee took again in a
 * later round. One release per place, keyed by the place, so a retry changes nothing.
 * Returns how many places it gave back.
 */
export async function releasePlaces(request: {
  nominationIds: readonly string[];
  reason: QuotaReleaseReason;
  by: string;
  at: Date;
}): Promise<number> {
  if (request.nominationIds.length === 0) return 0;
  const places = await QuotaPlaceModel.find(
    { nominationId: { $in: request.nominationIds }, claimedAt: { $lte: request.at } },
    { scope: 1, nominationId: 1 },
  ).lean();
  let released = 0;
  for (const place of places) {
    try {
      await QuotaReleaseModel.create({
        _id: place._id,
        scope: place.scope,
        nominationId: place.nominationId!,
        reason: request.reason,
        by: request.by,
        at: request.at,
      });
      released += 1;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  return released;
}
