import { condition, getExternalWorkflowHandle, patched } from '@temporalio/workflow';
import type { QuotaItem } from '../../activities/councilRound/applyRoundQuotas';
import type { SealedBox } from '../../activities/councilRound/ballotBox';
import type { MinutesInput } from '../../activities/councilRound/recordCouncilMinutes';
import {
  countOpenPapers,
  tallyBallot,
  writtenVotersFor,
  type BallotCounts,
} from '../../domain/council';
import type { AgendaItem, ItemResult, KeptPlace, QuotaNote } from '../../domain/council/round';
import { ROUND_TEXTS, joinSentences } from '../../domain/messages/councilRound';
import type { Actor } from '../../domain/process/roles';
import {
  councilResultSignal,
  nominationWorkflowId,
  type CouncilResult,
} from '../nomination/messages';
import { roundActivities as acts } from './activities';
import { minutesIdOf } from './messages';
import { record, type Round } from './roundState';

/**
 * The round's closing steps, in order: seal the box and tally each nominee under its own
 * rule, apply the quotas (the chair settles an unbreakable tie), write the minutes, and tell
 * each nomination its result.
 */

export async function sealBallotBox(
  round: Round,
  opened: boolean,
  closedAt: string,
): Promise<SealedBox> {
  return opened && round.state.agenda.some((a) => a.rule.ballot === 'secret')
    ? await acts.sealBallotBox({
        roundId: round.start.roundId,
        sealedAt: closedAt,
        key: round.ballotKey,
      })
    : { counts: {}, voters: [], writtenVoters: [] };
}

/** Tallies every nominee under its own rule; a round closed before its ballot counts none. */
export function tallyResults(round: Round, opened: boolean, sealed: SealedBox): ItemResult[] {
  const { start, state } = round;
  return state.agenda.map((item): ItemResult => {
    const none: BallotCounts = { approve: 0, reject: 0, abstain: 0 };
    if (!opened) {
      return {
        nominationId: item.nominationId,
        ballot: item.rule.ballot,
        counts: none,
        tally: null,
        outcome: 'no_quorum',
        explanation: ROUND_TEXTS.closedBeforeBallot(),
      };
    }
    const secret = item.rule.ballot === 'secret';
    const counts = secret
      ? (sealed.counts[item.nominationId] ?? none)
      : countOpenPapers(round.openPapers, item.nominationId);
    const recused = state.recusals
      .filter((r) => r.nominationId === item.nominationId)
      .map((r) => r.memberId);
    const written = writtenVotersFor(
      item,
      state.recusals,
      secret ? sealed.writtenVoters : state.openWrittenVoters,
    );
    const tally = tallyBallot({
      rule: item.rule,
      members: start.members,
      present: state.present,
      recused,
      writtenVoters: written,
      counts,
    });
    if (!tally.ok) {
      return {
        nominationId: item.nominationId,
        ballot: item.rule.ballot,
        counts,
        tally: null,
        outcome: 'no_quorum',
        explanation: ROUND_TEXTS.notCounted(tally.message),
      };
    }
    return {
      nominationId: item.nominationId,
      ballot: item.rule.ballot,
      counts,
      tally: {
        quorumMet: tally.quorum.met,
        attending: tally.quorum.attending,
        eligible: tally.quorum.eligible,
        denominator: tally.denominator,
        denominatorKind: tally.denominatorKind,
        approvals: tally.approvals,
        percent: tally.percent,
        passedVote: tally.passed,
      },
      outcome: !tally.quorum.met ? 'no_quorum' : tally.passed ? 'passed' : 'not_passed',
      explanation: tally.explanation,
    };
  });
}

/**
 * Quotas over those that passed the vote. The quota counts per unit (bloc) and year, not per
 * round: the round claims its places in the quota ledger, within what earlier rounds left. A
 * round that had ranked before the ledger existed replays without it (its places are derived
 * at the worker's start). Updates `results` in place.
 */
export async function applyQuotas(
  round: Round,
  results: ItemResult[],
  closedAt: string,
): Promise<void> {
  const { start, state } = round;
  const quotaItems: QuotaItem[] = results
    .filter((r) => r.outcome === 'passed' && r.tally)
    .map((r) => {
      const item = agendaItem(round, r.nominationId);
      return {
        nominationId: item.nominationId,
        awardCode: item.awardCode,
        unitId: item.unitId,
        blocId: item.blocId,
        year: item.year,
        gender: item.gender,
        evaluationScore: item.evaluationScore,
        approvals: r.tally!.approvals,
        denominator: r.tally!.denominator,
        ruleSetId: item.ruleSetId,
      };
    });
  const ledger = quotaItems.length > 0 && patched('council-quota-ledger');
  const quotas =
    quotaItems.length > 0
      ? await acts.applyRoundQuotas({
          items: quotaItems,
          ldttCounts: state.ldttCounts,
          ...(ledger && { ledger: { roundId: start.roundId, at: closedAt } }),
        })
      : { notes: {} as Record<string, QuotaNote>, pendingTies: [] };

  if (quotas.pendingTies.length > 0) {
    state.pendingTies = quotas.pendingTies;
    state.results = results.map((r) => ({ ...r, quota: quotas.notes[r.nominationId] }));
    state.status = 'awaiting_tie_break';
    await record(round);
    await condition(() => round.tieChoice !== undefined);
  }

  for (const r of results) {
    const note = quotas.notes[r.nominationId];
    if (!note) continue;
    const quota = settleTie(note, round.tieChoice?.includes(r.nominationId) ?? false);
    r.quota = quota;
    const keep = quota.outcome === 'kept' || quota.outcome === 'chosen_by_chair';
    if (!keep) r.outcome = 'cut_by_quota';
    r.explanation = joinSentences(r.explanation, ...quota.reasons.map((x) => x.message));
  }
  if (ledger) {
    const kept: KeptPlace[] = results.flatMap((r) =>
      r.quota && r.outcome === 'passed'
        ? [
            {
              nominationId: r.nominationId,
              kind: r.quota.kind,
              scope: r.quota.scope,
              rank: r.quota.rank,
            },
          ]
        : [],
    );
    if (kept.length > 0) await acts.assignQuotaPlaces({ roundId: start.roundId, kept });
  }
}

/** A nominee tied at the quota's last place is kept or cut by the chair's choice. */
function settleTie(note: QuotaNote, chosen: boolean): QuotaNote {
  if (note.outcome !== 'tied_at_cutoff') return note;
  return {
    ...note,
    outcome: chosen ? 'chosen_by_chair' : 'not_chosen_by_chair',
    reasons: [...note.reasons, ROUND_TEXTS.chairChoice(chosen)],
  };
}

/** The minutes of the round, with each nominee's result and, for open ballots, the named votes. */
export async function writeMinutes(
  round: Round,
  results: readonly ItemResult[],
  sealed: SealedBox,
  closing: { closedAt: string; closedBy: Actor },
): Promise<string> {
  const { start, state } = round;
  const minutesId = minutesIdOf(start.roundId);
  const n = (o: ItemResult['outcome']): number => results.filter((r) => r.outcome === o).length;
  const minutes: MinutesInput = {
    minutesId,
    roundId: start.roundId,
    title: start.title,
    scheduledOn: start.scheduledOn,
    closedAt: closing.closedAt,
    closedBy: closing.closedBy,
    chairId: start.chairId,
    members: start.members,
    present: state.present,
    writtenVoters: [...new Set([...sealed.writtenVoters, ...state.openWrittenVoters])].sort(),
    recusals: state.recusals,
    ldttCounts: state.ldttCounts,
    items: results.map((r) => {
      const item = agendaItem(round, r.nominationId);
      return {
        ...r,
        nomineeName: item.nomineeName,
        unitId: item.unitId,
        awardCode: item.awardCode,
        year: item.year,
        ruleSetId: item.ruleSetId,
        ...(item.rule.ballot === 'open'
          ? {
              namedVotes: round.openPapers.flatMap((p) =>
                p.choices
                  .filter((c) => c.nominationId === item.nominationId)
                  .map((c) => ({ memberId: p.memberId, choice: c.choice, written: p.written })),
              ),
            }
          : {}),
      };
    }),
    summary: ROUND_TEXTS.summary({
      total: results.length,
      passed: n('passed'),
      notPassed: n('not_passed'),
      cutByQuota: n('cut_by_quota'),
      noQuorum: n('no_quorum'),
    }),
  };
  await acts.recordCouncilMinutes(minutes);
  return minutesId;
}

/** Each nomination learns its result; one whose workflow is gone is recorded, not fatal. */
export async function notifyResults(
  round: Round,
  results: ItemResult[],
  minutesId: string,
  closedBy: Actor,
): Promise<void> {
  await Promise.all(
    results.map(async (r) => {
      const result: CouncilResult = {
        roundId: round.start.roundId,
        outcome: r.outcome,
        explanation: r.explanation,
        minutesId,
        closedBy,
      };
      try {
        await getExternalWorkflowHandle(nominationWorkflowId(r.nominationId)).signal(
          councilResultSignal,
          result,
        );
        r.resultSignal = 'delivered';
      } catch {
        r.resultSignal = 'workflow_missing';
      }
    }),
  );
}

function agendaItem(round: Round, nominationId: string): AgendaItem {
  return round.state.agenda.find((a) => a.nominationId === nominationId)!;
}
