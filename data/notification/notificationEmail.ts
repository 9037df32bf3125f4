import { NotificationModel, type EmailStatus } from './notificationModel';

/** One e-mail a notification owes one person, composed when the notification was written. */
export interface OwedEmail {
  notificationId: string;
  userId: string;
  to: string;
  subject: string;
  text: string;
  /** Derived from the notification and the user: a copy sent again carries the same one. */
  messageId: string;
}

/** Whether the e-mail of `notificationId` to `userId` is settled (sent, refused or failed). */
export async function emailSettled(notificationId: string, userId: string): Promise<boolean> {
  return !!(await NotificationModel.exists({ _id: notificationId, 'emails.userId': userId }));
}

/**
 * Records what became of an e-mail on its notification, once: the filter admits only a
 * notification without an entry for that user, so a repeat changes nothing.
 */
export async function recordEmail(
  mail: Pick<OwedEmail, 'notificationId' | 'userId' | 'to'>,
  outcome: { status: EmailStatus; answer?: string; attempts: number; at?: Date },
): Promise<void> {
  await NotificationModel.updateOne(
    { _id: mail.notificationId, 'emails.userId': { $ne: mail.userId } },
    {
      $push: {
        emails: {
          userId: mail.userId,
          to: mail.to,
          status: outcome.status,
          answer: outcome.answer?.slice(0, 500),
          attempts: outcome.attempts,
          at: outcome.at ?? new Date(),
        },
      },
    },
  );
}
