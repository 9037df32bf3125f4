import { heldAsCounted, placesToClaim, type EarlierUse } from '../../domain/quota/earlierRounds';
import { isDuplicateKey } from '../duplicateKey';
import { issueNumber, type NumberSeries } from '../numberSeries';
import { QuotaPlaceModel, QuotaReleaseModel, type QuotaReleaseReason } from './quotaLedgerModel';

/** The ledger's name for a quota's scope: its kind, then the unit or bloc and the year. */
export function ledgerScope(kind: string, scope: string): string {
  return `${kind}:${scope}`;
}

interface Place {
  _id: string;
  roundId: string;
  slot: number;
}

interface ScopeState {
  /** Places other rounds hold: not given back. */
  held: number;
  released: number;
}

async function readScope(scope: string, roundId: string): Promise<ScopeState> {
  const places = (await QuotaPlaceModel.find({ scope }, { roundId: 1, slot: 1 }).lean()) as Place[];
  const released = new Set(
    (await QuotaReleaseModel.find({ scope }, { _id: 1 }).lean()).map((r) => r._id),
  );
  return {
    held: places.filter((p) => p.roundId !== roundId && !released.has(p._id)).length,
    released: released.size,
  };
}

/**
 * The scope's places in the order they were taken: place `seq` is number `seq` of the series,
 * its holder the claim key (`<round>|<scope>|<slot>`). Places taken before the series existed
 * are in the ledger.
 */
function placesOf(scope: string): NumberSeries {
  return {
    id: `quota:${scope}`,
    issuedBefore: async () =>
      (await QuotaPlaceModel.find({ scope }, { claimKey: 1, seq: 1 }).sort({ seq: 1 }).lean()).map(
        (p) => ({ key: p.claimKey, number: p.seq }),
      ),
  };
}

/**
 * Takes the round's place `slot` in the scope, or finds it taken: its seq is the claim key's
 * number in the scope's series (none if the key has none and `limit` places are taken), then
 * the place is written under it, where a second write (a retry) changes nothing. Returns
 * whether the place is the round's, and whether this call wrote it.
 */
async function takePlace(
  fields: {
    scope: string;
    roundId: string;
    slot: number;
    nominationId?: string;
    claimedAt: Date;
    source: 'round' | 'backfill';
  },
  limit?: number,
): Promise<{ taken: boolean; added: boolean }> {
  const claimKey = `${fields.roundId}|${fields.scope}|${fields.slot}`;
  const seq = await issueNumber(placesOf(fields.scope), claimKey, limit);
  if (seq === undefined) return { taken: false, added: false };
  const { upsertedCount } = await QuotaPlaceModel.updateOne(
    { _id: `${fields.scope}#${seq}` },
    { $setOnInsert: { ...fields, seq, claimKey } },
    { upsert: true },
  );
  return { taken: true, added: upsertedCount === 1 };
}

interface ClaimRequest {
  roundId: string;
  scope: string;
  quota: number;
  /** The round's candidates in the scope: it never claims more places than it has. */
  candidates: number;
  /** ISO instant of the round's close, workflow time. */
  at: string;
}

interface ClaimResult {
  claimed: number;
  /** What other rounds hold and gave back, as the round's ranking must count it. */
  earlier: EarlierUse;
}

/**
 * Claims the round's places in a scope: one per candidate, at most the quota less what other
 * rounds hold. Places are numbered in the scope's series (`data/numberSeries.ts`) up to
 * `quota + places given back`: places are never deleted, so the seqs taken have no gaps, and
 * the places held (taken less given back) never pass the quota — however many rounds claim
 * at once, since the bound is checked in the same atomic update that takes the number. A
 * retry, or two attempts at once, ask for the round's places by the same claim keys and so
 * find them instead of taking more, even after a crash between a place's number and its
 * document.
 */
export async function claimPlaces(request: ClaimRequest): Promise<ClaimResult> {
  const { roundId, scope, quota, candidates } = request;
  const state = await readScope(scope, roundId);
  const wanted = placesToClaim(quota, candidates, state.held);
  let claimed = 0;
  // Slots are taken in order, so the round's places are slots 1…n. Past the slots it wants
  // now, a slot is looked up only (bound 0): taken by an earlier attempt, it stays the round's.
  for (let slot = 1; ; slot += 1) {
    const place = {
      scope,
      roundId,
      slot,
      claimedAt: new Date(request.at),
      source: 'round' as const,
    };
    const bound = slot <= wanted ? quota + state.released : 0;
    if (!(await takePlace(place, bound)).taken) break;
    claimed = slot;
  }
  return {
    claimed,
    earlier: {
      held: heldAsCounted(quota, candidates, state.held, claimed),
      released: state.released,
    },
  };
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
    const place = await takePlace({
      scope: request.scope,
      roundId: request.roundId,
      slot: i + 1,
      nominationId,
      claimedAt: request.at,
      source: 'backfill',
    });
    if (place.added) added += 1;
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
