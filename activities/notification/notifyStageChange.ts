import { displayDate, parseIsoDate, vietnamDateOf } from '../../domain/calendar';
import { ROLE_LABELS, type Role } from '../../domain/process/roles';
import { STAGE_LABELS } from '../../domain/process/stages';
import { NotificationModel } from '../../data/notification/notificationModel';
import { insertIfAbsent } from '../../data/duplicateKey';
import type { Transition } from '../nomination/transition';
import { dossierName, type DossierNameSource } from './dossierName';

/** The unit's people who follow its dossiers: each role gets its own notification. */
const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/** What of the nomination the notice needs (read once by `recordTransition`'s sync). */
export interface StageChangeSource extends DossierNameSource {
  unitId: string;
  history: readonly { seq: number; stage: string }[];
}

/**
 * "What changed on my dossiers": tells the nomination's unit that it moved to another
 * stage. Called by `recordTransition` after its write, on every attempt; a timeline entry
 * that keeps the stage (a note, a check) tells nobody. Idempotent: one notification per
 * (nomination, seq, role), `_id` `<nominationId>:change:<seq>:<role>`, written with
 * `$setOnInsert`, so a retried or replayed transition adds nothing.
 */
export async function notifyStageChange(
  transition: Transition,
  nomination: StageChangeSource,
): Promise<void> {
  const previous = nomination.history
    .filter((entry) => entry.seq < transition.seq)
    .reduce<
      { seq: number; stage: string } | undefined
    >((latest, entry) => (!latest || entry.seq > latest.seq ? entry : latest), undefined);
  // seq 1 is the submission: the stage before it is the draft, which has no entry.
  if ((previous?.stage ?? 'draft') === transition.stage) return;

  const stage = STAGE_LABELS[transition.stage];
  const dossier = dossierName(nomination);
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
  await Promise.all(
    UNIT_ROLES.map((toRole) =>
      insertIfAbsent(
        NotificationModel as never,
        `${transition.nominationId}:change:${transition.seq}:${toRole}`,
        {
          kind: 'change',
          toRole,
          toUnitId: nomination.unitId,
          nominationId: transition.nominationId,
          ...(nomination.number && { nominationNumber: nomination.number }),
          title,
          body,
          ...(transition.holder?.dueAt && { dueAt: new Date(transition.holder.dueAt) }),
        },
      ),
    ),
  );
}
