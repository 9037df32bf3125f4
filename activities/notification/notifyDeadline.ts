import { alertRecipient, isOverdueAt } from '../../domain/process/escalation';
import type { Actor, Role } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import { NominationModel } from '../../data/nomination/nominationModel';
import { NotificationModel } from '../../data/notification/notificationModel';
import { insertIfAbsent } from '../../data/duplicateKey';
import type { OwedEmail } from '../../data/notification/notificationEmail';
import { deadlineAlertText } from './deadlineAlertText';
import { dossierName } from './dossierName';
import { emailsFor } from './emailDelivery';

export interface DeadlineAlert {
  nominationId: string;
  unitId: string;
  stage: Stage;
  kind: 'reminder' | 'escalation';
  holderRole: Role;
  dueAt: string;
  dueOn: string;
  /** Identifies the deadline (stage entry), so each alert is sent once. */
  deadlineKey: string;
  /** Workflow time the alert is raised (ISO); absent in histories from before it was sent. */
  at?: string;
  /** Sent from the secretariat's desk: by whom, and their note. */
  requestedBy?: Actor;
  note?: string;
}

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/**
 * Reminds the holder of a dossier, or raises it one level up, naming the dossier by its
 * award and nominee and saying truthfully whether it is overdue (the desk may act early).
 * Only an alert past the deadline marks the nomination overdue in the read model. Idempotent.
 * Returns the e-mails the notification owes, for the workflow to send.
 */
export async function notifyDeadline(alert: DeadlineAlert): Promise<OwedEmail[]> {
  const toRole = alertRecipient(alert.kind, alert.holderRole);
  const overdue = isOverdueAt(alert.at ?? new Date().toISOString(), alert.dueAt);
  const key = `${alert.deadlineKey}:${alert.kind}`;
  const nomination = await NominationModel.findById(alert.nominationId, {
    nominee: 1,
    awardCode: 1,
    year: 1,
    number: 1,
  }).lean();
  const { title, body } = deadlineAlertText({
    kind: alert.kind,
    stage: alert.stage,
    overdue,
    dueOn: alert.dueOn,
    dossier: nomination
      ? dossierName(nomination)
      : { vi: `Hồ sơ ${alert.nominationId}`, en: `Nomination ${alert.nominationId}` },
    requestedBy: alert.requestedBy,
    note: alert.note,
  });
  const notification = {
    _id: `${alert.nominationId}:${key}`,
    kind: alert.kind,
    toRole,
    toUnitId: UNIT_ROLES.includes(toRole) ? alert.unitId : undefined,
    nominationId: alert.nominationId,
    ...(nomination?.number && { nominationNumber: nomination.number }),
    title,
    body,
    dueAt: new Date(alert.dueAt),
  };
  const { _id, ...fields } = notification;
  await insertIfAbsent(NotificationModel as never, _id, { ...fields, emails: [] });
  await NominationModel.updateOne(
    { _id: alert.nominationId, 'alerts.key': { $ne: key } },
    {
      $push: {
        alerts: { key, kind: alert.kind, toRole, stage: alert.stage, overdue, at: new Date() },
      },
      ...(overdue && alert.kind === 'escalation' && { $set: { overdue: true } }),
    },
  );
  return emailsFor([{ ...notification, createdAt: new Date(alert.at ?? Date.now()) }]);
}
