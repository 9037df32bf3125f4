import { createHash } from 'node:crypto';
import { displayDate, vietnamDateOf } from '../../domain/calendar';
import type { LocalizedText } from '../../domain/ruleSets/text';

/** What an e-mail needs of its notification. */
export interface NotificationForEmail {
  _id: string;
  kind: 'reminder' | 'escalation' | 'change' | 'security';
  nominationId?: string | null;
  /** The nomination's human number, the reference a person quotes. */
  nominationNumber?: string | null;
  /** Required by the schema, though Mongoose types nested objects as optional. */
  title?: LocalizedText | null;
  body?: LocalizedText | null;
  dueAt?: Date | null;
  createdAt: Date;
}

interface EmailContent {
  subject: string;
  text: string;
}

/**
 * A Message-ID derived from the notification and the recipient alone (the outbox's id was
 * `<notificationId>/<userId>` too): a copy sent again after a crash carries the same one, so a
 * receiving server or mail client can drop the duplicate.
 */
export function messageIdFor(notificationId: string, userId: string, domain: string): string {
  const digest = createHash('sha256')
    .update(`${notificationId}/${userId}`)
    .digest('hex')
    .slice(0, 40);
  return `<${digest}.tdkt@${domain}>`;
}

/** The domain of a From address (`Name <a@b.vn>` or `a@b.vn`), for Message-IDs. */
export function domainOf(from: string): string {
  const match = from.match(/@([A-Za-z0-9.-]+)>?\s*$/);
  return match?.[1]?.toLowerCase() ?? 'tdkt-flow.invalid';
}

/**
 * The e-mail of a notification, Vietnamese first (UTF-8; nodemailer encodes the headers),
 * English after it; dates as dd/mm/yyyy in Vietnam time.
 */
export function composeEmail(
  notification: NotificationForEmail,
  recipientName: string,
): EmailContent {
  const date = (at: Date) => displayDate(vietnamDateOf(at));
  // `dueAt` is the instant the deadline ends (00:00 after its last day): show that last day.
  const lastDay = (at: Date) => date(new Date(at.getTime() - 1));
  const title = notification.title ?? { vi: 'Thông báo', en: 'Notice' };
  const body = notification.body ?? { vi: '', en: '' };
  const lines = [
    `Kính gửi ${recipientName},`,
    '',
    body.vi,
    '',
    ...(notification.nominationNumber ? [`Số hồ sơ: ${notification.nominationNumber}`] : []),
    ...(notification.dueAt ? [`Hạn xử lý: hết ngày ${lastDay(notification.dueAt)}`] : []),
    `Ngày thông báo: ${date(notification.createdAt)}`,
    '',
    'Thông báo này cũng có trong Hộp công việc của Anh/Chị trên hệ thống TĐKT Flow.',
    'Đây là thư tự động; vui lòng không trả lời thư này.',
    '',
    '—',
    title.en,
    body.en,
    ...(notification.nominationNumber ? [`Number: ${notification.nominationNumber}`] : []),
    ...(notification.dueAt ? [`Due: end of ${lastDay(notification.dueAt)}`] : []),
    'This notice is also in your TĐKT Flow inbox. Automatic e-mail; please do not reply.',
  ];
  return {
    subject: `[TĐKT] ${title.vi}`,
    text: lines.join('\n'),
  };
}
