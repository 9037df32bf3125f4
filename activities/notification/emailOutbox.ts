import { UserModel } from '../../data/identity/userModel';
import { isDuplicateKey } from '../../data/duplicateKey';
import { EmailOutboxModel } from '../../data/notification/emailOutboxModel';
import { audienceOf } from '../../data/notification/notificationAudience';
import { NotificationModel } from '../../data/notification/notificationModel';
import { composeEmail, domainOf, messageIdFor, outboxId } from './emailMessage';

/** Notifications older than this when first seen are not e-mailed (the inbox still has them). */
const STALE_AFTER_MS = 7 * 24 * 3_600_000;

/**
 * Fans notifications out to `email_outbox`: one mail per active user of the addressed role
 * (and unit, when the notification names one) who has an e-mail address. The notification
 * itself is the durable record that a mail is owed — every producer (reminders,
 * escalations, stage changes) only writes it — and `emailQueuedAt` records that its mails
 * are queued. A crash between the two writes repeats the fan-out, which adds nothing:
 * outbox ids are `<notificationId>/<userId>` and only ever inserted.
 * Returns how many notifications were fanned out.
 */
export async function enqueueNotificationEmails(
  from: string,
  now: Date = new Date(),
  batchSize = 50,
): Promise<number> {
  const notifications = await NotificationModel.find({ emailQueuedAt: null })
    .sort({ createdAt: 1 })
    .limit(batchSize)
    .lean();
  const domain = domainOf(from);
  for (const notification of notifications) {
    let recipients: { _id: string; name: string; email?: string | null }[] = [];
    if (now.getTime() - notification.createdAt.getTime() <= STALE_AFTER_MS) {
      recipients = await UserModel.find(
        { ...audienceOf(notification), email: { $exists: true, $nin: [null, ''] } },
        { name: 1, email: 1 },
      ).lean();
    }
    for (const user of recipients) {
      const id = outboxId(notification._id, user._id);
      const content = composeEmail(notification, user.name);
      try {
        // An insert, never an upsert: a mail already queued (and maybe being sent) is not
        // touched at all.
        await EmailOutboxModel.create({
          _id: id,
          notificationId: notification._id,
          userId: user._id,
          to: user.email!,
          subject: content.subject,
          text: content.text,
          messageId: messageIdFor(id, domain),
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
        });
      } catch (error) {
        // Queued before (a repeated fan-out), or by another dispatcher just now: once.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    // By `_id` alone: FerretDB reads the whole collection for any other filter, once per
    // notification. A repeated fan-out (two dispatchers) only stamps it again.
    await NotificationModel.updateOne(
      { _id: notification._id },
      { $set: { emailQueuedAt: now, emailRecipients: recipients.length } },
    );
  }
  return notifications.length;
}
