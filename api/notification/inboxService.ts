import { displayDate, parseIsoDate, vietnamDateOf } from '../../domain/calendar';
import type { Actor, Role } from '../../domain/process/roles';
import { STAGE_HOLDER, STAGE_LABELS, type WaitingStage } from '../../domain/process/stages';
import { OPEN, dueBefore } from '../../data/desk/deskKey';
import { PAGES_COUNTED, countUpTo } from '../../data/nomination/countUpTo';
import { NominationModel } from '../../data/nomination/nominationModel';
import { addressedTo } from '../../data/notification/notificationAudience';
import { NotificationModel } from '../../data/notification/notificationModel';
import { notFound } from '../errors/apiError';
import { readScope } from '../nomination/nominationAccess';
import { LIST_FIELDS } from '../nomination/nominationList';
import type { InboxQuery } from './inboxSchemas';
import { findPage } from '../../data/findPage';

const NOTIFICATION = { vi: 'thông báo', en: 'Notification' };

/** The waiting stages `role` holds: the stages whose dossiers await it. */
function stagesHeldBy(role: Role): WaitingStage[] {
  return (Object.entries(STAGE_HOLDER) as [WaitingStage, Role][])
    .filter(([, holder]) => holder === role)
    .map(([stage]) => stage);
}

/** A person's inbox: what awaits them, and what they were told. */
export class InboxService {
  async inbox(actor: Actor, query: InboxQuery, now = new Date()) {
    const [awaiting, notifications] = await Promise.all([
      this.awaiting(actor, query, now),
      this.notifications(actor, query),
    ]);
    return { awaiting, notifications };
  }

  /**
   * Open nominations whose holder is the actor's role (a unit role: its unit's only), in the
   * desk's order (data/desk/deskKey.ts): soonest deadline first, then those without one. A
   * page of the `deskKey` index, its total counted three pages ahead; the overdue ones are
   * its range due before today.
   */
  private async awaiting(actor: Actor, query: InboxQuery, now: Date) {
    const { awaitingPage: page, awaitingPageSize: pageSize } = query;
    const role = actor.role;
    const stages = role === 'system' ? [] : stagesHeldBy(role);
    if (role === 'system' || stages.length === 0) {
      return { items: [], page, pageSize, total: 0, overdue: 0 };
    }
    const scope = readScope(actor);
    const held = { holderRole: role, ...(scope && { unitId: scope }) };
    const filter = { ...held, deskKey: OPEN };
    const skip = (page - 1) * pageSize;
    const [docs, total, overdue] = await Promise.all([
      // What a row of a nomination list shows.
      NominationModel.find(filter, LIST_FIELDS)
        .sort({ deskKey: 1 })
        .skip(skip)
        .limit(pageSize)
        .lean(),
      countUpTo(filter, skip + PAGES_COUNTED * pageSize),
      // Escalated past the deadline or not, overdue is due before today (Vietnam).
      NominationModel.countDocuments({ ...held, deskKey: dueBefore(vietnamDateOf(now)) }),
    ]);
    const items = docs.map((doc) => ({
      nominationId: doc._id,
      number: doc.number,
      unitId: doc.unitId,
      nominee: doc.nominee.name,
      awardCode: doc.awardCode,
      year: doc.year,
      stage: doc.stage,
      stageLabel: STAGE_LABELS[doc.stage],
      holderRole: doc.holderRole,
      dueAt: doc.dueAt ?? null,
      dueOn: doc.dueOn ?? null,
      /** dd/mm/yyyy, as shown to people. */
      dueOnDisplay: doc.dueOn ? displayDate(parseIsoDate(doc.dueOn)) : null,
      overdue: doc.overdue || (doc.dueAt !== undefined && doc.dueAt !== null && doc.dueAt < now),
    }));
    return { items, page, pageSize, ...total, overdue };
  }

  /** Notifications addressed to the actor's role (and unit), newest first. */
  private async notifications(actor: Actor, query: InboxQuery) {
    const mine = addressedTo(actor);
    const unread = { ...mine, readBy: { $ne: actor.userId } };
    const filter = query.unreadOnly === 'true' ? unread : mine;
    const [found, unreadCount] = await Promise.all([
      findPage(
        NotificationModel,
        filter,
        {
          sort: { createdAt: -1, _id: -1 },
          projection: {
            kind: 1,
            nominationId: 1,
            nominationNumber: 1,
            title: 1,
            body: 1,
            dueAt: 1,
            createdAt: 1,
            readBy: 1,
          },
        },
        query,
      ),
      NotificationModel.countDocuments(unread),
    ]);
    const items = found.items.map(({ readBy, ...doc }) => ({
      ...doc,
      read: (readBy ?? []).includes(actor.userId),
    }));
    return { ...found, items, unread: unreadCount };
  }

  /**
   * Marks one notification read for the actor: one atomic `$addToSet`, so repeating it
   * (or racing another tab) changes nothing. A notification not addressed to the actor is
   * "not found", whoever it belongs to.
   */
  async markRead(actor: Actor, id: string) {
    const result = await NotificationModel.updateOne(
      { _id: id, ...addressedTo(actor) },
      { $addToSet: { readBy: actor.userId } },
    );
    if (result.matchedCount === 0) throw notFound(NOTIFICATION, 'NOTIFICATION_NOT_FOUND');
    const unread = await NotificationModel.countDocuments({
      ...addressedTo(actor),
      readBy: { $ne: actor.userId },
    });
    return { id, read: true, unread };
  }

  /** Marks everything addressed to the actor read. */
  async markAllRead(actor: Actor) {
    const result = await NotificationModel.updateMany(
      { ...addressedTo(actor), readBy: { $ne: actor.userId } },
      { $addToSet: { readBy: actor.userId } },
    );
    return { marked: result.modifiedCount, unread: 0 };
  }
}
