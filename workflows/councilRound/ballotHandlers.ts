import { condition, setHandler } from '@temporalio/workflow';
import { checkPaper, expectedNominees } from '../../domain/council';
import type { RoundState } from '../../domain/council/round';
import { roundRefusal } from '../../domain/messages/councilRound';
import { checkTieChoice } from '../../domain/quota/tieChoice';
import { roundActivities as acts } from './activities';
import {
  castOpenVoteUpdate,
  closeRoundUpdate,
  openBallotUpdate,
  recordWrittenVoteUpdate,
  resolveTieUpdate,
  type CloseRoundAction,
  type OpenBallotAction,
  type OpenVoteAction,
  type ResolveTieAction,
  type VoteChoice,
  type WrittenOpenVoteAction,
} from './messages';
import {
  isMember,
  record,
  recorded,
  refuse,
  requireChair,
  requireSecretariat,
  requireStatus,
  snapshot,
  type OpenPaper,
  type Round,
} from './roundState';

/** From the ballot's opening to the chair's close and tie-break. */
export function handleBallot(round: Round): void {
  handleOpenBallot(round);
  handleOpenVotes(round);
  handleClosing(round);
}

function handleOpenBallot(round: Round): void {
  const { start, state } = round;
  setHandler(
    openBallotUpdate,
    async () => {
      if (round.opening) {
        await condition(() => !round.opening && recorded(round));
        return snapshot(round);
      }
      round.opening = true;
      try {
        await condition(() => round.adding === 0);
        const quotaPairs = uniquePairs(
          state.agenda.filter((a) => a.awardCode === 'CSTDCS').map((a) => [a.unitId, a.year]),
        );
        const ldtt = await acts.resolveLdttCounts({
          pairs: quotaPairs,
          declared: round.declaredLdtt,
        });
        if (ldtt.missing.length > 0) {
          const missing = ldtt.missing.map((m) => `${m.unitId}/${m.year}`).join(', ');
          refuse(roundRefusal('ldttCountMissing', { missing }));
        }
        const secretItems = state.agenda
          .filter((a) => a.rule.ballot === 'secret')
          .map((a) => a.nominationId);
        if (secretItems.length > 0) {
          round.ballotKey = await acts.openBallotBox({
            roundId: start.roundId,
            members: start.members,
            present: state.present,
            items: secretItems,
            openedAt: new Date().toISOString(),
          });
        }
        state.ldttCounts = ldtt.counts;
        state.status = 'voting';
        return await record(round);
      } finally {
        round.opening = false;
      }
    },
    {
      validator: (action: OpenBallotAction) => {
        requireChair(round, action.actor);
        requireStatus(round, 'preparing', 'ballotAlreadyOpen');
        if (state.agenda.length === 0) refuse(roundRefusal('emptyAgenda'));
        if (!state.attendanceRecorded) refuse(roundRefusal('attendanceNotRecorded'));
      },
    },
  );
}

function handleOpenVotes(round: Round): void {
  const { state } = round;
  function validateOpenPaper(memberId: string, written: boolean, choices: VoteChoice[]): void {
    requireStatus(round, 'voting', 'ballotNotOpen');
    if (round.openPapers.some((p) => p.memberId === memberId)) {
      refuse(roundRefusal('alreadyVotedOpen'));
    }
    const expected = expectedNominees(
      state.agenda,
      state.recusals,
      memberId,
      'open',
      written ? 'written' : 'in_meeting',
    );
    const refusal = checkPaper(expected, choices);
    if (refusal) refuse(refusal);
  }

  async function acceptOpenPaper(paper: OpenPaper): Promise<RoundState> {
    if (
      round.openPapers.some((p) => p.memberId === paper.memberId) ||
      state.status !== 'voting' ||
      round.closing
    ) {
      refuse(roundRefusal('voteAlreadyRecorded'));
    }
    round.openPapers.push(paper);
    if (paper.written) state.openWrittenVoters.push(paper.memberId);
    else state.openVoters.push(paper.memberId);
    return record(round);
  }

  setHandler(
    castOpenVoteUpdate,
    (action) =>
      acceptOpenPaper({ memberId: action.actor.userId, written: false, choices: action.choices }),
    {
      validator: (action: OpenVoteAction) => {
        if (!isMember(round, action.actor.userId)) refuse(roundRefusal('onlyMembersVote'));
        if (!state.present.includes(action.actor.userId)) {
          refuse(roundRefusal('absentVotesInWriting'));
        }
        validateOpenPaper(action.actor.userId, false, action.choices);
      },
    },
  );

  setHandler(
    recordWrittenVoteUpdate,
    (action) =>
      acceptOpenPaper({ memberId: action.memberId, written: true, choices: action.choices }),
    {
      validator: (action: WrittenOpenVoteAction) => {
        requireSecretariat(action.actor);
        if (!isMember(round, action.memberId)) {
          refuse({
            ...roundRefusal('notAMemberOfRound', { memberId: action.memberId }),
            field: 'memberId',
          });
        }
        if (state.present.includes(action.memberId)) refuse(roundRefusal('presentVotesInMeeting'));
        validateOpenPaper(action.memberId, true, action.choices);
      },
    },
  );
}

function handleClosing(round: Round): void {
  const { state } = round;
  setHandler(
    closeRoundUpdate,
    async (action) => {
      round.closeRequest ??= action.actor;
      await condition(
        () =>
          (state.status === 'closed' || state.status === 'awaiting_tie_break') && recorded(round),
      );
      return snapshot(round);
    },
    {
      validator: (action: CloseRoundAction) => {
        requireChair(round, action.actor);
        requireStatus(round, 'voting', 'closeOnlyWhileVoting');
        if (round.closeRequest) refuse(roundRefusal('alreadyClosing'));
      },
    },
  );

  setHandler(
    resolveTieUpdate,
    async (action) => {
      round.tieChoice ??= [...action.keep];
      await condition(() => state.status === 'closed' && recorded(round));
      return snapshot(round);
    },
    {
      validator: (action: ResolveTieAction) => {
        requireChair(round, action.actor);
        requireStatus(round, 'awaiting_tie_break', 'noTieWaiting');
        if (round.tieChoice) refuse(roundRefusal('tieAlreadyDecided'));
        const wrong = checkTieChoice(state.pendingTies, action.keep);
        if (wrong) refuse(wrong);
      },
    },
  );
}

function uniquePairs(pairs: Array<[string, number]>): Array<{ unitId: string; year: number }> {
  const seen = new Set<string>();
  const out: Array<{ unitId: string; year: number }> = [];
  for (const [unitId, year] of pairs) {
    const key = `${unitId}/${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ unitId, year });
  }
  return out;
}
