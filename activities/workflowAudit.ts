import { ROLE_LABELS, SYSTEM_ACTOR } from '../domain/process/roles';
import { STAGE_LABELS } from '../domain/process/stages';
import type { RecordedStep, Transition } from './nomination/transition';
import type { OwedEmail } from '../data/notification/notificationEmail';
import type { DeadlineAlert } from './notification/notifyDeadline';
import { appendAuditEntry } from '../audit/appendAuditEntry';
import type { AuditActor, AuditEntryInput } from '../audit/auditEntry';

/**
 * The workflow's own steps in the audit log: every transition a nomination (or a
 * revocation) records — automatic ones such as deadline expiries, public comment closing
 * and inclusion in a round included — and every reminder and escalation. Each entry's
 * key is derived from the step (`transition:<nomination>:<seq>`,
 * `alert:<nomination>:<deadline>:<kind>`), so a retried activity appends nothing twice.
 */
function transitionEntry(t: Transition): AuditEntryInput {
  const actor: AuditActor = { ...t.actor };
  const stage = STAGE_LABELS[t.stage];
  const why = t.reason ?? t.reasons?.map((r) => r.message.vi).join('; ');
  return {
    key: `transition:${t.nominationId}:${t.seq}`,
    at: new Date(t.at),
    source: 'workflow',
    action: `transition.${t.action}`,
    actor,
    objects: [{ type: 'nominations', id: t.nominationId }],
    nominationIds: [t.nominationId],
    why: why || undefined,
    after: {
      stage: t.stage,
      seq: t.seq,
      holderRole: t.holder?.role,
      dueOn: t.holder?.dueOn,
      detail: t.detail,
      decisionNumber: t.decision?.number,
    },
    summary: {
      vi: `${name(actor)}: ${t.action} → ${stage.vi}`,
      en: `${name(actor)}: ${t.action} → ${stage.en}`,
    },
  };
}

function deadlineAlertEntry(alert: DeadlineAlert): AuditEntryInput {
  const stage = STAGE_LABELS[alert.stage];
  const reminder = alert.kind === 'reminder';
  return {
    key: `alert:${alert.nominationId}:${alert.deadlineKey}:${alert.kind}`,
    at: new Date(),
    source: 'workflow',
    action: reminder ? 'deadline.reminder' : 'deadline.escalation',
    actor: { ...SYSTEM_ACTOR },
    objects: [{ type: 'nominations', id: alert.nominationId }],
    nominationIds: [alert.nominationId],
    after: { stage: alert.stage, holderRole: alert.holderRole, dueOn: alert.dueOn },
    summary: reminder
      ? {
          vi: `Nhắc hạn "${stage.vi}" (hạn ${alert.dueOn}) gửi ${ROLE_LABELS[alert.holderRole].vi}`,
          en: `Reminder of "${stage.en}" (due ${alert.dueOn}) to ${ROLE_LABELS[alert.holderRole].en}`,
        }
      : {
          vi: `Quá hạn "${stage.vi}" (hạn ${alert.dueOn}): báo cáo cấp trên`,
          en: `Overdue at "${stage.en}" (due ${alert.dueOn}): escalated`,
        },
  };
}

function name(actor: AuditActor): string {
  return `${actor.name ?? actor.userId} (${actor.userId})`;
}

interface AuditedActivities {
  recordTransition(transition: Transition): Promise<RecordedStep>;
  notifyDeadline(alert: DeadlineAlert): Promise<OwedEmail[]>;
}

/**
 * The worker's activities with the audit log hooked in: after `recordTransition` and
 * `notifyDeadline` succeed, their entry is appended. A failed append fails the activity,
 * which Temporal retries; the step's own write is idempotent, and so is the entry.
 */
export function withAuditTrail<T extends AuditedActivities>(activities: T): T {
  return {
    ...activities,
    async recordTransition(transition: Transition): Promise<RecordedStep> {
      const recorded = await activities.recordTransition(transition);
      await appendAuditEntry(transitionEntry(transition));
      return recorded;
    },
    async notifyDeadline(alert: DeadlineAlert): Promise<OwedEmail[]> {
      const emails = await activities.notifyDeadline(alert);
      await appendAuditEntry(deadlineAlertEntry(alert));
      return emails;
    },
  };
}
