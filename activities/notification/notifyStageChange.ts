import { displayDate, parseIsoDate, vietnamDateOf } from '../../domain/calendar';
import { ROLE_LABELS, type Role } from '../../domain/process/roles';
import { STAGE_LABELS } from '../../domain/process/stages';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { OwedEmail } from '../../data/notification/notificationEmail';
import { NotificationModel } from '../../data/notification/notificationModel';
import type { RecordedStep, Transition } from '../nomination/transition';
import { dossierName } from './dossierName';
import { emailsFor } from './emailDelivery';

/** The unit's people who follow its dossiers: each role gets its own notification. */
const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

interface StageChange {
  transition: Transition;
  /** What `recordTransition` read of the nomination as it recorded the step. */
  recorded: RecordedStep;
}

/**
 * "What changed on my dossiers": tells the nomination's unit that it moved to another stage,
 * an activity of its own that the workflow runs once the step is recorded; a timeline entry
 * that keeps the stage (a note, a check) tells nobody. Idempotent: one notification per
 * (nomination, seq, role), `_id` `<nominationId>:change:<seq>:<role>`, inserted once (a
 * duplicate `_id` is the earlier attempt's). Returns the e-mails they owe, for the workflow to
 * send (none without an SMTP server).
 */
export async function notifyStageChange({
  transition,
  recorded,
}: StageChange): Promise<OwedEmail[]> {
  if (recorded.previousStage === transition.stage) return [];

  const stage = STAGE_LABELS[transition.stage];
  const dossier = dossierName(recorded);
  const on = displayDate(vietnamDateOf(new Date(transition.at)));
  const by =
    transition.actor.role === 'system' ? ROLE_LABELS.system : ROLE_LABELS[transition.actor.role];
  const due = transition.holder?.dueOn
    ? displayDate(parseIsoDate(transition.holder.dueOn))
    : undefined;
  const holder = transition.holder && ROLE_LABELS[transition.holder.role];
  const title = {
    vi: `Hồ sơ chuyển bước: ${stage.vi}`,
    en: `Nomination moved: ${stage.en}`,
  };
  const body = {
    vi: [
      `${dossier.vi} đã chuyển sang bước "${stage.vi}" ngày ${on} (${by.vi}).`,
      transition.reason && `Lý do: ${transition.reason}`,
      holder && `Bước tiếp theo do ${holder.vi} xử lý${due ? `, hạn ${due}` : ''}.`,
    ]
      .filter(Boolean)
      .join('\n'),
    en: [
      `${dossier.en} moved to "${stage.en}" on ${on} (${by.en}).`,
      transition.reason && `Reason: ${transition.reason}`,
      holder && `Next: ${holder.en}${due ? `, due ${due}` : ''}.`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
  const notifications = UNIT_ROLES.map((toRole) => ({
    _id: `${transition.nominationId}:change:${transition.seq}:${toRole}`,
    kind: 'change' as const,
    toRole,
    toUnitId: recorded.unitId,
    nominationId: transition.nominationId,
    ...(recorded.number && { nominationNumber: recorded.number }),
    title,
    body,
    ...(transition.holder?.dueAt && { dueAt: new Date(transition.holder.dueAt) }),
  }));
  try {
    await NotificationModel.insertMany(notifications, { ordered: false });
  } catch (error) {
    // Inserted by an earlier attempt (unordered: the others still went in).
    const failures = (error as { writeErrors?: unknown[] }).writeErrors ?? [error];
    if (!failures.every(isDuplicateKey)) throw error;
  }
  // Dated as the step, whichever attempt composes them.
  return emailsFor(notifications.map((n) => ({ ...n, createdAt: new Date(transition.at) })));
}
