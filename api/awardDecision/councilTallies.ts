import type { Actor } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import { CouncilRoundModel } from '../../data/councilRound/councilRoundModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import type { ItemResult } from '../../workflows/councilRound/messages';

/** The council's vote on one nominee, as the minister weighs it beside the annex. */
export interface CouncilTally {
  nominationId: string;
  roundId: string;
  roundTitle: string;
  ballot: ItemResult['ballot'];
  counts: ItemResult['counts'];
  /** Share of approvals over the rule's denominator; null when there was no quorum. */
  percent: number | null;
  passed: boolean;
  outcome: ItemResult['outcome'];
  explanation: LocalizedText;
}

/**
 * The closed rounds' results for these nominations: each nomination by `_id` (its latest
 * round), then each round once by `_id` — reads FerretDB answers from its index. Totals are
 * public once a round is sealed; a council member sees only rounds they sat on, as on the
 * round's own page.
 */
export async function councilTalliesFor(
  actor: Actor,
  nominationIds: string[],
): Promise<CouncilTally[]> {
  const nominations = await Promise.all(
    nominationIds.map((id) => NominationModel.findById(id, { roundId: 1 }).lean()),
  );
  const roundIds = [...new Set(nominations.flatMap((n) => (n?.roundId ? [n.roundId] : [])))];
  const rounds = await Promise.all(
    roundIds.map((id) =>
      CouncilRoundModel.findById(id, { title: 1, members: 1, status: 1, results: 1 }).lean(),
    ),
  );
  const councilRole = actor.role === 'council_member' || actor.role === 'council_chair';
  const tallies: CouncilTally[] = [];
  for (const round of rounds) {
    if (!round || round.status !== 'closed') continue;
    if (councilRole && !round.members.includes(actor.userId)) continue;
    for (const result of round.results as ItemResult[]) {
      if (!nominationIds.includes(result.nominationId)) continue;
      tallies.push({
        nominationId: result.nominationId,
        roundId: round._id,
        roundTitle: round.title,
        ballot: result.ballot,
        counts: result.counts,
        percent: result.tally?.percent ?? null,
        passed: result.outcome === 'passed',
        outcome: result.outcome,
        explanation: result.explanation,
      });
    }
  }
  return tallies;
}
