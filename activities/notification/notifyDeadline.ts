import { displayDate, parseIsoDate } from '../../domain/calendar';
import { escalationTarget } from '../../domain/process/escalation';
import type { Role } from '../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import { syncProjections } from '../../data/desk/syncProjections';
import { NominationModel } from '../../data/nomination/nominationModel';
import { NotificationModel } from '../../data/notification/notificationModel';
import { insertIfAbsent } from '../../data/duplicateKey';

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
}

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/**
 * Reminds the holder of a dossier before its deadline, or raises it one level up once
 * the deadline has passed, and marks the nomination in the read model. Idempotent.
 */
export async function notifyDeadline(alert: DeadlineAlert): Promise<void> {
  const toRole = alert.kind === 'reminder' ? alert.holderRole : escalationTarget(alert.holderRole);
  const stage = STAGE_LABELS[alert.stage];
  const due = displayDate(parseIsoDate(alert.dueOn));
  const key = `${alert.deadlineKey}:${alert.kind}`;
  const title =
    alert.kind === 'reminder'
      ? { vi: `Sắp đến hạn: ${stage.vi}`, en: `Due soon: ${stage.en}` }
      : { vi: `Quá hạn: ${stage.vi}`, en: `Overdue: ${stage.en}` };
  const body =
    alert.kind === 'reminder'
      ? {
          vi: `Hồ sơ ${alert.nominationId} cần được xử lý ở bước "${stage.vi}" trước hết ngày ${due}.`,
          en: `Nomination ${alert.nominationId} must be handled at "${stage.en}" by the end of ${due}.`,
        }
      : {
          vi: `Hồ sơ ${alert.nominationId} đã quá hạn ở bước "${stage.vi}" (hạn ${due}); đề nghị đôn đốc.`,
          en: `Nomination ${alert.nominationId} is overdue at "${stage.en}" (due ${due}); please follow up.`,
        };
  await insertIfAbsent(NotificationModel as never, `${alert.nominationId}:${key}`, {
    kind: alert.kind,
    toRole,
    toUnitId: UNIT_ROLES.includes(toRole) ? alert.unitId : undefined,
    nominationId: alert.nominationId,
    title,
    body,
    dueAt: new Date(alert.dueAt),
  });
  await NominationModel.updateOne(
    { _id: alert.nominationId, 'alerts.key': { $ne: key } },
    {
      $push: { alerts: { key, kind: alert.kind, toRole, stage: alert.stage, at: new Date() } },
      ...(alert.kind === 'escalation' && { $set: { overdue: true } }),
    },
  );
  // The desk shows the reminders sent, the unit's list the overdue mark.
  await syncProjections(alert.nominationId);
}
