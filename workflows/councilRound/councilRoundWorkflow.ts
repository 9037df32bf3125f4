import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { RoundState } from '../../domain/council/round';
import { handleAgenda } from './agendaHandlers';
import { handleBallot } from './ballotHandlers';
import {
  applyQuotas,
  notifyResults,
  sealBallotBox,
  tallyResults,
  writeMinutes,
} from './closingSteps';
import { DEADLINE_ACTOR, roundStateQuery, type CouncilRoundStart } from './messages';
import { newRound, record, snapshot } from './roundState';

/**
 * A council round (phiên họp / đợt xét): the secretariat puts nominations on the agenda,
 * the chair records attendance, members may recuse, the chair opens the ballot, members
 * vote (open ballots here, by name; secret ballots straight into the ballot box by the
 * API), the chair closes it — or the deadline does. At close: seal the box, tally each
 * nominee under its award's rule, apply quotas (the chair settles an unbreakable tie),
 * write the minutes, and tell each nomination its result.
 */
export async function councilRoundWorkflow(start: CouncilRoundStart): Promise<RoundState> {
  const round = newRound(start);
  const { state } = round;
  setHandler(roundStateQuery, () => snapshot(round));
  handleAgenda(round);
  handleBallot(round);

  await record(round);
  // Workflow time (deterministic): the deadline counts from when the round started.
  const remaining = Math.max(0, Date.parse(start.deadline) - workflowInfo().startTime.getTime());
  await condition(() => round.closeRequest !== undefined, remaining);
  round.closing = true;
  await condition(() => round.adding === 0 && !round.opening);
  const closedBy = round.closeRequest ?? DEADLINE_ACTOR;
  const opened = state.status === 'voting';
  const closedAt = new Date().toISOString();
  state.closedBy = closedBy;

  const sealed = await sealBallotBox(round, opened, closedAt);
  const results = tallyResults(round, opened, sealed);
  await applyQuotas(round, results, closedAt);
  const minutesId = await writeMinutes(round, results, sealed, { closedAt, closedBy });
  await notifyResults(round, results, minutesId, closedBy);

  state.results = results;
  state.pendingTies = [];
  state.minutesId = minutesId;
  state.status = 'closed';
  await record(round);
  await condition(allHandlersFinished);
  return snapshot(round);
}
