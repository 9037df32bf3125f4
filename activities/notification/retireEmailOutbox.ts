import { ApplicationFailure } from '@temporalio/common';
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import type { OwedEmail } from '../../data/notification/notificationEmail';
import { recordEmail } from '../../data/notification/notificationEmail';
import { NotificationModel } from '../../data/notification/notificationModel';
import type { Role } from '../../domain/process/roles';
import { deliverEmail, emailsFor } from './emailDelivery';
import type { NotificationForEmail } from './emailMessage';

/** A mail of the outbox earlier versions kept (`email_outbox`, one per notification and user). */
interface OutboxMail extends OwedEmail {
  _id: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError?: string;
  smtpResponse?: string;
  sentAt?: Date;
  createdAt?: Date;
  /** While this step sends it (a lease, so that two workers do not both send it). */
  retiringUntil?: Date;
}

const OUTBOX = 'email_outbox';
const CLAIMS = 'email_claims';
/** As the outbox's fan-out had it: a notice older than this is no longer worth an e-mail. */
const STALE_AFTER_MS = 7 * 24 * 3_600_000;
const LEASE_MS = 2 * 60_000;

/**
 * Start-up migration (workers): retires the e-mail outbox of earlier versions, whose poller
 * no longer runs. Notifications it had not fanned out yet go into it first; each pending mail
 * is then sent once (under a lease, the way the new activity sends: recorded on its
 * notification), a mail already settled has its outcome copied onto its notification, and a
 * mail queued more than 7 days ago is recorded as not sent. A temporary SMTP failure leaves
 * the mail in the outbox for the next start; once the outbox is empty it is dropped with its
 * claims. Nothing to do where there is no outbox.
 */
export async function retireEmailOutbox(log: Logger): Promise<void> {
  const db = mongoose.connection.db!;
  const names = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
  );
  if (!names.has(OUTBOX)) {
    if (names.has(CLAIMS)) await db.dropCollection(CLAIMS);
    return;
  }
  const outbox = db.collection<OutboxMail>(OUTBOX);
  const staleBefore = new Date(Date.now() - STALE_AFTER_MS);
  await fanOutUnqueued(outbox, staleBefore);

  const done = { sent: 0, recorded: 0, left: 0 };
  for (const mail of await outbox.find({}).toArray()) {
    const now = new Date();
    if (mail.status !== 'pending' || (mail.createdAt && mail.createdAt < staleBefore)) {
      await recordEmail(mail, {
        ...(mail.status === 'sent'
          ? { status: 'sent', answer: mail.smtpResponse }
          : mail.status === 'failed'
            ? { status: 'failed', answer: mail.lastError }
            : { status: 'failed', answer: 'not sent: queued more than 7 days before the upgrade' }),
        attempts: mail.attempts,
        at: mail.sentAt ?? now,
      });
      await outbox.deleteOne({ _id: mail._id });
      done.recorded += 1;
      continue;
    }
    const claimed = await outbox.updateOne(
      {
        _id: mail._id,
        status: 'pending',
        $or: [{ retiringUntil: { $exists: false } }, { retiringUntil: { $lt: now } }],
      },
      { $set: { retiringUntil: new Date(now.getTime() + LEASE_MS) } },
    );
    if (claimed.matchedCount === 0) {
      done.left += 1;
      continue;
    }
    try {
      await deliverEmail(mail, mail.attempts + 1);
      done.sent += 1;
    } catch (error) {
      if (!(error instanceof ApplicationFailure && error.nonRetryable)) {
        await outbox.updateOne(
          { _id: mail._id },
          { $inc: { attempts: 1 }, $unset: { retiringUntil: 1 } },
        );
        done.left += 1;
        continue;
      }
      done.recorded += 1;
    }
    await outbox.deleteOne({ _id: mail._id });
  }
  if (done.left === 0 && (await outbox.countDocuments({})) === 0) {
    await outbox.drop();
    if (names.has(CLAIMS)) await db.dropCollection(CLAIMS);
    await NotificationModel.collection
      .dropIndex('emailQueuedAt_1_createdAt_1')
      .catch(() => undefined);
    log.info(done, 'e-mail outbox retired: e-mails are sent by workflow activities now');
  } else {
    log.warn(done, 'e-mail outbox: mails left for the next start');
  }
}

/**
 * Notifications an earlier version wrote but had not fanned out yet (no `emailQueuedAt`, and
 * no `emails`, which today's notifications always have): their mails join the outbox, each
 * notification taken by one process (conditional stamp).
 */
async function fanOutUnqueued(
  outbox: mongoose.mongo.Collection<OutboxMail>,
  staleBefore: Date,
): Promise<void> {
  const notifications = NotificationModel.collection;
  const unqueued = await notifications
    .find({ emailQueuedAt: null, emails: { $exists: false }, createdAt: { $gte: staleBefore } })
    .toArray();
  for (const notification of unqueued) {
    const taken = await notifications.updateOne(
      { _id: notification._id, emailQueuedAt: null },
      { $set: { emailQueuedAt: new Date() } },
    );
    if (taken.matchedCount === 0) continue;
    const owed = await emailsFor([
      notification as unknown as NotificationForEmail & { toRole: Role; toUnitId?: string },
    ]);
    for (const mail of owed) {
      await outbox.updateOne(
        { _id: `${mail.notificationId}/${mail.userId}` },
        {
          $setOnInsert: {
            ...mail,
            status: 'pending',
            attempts: 0,
            createdAt: notification.createdAt as Date,
          },
        },
        { upsert: true },
      );
    }
  }
}
