import { getExternalWorkflowHandle, patched, setHandler } from '@temporalio/workflow';
import { roundRefusal } from '../../domain/messages/councilRound';
import { addedToRoundSignal, nominationWorkflowId } from '../nomination/messages';
import type { AddNominationsAction, AgendaItem } from '../../domain/council/round';
import { roundActivities as acts } from './activities';
import {
  addNominationsUpdate,
  recordAttendanceUpdate,
  recuseUpdate,
  type AttendanceAction,
  type RecuseAction,
} from './messages';
import {
  isMember,
  record,
  refuse,
  requireChair,
  requireSecretariat,
  requireStatus,
  snapshot,
  type Round,
} from './roundState';

/**
 * Guards dropping the `addedToRound` signal: the round's activity takes each nomination by
 * update now, so the signal only repeated it; histories from before keep sending it.
 */
const JOINED_BY_UPDATE_PATCH = 'round-joins-nominations-by-update';

/** Before the ballot: the secretariat sets the agenda, the chair attendance, members recuse. */
export function handleAgenda(round: Round): void {
  handleAddNominations(round);
  handleAttendance(round);
  handleRecusal(round);
}

function handleAddNominations(round: Round): void {
  const { start, state } = round;
  setHandler(
    addNominationsUpdate,
    async (action) => {
      round.adding += 1;
      try {
        const loaded = await acts.loadAgendaItems({
          roundId: start.roundId,
          scheduledOn: start.scheduledOn,
          nominations: action.nominations,
        });
        const byUpdate = patched(JOINED_BY_UPDATE_PATCH);
        if (loaded.problems.length > 0) refuse(loaded.problems[0]!);
        // Another request may have added one of them while this one was loading.
        const onAgenda = (i: AgendaItem) =>
          state.agenda.some((a) => a.nominationId === i.nominationId);
        const again = loaded.items.find(onAgenda);
        // Taken by update, every one is this round's now: refusing would strand the others.
        if (again && !byUpdate) {
          refuse(roundRefusal('alreadyOnAgenda', { nominationId: again.nominationId }));
        }
        const added: AgendaItem[] = byUpdate
          ? loaded.items.filter((i) => !onAgenda(i))
          : await Promise.all(
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
          const i = round.declaredLdtt.findIndex((x) => x.unitId === d.unitId && x.year === d.year);
          if (i >= 0) round.declaredLdtt.splice(i, 1);
          round.declaredLdtt.push(d);
        }
        return await record(round);
      } finally {
        round.adding -= 1;
      }
    },
    {
      validator: (action: AddNominationsAction) => {
        requireSecretariat(action.actor);
        requireStatus(round, 'preparing', 'addOnlyBeforeBallot');
        if (action.nominations.length === 0) refuse(roundRefusal('nothingToAdd'));
        const ids = action.nominations.map((n) => n.nominationId);
        const dup = ids.find((id, i) => ids.indexOf(id) !== i);
        if (dup) refuse(roundRefusal('duplicateNomination', { nominationId: dup }));
        const on = ids.find((id) => state.agenda.some((a) => a.nominationId === id));
        if (on) {
          refuse({
            ...roundRefusal('alreadyOnAgenda', { nominationId: on }),
            field: 'nominations',
          });
        }
      },
    },
  );
}

function handleAttendance(round: Round): void {
  setHandler(
    recordAttendanceUpdate,
    async (action) => {
      round.state.present = [...action.present];
      round.state.attendanceRecorded = true;
      return record(round);
    },
    {
      validator: (action: AttendanceAction) => {
        requireChair(round, action.actor);
        requireStatus(round, 'preparing', 'attendanceOnlyBeforeBallot');
        const stranger = action.present.find((id) => !isMember(round, id));
        if (stranger) {
          refuse({
            ...roundRefusal('notAMemberOfRound', { memberId: stranger }),
            field: 'present',
          });
        }
        if (new Set(action.present).size !== action.present.length) {
          refuse(roundRefusal('duplicateMember'));
        }
      },
    },
  );
}

function handleRecusal(round: Round): void {
  const { start, state } = round;
  setHandler(
    recuseUpdate,
    async (action) => {
      if (
        state.recusals.some(
          (r) => r.memberId === action.actor.userId && r.nominationId === action.nominationId,
        )
      ) {
        return snapshot(round);
      }
      state.recusals.push({
        memberId: action.actor.userId,
        nominationId: action.nominationId,
        ...(action.reason ? { reason: action.reason } : {}),
      });
      return record(round);
    },
    {
      validator: (action: RecuseAction) => {
        if (!isMember(round, action.actor.userId)) refuse(roundRefusal('onlyMembersRecuse'));
        requireStatus(round, 'preparing', 'recusalOnlyBeforeBallot');
        const item = state.agenda.find((a) => a.nominationId === action.nominationId);
        if (!item) refuse(roundRefusal('notOnAgenda', { nominationId: action.nominationId }));
        if (start.recusalPolicy === 'same_unit' && action.actor.unitId !== item.unitId) {
          refuse(roundRefusal('recusalNotSameUnit'));
        }
      },
    },
  );
}
