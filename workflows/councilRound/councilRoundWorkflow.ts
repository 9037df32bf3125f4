import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { councilActivities } from '../../activities/council';
import type { QuotaItem } from '../../activities/council/applyRoundQuotas';
import type { MinutesInput } from '../../activities/council/recordCouncilMinutes';
import { tallyBallot, type BallotCounts } from '../../domain/council';
import { checkTieChoice } from '../../domain/quota/tieChoice';
import type { Actor } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import {
  addedToRoundSignal,
  councilResultSignal,
  nominationWorkflowId,
  type CouncilResult,
} from '../nomination/messages';
import { checkPaper, countOpenPapers, expectedNominees, writtenVotersFor } from './ballotRules';
import {
  DEADLINE_ACTOR,
  addNominationsUpdate,
  castOpenVoteUpdate,
  closeRoundUpdate,
  minutesIdOf,
  openBallotUpdate,
  recordAttendanceUpdate,
  recordWrittenVoteUpdate,
  recuseUpdate,
  resolveTieUpdate,
  roundStateQuery,
  type AddNominationsAction,
  type AgendaItem,
  type AttendanceAction,
  type CloseRoundAction,
  type OpenBallotAction,
  type OpenVoteAction,
  type RecuseAction,
  type ResolveTieAction,
  type WrittenOpenVoteAction,
  type CouncilRoundStart,
  type ItemResult,
  type KeptPlace,
  type QuotaNote,
  type RoundRefusal,
  type RoundState,
  type VoteChoice,
} from './messages';

const acts = proxyActivities<typeof councilActivities>({
  startToCloseTimeout: '30 seconds',
  // The database may be down for a while; keep trying, the round must not be lost.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

function refuse(code: string, vi: string, en: string, field?: string): never {
  const refusal: RoundRefusal = { code, message: { vi, en }, field };
  throw ApplicationFailure.create({
    type: code,
    message: en,
    details: [refusal],
    nonRetryable: true,
  });
}

function refuseWith(refusal: RoundRefusal): never {
  throw ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message.en,
    details: [refusal],
    nonRetryable: true,
  });
}

interface OpenPaper {
  memberId: string;
  written: boolean;
  choices: VoteChoice[];
}

/**
 * A council round (phiên họp / đợt xét): the secretariat puts nominations on the agenda,
 * the chair records attendance, members may recuse, the chair opens the ballot, members
 * vote (open ballots here, by name; secret ballots straight into the ballot box by the
 * API), the chair closes it — or the deadline does. At close: seal the box, tally each
 * nominee under its award's rule, apply quotas (the chair settles an unbreakable tie),
 * write the minutes, and tell each nomination its result.
 */
export async function councilRoundWorkflow(start: CouncilRoundStart): Promise<RoundState> {
  const state: RoundState = {
    roundId: start.roundId,
    status: 'preparing',
    agenda: [],
    present: [],
    attendanceRecorded: false,
    recusals: [],
    openVoters: [],
    openWrittenVoters: [],
    ldttCounts: [],
    pendingTies: [],
    results: [],
    version: 0,
  };
  const openPapers: OpenPaper[] = [];
  const declaredLdtt: Array<{ unitId: string; year: number; count: number }> = [];
  /** addNominations handlers in flight; opening and closing wait for them. */
  let adding = 0;
  let opening = false;
  /** Set when the round starts closing: no human action is accepted after it. */
  let closing = false;
  let closeRequest: Actor | undefined;
  /** Opens the secret papers at sealing; kept out of `state`, which queries and records show. */
  let ballotKey: string | undefined;
  let tieChoice: string[] | undefined;
  let recordedVersion = 0;

  const snapshot = (): RoundState => cloneState(state);

  /** Writes the state to the read model; replies are sent only after their write. */
  async function record(): Promise<RoundState> {
    state.version += 1;
    const written = snapshot();
    await acts.recordCouncilRound(written);
    recordedVersion = Math.max(recordedVersion, written.version);
    return written;
  }
  const recorded = (): boolean => recordedVersion === state.version;

  const isMember = (id: string): boolean => start.members.includes(id);
  const requireChair = (actor: Actor): void => {
    if (actor.role !== 'council_chair' || actor.userId !== start.chairId) {
      refuse(
        'ROLE_NOT_ALLOWED',
        'Chỉ Chủ tịch Hội đồng của phiên họp được thực hiện thao tác này.',
        "Only the round's council chair may do this.",
      );
    }
  };
  const requireSecretariat = (actor: Actor): void => {
    if (actor.role !== 'secretariat') {
      refuse(
        'ROLE_NOT_ALLOWED',
        'Chỉ Thường trực Hội đồng được thực hiện thao tác này.',
        'Only the council secretariat may do this.',
      );
    }
  };
  const requireStatus = (wanted: RoundState['status'], vi: string, en: string): void => {
    if (closing && wanted !== 'awaiting_tie_break') {
      refuse('ROUND_CLOSING', 'Phiên họp đang kết thúc.', 'The round is closing.');
    }
    if (state.status !== wanted) refuse('WRONG_STATUS', vi, en);
  };

  setHandler(roundStateQuery, snapshot);

  // ── Agenda ────────────────────────────────────────────────────────────────
  setHandler(
    addNominationsUpdate,
    async (action) => {
      adding += 1;
      try {
        const loaded = await acts.loadAgendaItems({
          roundId: start.roundId,
          scheduledOn: start.scheduledOn,
          nominations: action.nominations,
        });
        if (loaded.problems.length > 0) refuseWith(loaded.problems[0]!);
        // Another request may have added one of them while this one was loading.
        const again = loaded.items.find((i) =>
          state.agenda.some((a) => a.nominationId === i.nominationId),
        );
        if (again) {
          refuse(
            'ALREADY_ON_AGENDA',
            `Hồ sơ ${again.nominationId} đã có trong phiên họp.`,
            `Nomination ${again.nominationId} is already on the agenda.`,
          );
        }
        const added: AgendaItem[] = await Promise.all(
          loaded.items.map(async (item): Promise<AgendaItem> => {
            try {
              await getExternalWorkflowHandle(nominationWorkflowId(item.nominationId)).signal(
                addedToRoundSignal,
                { roundId: start.roundId },
              );
              return { ...item, addedSignal: 'delivered' };
            } catch {
              // The nomination's workflow does not exist (or has ended): recorded, not fatal.
              return { ...item, addedSignal: 'workflow_missing' };
            }
          }),
        );
        state.agenda.push(...added);
        for (const d of action.ldttHolders ?? []) {
          const i = declaredLdtt.findIndex((x) => x.unitId === d.unitId && x.year === d.year);
          if (i >= 0) declaredLdtt.splice(i, 1);
          declaredLdtt.push(d);
        }
        return await record();
      } finally {
        adding -= 1;
      }
    },
    {
      validator: (action: AddNominationsAction) => {
        requireSecretariat(action.actor);
        requireStatus(
          'preparing',
          'Chỉ thêm hồ sơ trước khi mở phiếu.',
          'Nominations can be added only before the ballot opens.',
        );
        if (action.nominations.length === 0) {
          refuse('NOTHING_TO_ADD', 'Chưa chọn hồ sơ nào.', 'No nomination given.', 'nominations');
        }
        const ids = action.nominations.map((n) => n.nominationId);
        const dup = ids.find((id, i) => ids.indexOf(id) !== i);
        if (dup) {
          refuse(
            'DUPLICATE_NOMINATION',
            `Hồ sơ ${dup} được chọn hai lần.`,
            `Nomination ${dup} is listed twice.`,
            'nominations',
          );
        }
        const on = ids.find((id) => state.agenda.some((a) => a.nominationId === id));
        if (on) {
          refuse(
            'ALREADY_ON_AGENDA',
            `Hồ sơ ${on} đã có trong phiên họp.`,
            `Nomination ${on} is already on the agenda.`,
            'nominations',
          );
        }
      },
    },
  );

  // ── Attendance and recusal ────────────────────────────────────────────────
  setHandler(
    recordAttendanceUpdate,
    async (action) => {
      state.present = [...action.present];
      state.attendanceRecorded = true;
      return record();
    },
    {
      validator: (action: AttendanceAction) => {
        requireChair(action.actor);
        requireStatus(
          'preparing',
          'Chỉ ghi nhận thành phần dự họp trước khi mở phiếu.',
          'Attendance can be recorded only before the ballot opens.',
        );
        const stranger = action.present.find((id) => !isMember(id));
        if (stranger) {
          refuse(
            'NOT_A_MEMBER',
            `${stranger} không phải thành viên Hội đồng của phiên họp.`,
            `${stranger} is not a member of this round's council.`,
            'present',
          );
        }
        if (new Set(action.present).size !== action.present.length) {
          refuse(
            'DUPLICATE_MEMBER',
            'Một thành viên được ghi hai lần.',
            'A member is listed twice.',
            'present',
          );
        }
      },
    },
  );

  setHandler(
    recuseUpdate,
    async (action) => {
      if (
        state.recusals.some(
          (r) => r.memberId === action.actor.userId && r.nominationId === action.nominationId,
        )
      ) {
        return snapshot();
      }
      state.recusals.push({
        memberId: action.actor.userId,
        nominationId: action.nominationId,
        ...(action.reason ? { reason: action.reason } : {}),
      });
      return record();
    },
    {
      validator: (action: RecuseAction) => {
        if (!isMember(action.actor.userId)) {
          refuse(
            'NOT_A_MEMBER',
            'Chỉ thành viên Hội đồng của phiên họp mới có thể xin không tham gia biểu quyết.',
            "Only a member of this round's council can recuse.",
          );
        }
        requireStatus(
          'preparing',
          'Chỉ xin không tham gia biểu quyết trước khi mở phiếu.',
          'Recusal is possible only before the ballot opens.',
        );
        const item = state.agenda.find((a) => a.nominationId === action.nominationId);
        if (!item) {
          refuse(
            'NOT_ON_AGENDA',
            `Hồ sơ ${action.nominationId} không có trong phiên họp.`,
            `Nomination ${action.nominationId} is not on the agenda.`,
            'nominationId',
          );
        }
        if (start.recusalPolicy === 'same_unit' && action.actor.unitId !== item.unitId) {
          refuse(
            'RECUSAL_NOT_SAME_UNIT',
            'Chỉ thành viên cùng đơn vị với người được đề nghị mới không tham gia biểu quyết hồ sơ này.',
            "Only a member from the nominee's unit may recuse from this nominee.",
            'nominationId',
          );
        }
      },
    },
  );

  // ── Ballot ────────────────────────────────────────────────────────────────
  setHandler(
    openBallotUpdate,
    async () => {
      if (opening) {
        await condition(() => !opening && recorded());
        return snapshot();
      }
      opening = true;
      try {
        await condition(() => adding === 0);
        const quotaPairs = uniquePairs(
          state.agenda.filter((a) => a.awardCode === 'CSTDCS').map((a) => [a.unitId, a.year]),
        );
        const ldtt = await acts.resolveLdttCounts({ pairs: quotaPairs, declared: declaredLdtt });
        if (ldtt.missing.length > 0) {
          const list = ldtt.missing.map((m) => `${m.unitId}/${m.year}`).join(', ');
          refuse(
            'LDTT_COUNT_MISSING',
            `Chưa có số Lao động tiên tiến để tính tỷ lệ Chiến sĩ thi đua cơ sở: ${list}. Thường trực cần khai báo khi thêm hồ sơ.`,
            `The Advanced Worker count for the grassroots fighter quota is missing: ${list}. The secretariat must declare it when adding nominations.`,
          );
        }
        const secretItems = state.agenda
          .filter((a) => a.rule.ballot === 'secret')
          .map((a) => a.nominationId);
        if (secretItems.length > 0) {
          ballotKey = await acts.openBallotBox({
            roundId: start.roundId,
            members: start.members,
            present: state.present,
            items: secretItems,
            openedAt: new Date().toISOString(),
          });
        }
        state.ldttCounts = ldtt.counts;
        state.status = 'voting';
        return await record();
      } finally {
        opening = false;
      }
    },
    {
      validator: (action: OpenBallotAction) => {
        requireChair(action.actor);
        requireStatus('preparing', 'Phiếu đã được mở.', 'The ballot is already open.');
        if (state.agenda.length === 0) {
          refuse('EMPTY_AGENDA', 'Phiên họp chưa có hồ sơ nào.', 'The round has no nominations.');
        }
        if (!state.attendanceRecorded) {
          refuse(
            'ATTENDANCE_NOT_RECORDED',
            'Cần ghi nhận thành phần dự họp trước khi mở phiếu.',
            'Record attendance before opening the ballot.',
          );
        }
      },
    },
  );

  function validateOpenPaper(memberId: string, written: boolean, choices: VoteChoice[]): void {
    requireStatus('voting', 'Phiếu chưa mở hoặc đã đóng.', 'The ballot is not open.');
    if (openPapers.some((p) => p.memberId === memberId)) {
      refuse(
        'ALREADY_VOTED',
        'Thành viên này đã biểu quyết công khai.',
        'This member has already cast the open vote.',
      );
    }
    const expected = expectedNominees(
      state.agenda,
      state.recusals,
      memberId,
      'open',
      written ? 'written' : 'in_meeting',
    );
    const refusal = checkPaper(expected, choices);
    if (refusal) refuseWith(refusal);
  }

  async function acceptOpenPaper(paper: OpenPaper): Promise<RoundState> {
    if (
      openPapers.some((p) => p.memberId === paper.memberId) ||
      state.status !== 'voting' ||
      closing
    ) {
      refuse('ALREADY_VOTED', 'Phiếu đã được ghi nhận.', 'The vote was already recorded.');
    }
    openPapers.push(paper);
    if (paper.written) state.openWrittenVoters.push(paper.memberId);
    else state.openVoters.push(paper.memberId);
    return record();
  }

  setHandler(
    castOpenVoteUpdate,
    (action) =>
      acceptOpenPaper({ memberId: action.actor.userId, written: false, choices: action.choices }),
    {
      validator: (action: OpenVoteAction) => {
        if (!isMember(action.actor.userId)) {
          refuse(
            'NOT_A_MEMBER',
            'Chỉ thành viên Hội đồng mới được biểu quyết.',
            'Only council members vote.',
          );
        }
        if (!state.present.includes(action.actor.userId)) {
          refuse(
            'NOT_PRESENT',
            'Thành viên vắng mặt gửi phiếu bằng văn bản qua Thường trực Hội đồng.',
            'An absent member votes in writing through the secretariat.',
          );
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
        if (!isMember(action.memberId)) {
          refuse(
            'NOT_A_MEMBER',
            `${action.memberId} không phải thành viên Hội đồng của phiên họp.`,
            `${action.memberId} is not a member of this round's council.`,
            'memberId',
          );
        }
        if (state.present.includes(action.memberId)) {
          refuse(
            'MEMBER_PRESENT',
            'Thành viên có mặt biểu quyết trực tiếp, không bằng văn bản.',
            'A member who is present votes in the meeting, not in writing.',
            'memberId',
          );
        }
        validateOpenPaper(action.memberId, true, action.choices);
      },
    },
  );

  // ── Closing ───────────────────────────────────────────────────────────────
  setHandler(
    closeRoundUpdate,
    async (action) => {
      closeRequest ??= action.actor;
      await condition(
        () => (state.status === 'closed' || state.status === 'awaiting_tie_break') && recorded(),
      );
      return snapshot();
    },
    {
      validator: (action: CloseRoundAction) => {
        requireChair(action.actor);
        requireStatus(
          'voting',
          'Chỉ kết thúc phiên họp khi phiếu đang mở.',
          'The round can be closed only while the ballot is open.',
        );
        if (closeRequest)
          refuse(
            'ALREADY_CLOSING',
            'Phiên họp đang được kết thúc.',
            'The round is already closing.',
          );
      },
    },
  );

  setHandler(
    resolveTieUpdate,
    async (action) => {
      tieChoice ??= [...action.keep];
      await condition(() => state.status === 'closed' && recorded());
      return snapshot();
    },
    {
      validator: (action: ResolveTieAction) => {
        requireChair(action.actor);
        requireStatus(
          'awaiting_tie_break',
          'Không có trường hợp đồng hạng nào chờ Chủ tịch quyết định.',
          'No tie is waiting for the chair.',
        );
        if (tieChoice) refuse('ALREADY_DECIDED', 'Đã quyết định.', 'Already decided.');
        const wrong = checkTieChoice(state.pendingTies, action.keep);
        if (wrong) refuseWith(wrong);
      },
    },
  );

  // ── The round's life ──────────────────────────────────────────────────────
  await record();
  // Workflow time (deterministic): the deadline counts from when the round started.
  const remaining = Math.max(0, Date.parse(start.deadline) - workflowInfo().startTime.getTime());
  await condition(() => closeRequest !== undefined, remaining);
  closing = true;
  await condition(() => adding === 0 && !opening);
  const closedBy = closeRequest ?? DEADLINE_ACTOR;
  const opened = state.status === 'voting';
  const closedAt = new Date().toISOString();
  state.closedBy = closedBy;

  const sealed =
    opened && state.agenda.some((a) => a.rule.ballot === 'secret')
      ? await acts.sealBallotBox({ roundId: start.roundId, sealedAt: closedAt, key: ballotKey })
      : { counts: {} as Record<string, BallotCounts>, voters: [], writtenVoters: [] };

  // Tally every nominee under its own rule.
  const results: ItemResult[] = state.agenda.map((item) => {
    if (!opened) {
      return {
        nominationId: item.nominationId,
        ballot: item.rule.ballot,
        counts: { approve: 0, reject: 0, abstain: 0 },
        tally: null,
        outcome: 'no_quorum',
        explanation: {
          vi: 'Phiên họp kết thúc (hết thời hạn) khi chưa mở phiếu: hồ sơ chờ phiên họp khác.',
          en: 'The round ended (deadline) before the ballot opened: the nomination waits for another round.',
        },
      };
    }
    const secret = item.rule.ballot === 'secret';
    const counts = secret
      ? (sealed.counts[item.nominationId] ?? { approve: 0, reject: 0, abstain: 0 })
      : countOpenPapers(openPapers, item.nominationId);
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
        explanation: {
          vi: `Không kiểm được phiếu: ${tally.message.vi}. Hồ sơ chờ phiên họp khác.`,
          en: `The ballot could not be counted: ${tally.message.en}. The nomination waits for another round.`,
        },
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

  // Quotas over those that passed the vote.
  const quotaItems: QuotaItem[] = results
    .filter((r) => r.outcome === 'passed' && r.tally)
    .map((r) => {
      const item = state.agenda.find((a) => a.nominationId === r.nominationId)!;
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
  // The quota counts per unit (bloc) and year, not per round: the round claims its places in
  // the quota ledger, within what earlier rounds left. A round that had ranked before the
  // ledger existed replays without it (its places are derived at the worker's start).
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
    await record();
    await condition(() => tieChoice !== undefined);
  }

  for (const r of results) {
    const note = quotas.notes[r.nominationId];
    if (!note) continue;
    let quota: QuotaNote = note;
    if (note.outcome === 'tied_at_cutoff') {
      const chosen = tieChoice?.includes(r.nominationId) ?? false;
      quota = {
        ...note,
        outcome: chosen ? 'chosen_by_chair' : 'not_chosen_by_chair',
        reasons: [
          ...note.reasons,
          {
            code: chosen ? 'QUOTA_CHOSEN_BY_CHAIR' : 'QUOTA_NOT_CHOSEN_BY_CHAIR',
            message: chosen
              ? {
                  vi: 'Chủ tịch Hội đồng chọn trong nhóm đồng hạng.',
                  en: 'Chosen by the chair among the tied nominees.',
                }
              : {
                  vi: 'Chủ tịch Hội đồng không chọn trong nhóm đồng hạng.',
                  en: 'Not chosen by the chair among the tied nominees.',
                },
          },
        ],
      };
    }
    r.quota = quota;
    const keep = quota.outcome === 'kept' || quota.outcome === 'chosen_by_chair';
    if (!keep) r.outcome = 'cut_by_quota';
    r.explanation = joinText(r.explanation, ...quota.reasons.map((x) => x.message));
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

  // Minutes, then each nomination learns its result.
  const minutesId = minutesIdOf(start.roundId);
  const minutes: MinutesInput = {
    minutesId,
    roundId: start.roundId,
    title: start.title,
    scheduledOn: start.scheduledOn,
    closedAt,
    closedBy,
    chairId: start.chairId,
    members: start.members,
    present: state.present,
    writtenVoters: [...new Set([...sealed.writtenVoters, ...state.openWrittenVoters])].sort(),
    recusals: state.recusals,
    ldttCounts: state.ldttCounts,
    items: results.map((r) => {
      const item = state.agenda.find((a) => a.nominationId === r.nominationId)!;
      return {
        ...r,
        nomineeName: item.nomineeName,
        unitId: item.unitId,
        awardCode: item.awardCode,
        year: item.year,
        ruleSetId: item.ruleSetId,
        ...(item.rule.ballot === 'open'
          ? {
              namedVotes: openPapers.flatMap((p) =>
                p.choices
                  .filter((c) => c.nominationId === item.nominationId)
                  .map((c) => ({ memberId: p.memberId, choice: c.choice, written: p.written })),
              ),
            }
          : {}),
      };
    }),
    summary: summarise(results),
  };
  await acts.recordCouncilMinutes(minutes);

  await Promise.all(
    results.map(async (r) => {
      const result: CouncilResult = {
        roundId: start.roundId,
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

  state.results = results;
  state.pendingTies = [];
  state.minutesId = minutesId;
  state.status = 'closed';
  await record();
  await condition(allHandlersFinished);
  return snapshot();
}

function cloneState(state: RoundState): RoundState {
  return JSON.parse(JSON.stringify(state)) as RoundState;
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

/** Sentences for the minutes: each ends with a full stop unless it already has its own. */
function joinText(...texts: LocalizedText[]): LocalizedText {
  const sentences = (parts: string[]): string =>
    parts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ');
  return { vi: sentences(texts.map((t) => t.vi)), en: sentences(texts.map((t) => t.en)) };
}

function summarise(results: readonly ItemResult[]): LocalizedText {
  const n = (o: ItemResult['outcome']): number => results.filter((r) => r.outcome === o).length;
  return {
    vi: `${results.length} hồ sơ: ${n('passed')} đạt, ${n('not_passed')} không đạt, ${n('cut_by_quota')} ngoài chỉ tiêu, ${n('no_quorum')} chưa đủ điều kiện biểu quyết.`,
    en: `${results.length} nominations: ${n('passed')} passed, ${n('not_passed')} not passed, ${n('cut_by_quota')} cut by quota, ${n('no_quorum')} without quorum.`,
  };
}
