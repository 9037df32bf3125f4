import { assignPlaces, ledgerScope } from '../../data/councilRound/quotaLedger';
import type { KeptPlace } from '../../domain/council/round';

/**
 * Once the round's result is final (the chair has settled any tie), names the nominee who
 * holds each place it claimed, by scope and in rank order, so the decision that does not
 * award a nominee can give that place back. Idempotent: the same names are set again.
 */
export async function assignQuotaPlaces(input: {
  roundId: string;
  kept: KeptPlace[];
}): Promise<void> {
  const scopes = [...new Set(input.kept.map((k) => ledgerScope(k.kind, k.scope)))].sort();
  for (const scope of scopes) {
    const nominationIds = input.kept
      .filter((k) => ledgerScope(k.kind, k.scope) === scope)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.nominationId.localeCompare(b.nominationId))
      .map((k) => k.nominationId);
    await assignPlaces({ roundId: input.roundId, scope, nominationIds });
  }
}
