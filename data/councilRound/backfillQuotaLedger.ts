import type { Logger } from 'pino';
import { AwardDecisionModel } from '../awardDecision/awardDecisionModel';
import { RevocationModel } from '../revocation/revocationModel';
import { CouncilMinutesModel } from './councilMinutesModel';
import { CouncilRoundModel } from './councilRoundModel';
import { ledgerScope, recordKeptPlaces, releasePlaces } from './quotaLedger';
import { QuotaPlaceModel, type QuotaReleaseReason } from './quotaLedgerModel';

interface RoundResult {
  nominationId: string;
  outcome: string;
  quota?: { kind: string; scope: string; rank: number | null };
}

/** A ruling that did not award a nominee, from the decisions' and revocations' records. */
interface NotAwarded {
  nominationId: string;
  reason: QuotaReleaseReason;
  by: string;
  at: Date;
}

/**
 * Derives the quota ledger for council rounds closed before it existed (their nominees kept
 * within a quota hold places no ledger recorded, so a new round would see the whole quota
 * free): each kept nominee's place, then the places of those the minister has since not
 * awarded (struck, decision rejected or returned) or whose award was revoked, given back as
 * of that ruling. Rounds that claimed their own places are skipped. Every worker runs it at
 * start-up, beside its work; places are keyed by round, scope and rank and releases by place,
 * so a second run, or two at once, add nothing. Returns what it added.
 */
export async function backfillQuotaLedger(
  log: Logger,
): Promise<{ rounds: number; places: number; released: number }> {
  const rounds = await CouncilRoundModel.find(
    { status: 'closed' },
    { results: 1, minutesId: 1, updatedAt: 1 },
  ).lean();
  const done = { rounds: 0, places: 0, released: 0 };
  const kept = new Set<string>();
  for (const round of rounds) {
    if (await QuotaPlaceModel.exists({ roundId: round._id, source: 'round' })) continue;
    const results = (round.results ?? []) as RoundResult[];
    const inQuota = results.filter((r) => r.quota && r.outcome === 'passed');
    if (inQuota.length === 0) continue;
    const minutes = round.minutesId
      ? await CouncilMinutesModel.findById(round.minutesId, { closedAt: 1 }).lean()
      : null;
    const at = minutes?.closedAt ?? round.updatedAt;
    const scopes = [...new Set(inQuota.map((r) => ledgerScope(r.quota!.kind, r.quota!.scope)))];
    let added = 0;
    for (const scope of scopes.sort()) {
      const nominationIds = inQuota
        .filter((r) => ledgerScope(r.quota!.kind, r.quota!.scope) === scope)
        .sort(
          (a, b) =>
            (a.quota!.rank ?? 0) - (b.quota!.rank ?? 0) ||
            a.nominationId.localeCompare(b.nominationId),
        )
        .map((r) => r.nominationId);
      nominationIds.forEach((id) => kept.add(id));
      added += await recordKeptPlaces({ roundId: round._id, scope, nominationIds, at });
    }
    if (added > 0) {
      done.rounds += 1;
      done.places += added;
      log.info(
        { roundId: round._id, places: added },
        'quota places derived for a round closed before the ledger',
      );
    }
  }

  // Given back as of each ruling, in time order, so a place taken again later stays held.
  const rulings = (await notAwarded([...kept])).sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const ruling of rulings) {
    done.released += await releasePlaces({ ...ruling, nominationIds: [ruling.nominationId] });
  }
  if (done.places + done.released > 0) log.info(done, 'quota ledger backfilled');
  return done;
}

async function notAwarded(nominationIds: string[]): Promise<NotAwarded[]> {
  if (nominationIds.length === 0) return [];
  const wanted = new Set(nominationIds);
  const decisions = await AwardDecisionModel.find(
    { 'annex.nominationId': { $in: nominationIds } },
    { status: 1, annex: 1, struck: 1, ruling: 1, signedAt: 1 },
  ).lean();
  const rulings: NotAwarded[] = [];
  for (const d of decisions) {
    if (d.status === 'signed' && d.signedAt) {
      for (const s of d.struck ?? []) {
        if (wanted.has(s.nominationId)) {
          rulings.push({
            nominationId: s.nominationId,
            reason: 'struck',
            by: d._id,
            at: d.signedAt,
          });
        }
      }
    } else if (d.status !== 'draft' && d.status !== 'signed' && d.ruling?.at) {
      for (const a of d.annex) {
        if (wanted.has(a.nominationId)) {
          rulings.push({
            nominationId: a.nominationId,
            reason: d.status,
            by: d._id,
            at: d.ruling.at,
          });
        }
      }
    }
  }
  const revocations = await RevocationModel.find(
    { nominationId: { $in: nominationIds }, status: 'approved' },
    { nominationId: 1, signedAt: 1 },
  ).lean();
  for (const r of revocations) {
    if (r.signedAt) {
      rulings.push({ nominationId: r.nominationId, reason: 'revoked', by: r._id, at: r.signedAt });
    }
  }
  return rulings;
}
