import { condition, patched, upsertSearchAttributes } from '@temporalio/workflow';
import { parseIsoDate, startOfVietnamDate, vietnamDateOf } from '../../domain/calendar';
import { TIMELINE_TEXTS } from '../../domain/messages/nomination';
import { isOverdueAt, manualAlertDetail } from '../../domain/process/escalation';
import { STAGE_HOLDER, type WaitingStage } from '../../domain/process/stages';
import { nominationActivities as activities, quickSteps } from './activities';
import { emailDeadlineNotice } from './notices';
import {
  BACKGROUND_EVENT_TYPES,
  type DeskEventType,
  type EventOf,
  type EventType,
} from './processEvents';
import type { ProcessState } from './processState';
import { recordNote } from './processTimeline';
import { deadlineKey } from './searchAttributes';
import { TWIN_CHECKS_PATCH, recordChecks } from './twinChecks';

const BACKGROUND_EVENTS = new Set<string>(BACKGROUND_EVENT_TYPES);

/** Milliseconds from workflow time until `iso`; ≤ 0 once it has passed. */
const msUntil = (iso: string): number => Date.parse(iso) - Date.now();

/**
 * Waits for the next event of one of `types`. With a deadline on the stage, the holder
 * is reminded at the reminder day and the dossier escalated at the deadline; with
 * `expire`, passing the deadline ends the wait with 'expired' instead. The secretariat's
 * desk actions (extend, reassign, remind, escalate) and a twin's request to re-check are
 * applied while waiting; an extension restarts the alerts against the new deadline.
 * Without them the commands are exactly those of the code before they existed
 * (replay-safe).
 */
export async function waitWithAlerts<T extends EventType>(
  p: ProcessState,
  types: readonly T[],
  options: { expire?: boolean } = {},
): Promise<(EventOf<T> & { id: number }) | 'expired'> {
  const arrived = (): boolean =>
    p.memory.pending.some((e) => (types as readonly string[]).includes(e.type));
  const background = (): boolean => p.memory.pending.some((e) => BACKGROUND_EVENTS.has(e.type));
  const wake = (): boolean => arrived() || background();
  for (;;) {
    const deadline = p.memory.deadline;
    if (deadline) {
      for (const kind of ['reminder', 'escalation'] as const) {
        if (deadline.alerts.includes(kind)) continue;
        const at = kind === 'reminder' ? deadline.plan.remindAt : deadline.plan.dueAt;
        const wait = msUntil(at);
        if (wait > 0 ? await condition(wake, wait) : wake()) break;
        const emails = await activities.notifyDeadline({
          nominationId: p.start.nominationId,
          unitId: p.start.unitId,
          stage: p.memory.stage,
          kind,
          holderRole: STAGE_HOLDER[p.memory.stage as WaitingStage],
          dueAt: deadline.plan.dueAt,
          dueOn: deadline.plan.dueOn,
          deadlineKey: deadline.key,
          at: new Date().toISOString(),
        });
        p.mailing.push(emailDeadlineNotice(emails));
        deadline.alerts.push(kind);
        if (kind === 'escalation' && options.expire) return 'expired';
      }
    }
    await condition(wake);
    if (!background()) return p.take(types);
    const event = p.take(BACKGROUND_EVENT_TYPES);
    if (event.type === 'twinChanged') {
      // Only a patched workflow registered for the signal; an older history never saw it.
      if (patched(TWIN_CHECKS_PATCH)) await recordChecks(p, event.signal);
    } else {
      await applyDeskAction(p, event);
    }
  }
}

/** One desk action: recorded on the timeline; never changes the stage. */
async function applyDeskAction(
  p: ProcessState,
  event: EventOf<DeskEventType> & { id: number },
): Promise<void> {
  const { actor } = event.action;
  if (event.type === 'reassign') {
    const { assignee, reason } = event.action;
    await recordNote(p, {
      action: 'reassigned',
      actor,
      reason,
      detail: TIMELINE_TEXTS.assignedTo(assignee.name),
    });
    return;
  }
  const deadline = p.memory.deadline;
  if (!deadline) {
    p.refuse(event.id, 'noDeadline');
    return;
  }
  if (event.type === 'extendDeadline') {
    const { workingDays, reason } = event.action;
    const today = vietnamDateOf(Date.now());
    const from = deadline.plan.dueOn > today ? deadline.plan.dueOn : today;
    const plan = await quickSteps().planDeadline({
      startAt: new Date(startOfVietnamDate(parseIsoDate(from))).toISOString(),
      workingDays,
      reminderShare: p.procedure.timings.reminderShare,
    });
    // A new deadline: its own key, so its reminder and escalation go out afresh.
    p.memory.deadline = {
      key: `${p.memory.seq + 1}`,
      startAt: deadline.startAt,
      plan,
      alerts: [],
    };
    await recordNote(p, {
      action: 'deadline_extended',
      actor,
      reason,
      detail: TIMELINE_TEXTS.deadlineExtended({
        workingDays,
        dueBefore: deadline.plan.dueOn,
        dueAfter: plan.dueOn,
      }),
    });
    upsertSearchAttributes([{ key: deadlineKey, value: new Date(plan.dueAt) }]);
    return;
  }
  const kind = event.type === 'remind' ? 'reminder' : 'escalation';
  const holderRole = STAGE_HOLDER[p.memory.stage as WaitingStage];
  const at = new Date().toISOString();
  // The desk may act before the deadline: the record and the notice say which it is.
  const overdue = isOverdueAt(at, deadline.plan.dueAt);
  // Answer the caller only once the notification exists, not when the note is recorded.
  const id = p.holdAnswer();
  await recordNote(p, {
    action: event.type === 'remind' ? 'manual_reminder' : 'manual_escalation',
    actor,
    reason: event.action.note,
    detail: manualAlertDetail(kind, holderRole, overdue, deadline.plan.dueOn),
  });
  const emails = await activities.notifyDeadline({
    nominationId: p.start.nominationId,
    unitId: p.start.unitId,
    stage: p.memory.stage,
    kind,
    holderRole,
    dueAt: deadline.plan.dueAt,
    dueOn: deadline.plan.dueOn,
    deadlineKey: `${deadline.key}:manual${p.memory.seq}`,
    at,
    requestedBy: actor,
    note: event.action.note,
  });
  if (id !== undefined) p.answered(id);
  p.mailing.push(emailDeadlineNotice(emails));
}
