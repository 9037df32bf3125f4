import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { createTransport, type Transporter } from 'nodemailer';
import { environmentSchema } from '../../config/env';
import { UserModel } from '../../data/identity/userModel';
import { mailableAudienceOf, reaches } from '../../data/notification/notificationAudience';
import {
  emailSettled,
  recordEmail,
  type OwedEmail,
} from '../../data/notification/notificationEmail';
import type { Role } from '../../domain/process/roles';
import { composeEmail, domainOf, messageIdFor, type NotificationForEmail } from './emailMessage';

/*
 * Delivery: each e-mail is an activity of the workflow that wrote its notification
 * (`sendNotificationEmail`), retried by Temporal with the workflows' e-mail retry policy
 * (workflows/nomination/activities.ts). A permanent refusal (5xx to the recipient or the
 * message) is recorded on the notification with the server's answer and fails the activity
 * as non-retryable (`SMTP_REFUSED`); a temporary one (4xx, connection, timeout) is retried,
 * and after EMAIL_MAX_ATTEMPTS recorded as failed (`SMTP_GAVE_UP`). A sent e-mail is recorded
 * with one conditional update of its notification, and a retry first looks for that record:
 * nothing is sent twice, except when the process dies (or the database fails) between the
 * server's 250 and the record, when the retry sends it once more, with the same Message-ID.
 */

const SMTP_TIMEOUT_MS = 20_000;

const emailSettingsSchema = environmentSchema.pick({
  SMTP_URL: true,
  SMTP_FROM: true,
  EMAIL_MAX_ATTEMPTS: true,
});

/** Read at each use, so the worker follows its environment (and tests can point it anywhere). */
function emailSettings() {
  return emailSettingsSchema.parse(process.env);
}

const transports = new Map<string, Transporter>();
function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = createTransport({
      url: smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

interface SmtpError {
  message?: string;
  code?: string;
  responseCode?: number;
  permanent?: boolean;
}

/**
 * The server refused this message or its recipient for good (a 5xx answer to RCPT TO or
 * DATA; 503, a command out of sequence, is the conversation's fault, not the message's).
 */
function isPermanentRefusal(error: SmtpError): boolean {
  const permanentCode =
    error.permanent ??
    (error.responseCode !== undefined && error.responseCode >= 500 && error.responseCode !== 503);
  return permanentCode && (error.code === 'EENVELOPE' || error.code === 'EMESSAGE');
}

/** The e-mails `notifications` owe the active people they reach who have an address. */
export async function emailsFor(
  notifications: readonly (NotificationForEmail & { toRole: Role; toUnitId?: string })[],
): Promise<OwedEmail[]> {
  const { SMTP_URL, SMTP_FROM } = emailSettings();
  if (!SMTP_URL || notifications.length === 0) return [];
  const users = await UserModel.find(mailableAudienceOf(notifications), {
    name: 1,
    role: 1,
    unitId: 1,
    email: 1,
  }).lean();
  const domain = domainOf(SMTP_FROM);
  return notifications.flatMap((notification) =>
    users
      .filter((user) => reaches(notification, user))
      .map((user) => ({
        notificationId: notification._id,
        userId: user._id,
        to: user.email!,
        ...composeEmail(notification, user.name),
        messageId: messageIdFor(notification._id, user._id, domain),
      })),
  );
}

/**
 * Sends `mail` (attempt `attempt`) and records the outcome on its notification, or throws:
 * non-retryable once the outcome is settled (refused, given up, no SMTP server), retryable
 * for a temporary failure.
 */
export async function deliverEmail(mail: OwedEmail, attempt: number): Promise<void> {
  const { SMTP_URL, SMTP_FROM, EMAIL_MAX_ATTEMPTS } = emailSettings();
  if (!SMTP_URL) {
    const answer = 'SMTP_URL is not set: there is no SMTP server to send through';
    await recordEmail(mail, { status: 'failed', answer, attempts: attempt });
    throw ApplicationFailure.nonRetryable(answer, 'SMTP_NOT_CONFIGURED');
  }
  let response: string;
  try {
    const info = await transportFor(SMTP_URL).sendMail({
      from: SMTP_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      textEncoding: 'quoted-printable',
    });
    response = info.response ?? '';
  } catch (error) {
    const smtpError = error as SmtpError;
    const answer = [smtpError.code, smtpError.message].filter(Boolean).join(': ');
    if (isPermanentRefusal(smtpError)) {
      await recordEmail(mail, { status: 'refused', answer, attempts: attempt });
      throw ApplicationFailure.nonRetryable(
        `the SMTP server refused the e-mail to ${mail.to}: ${answer}`,
        'SMTP_REFUSED',
      );
    }
    if (attempt >= EMAIL_MAX_ATTEMPTS) {
      await recordEmail(mail, { status: 'failed', answer, attempts: attempt });
      throw ApplicationFailure.nonRetryable(
        `e-mail to ${mail.to} given up after ${attempt} attempts: ${answer}`,
        'SMTP_GAVE_UP',
      );
    }
    throw ApplicationFailure.retryable(`e-mail to ${mail.to} failed: ${answer}`, 'SMTP_TRANSIENT');
  }
  await recordEmail(mail, { status: 'sent', answer: response, attempts: attempt });
}

/** Activity: sends one e-mail a notification owes (see the comment at the top). */
export async function sendNotificationEmail(mail: OwedEmail): Promise<void> {
  const { attempt } = Context.current().info;
  // Only a retry can find its e-mail settled: an earlier attempt sent it, then lost the answer.
  if (attempt > 1 && (await emailSettled(mail.notificationId, mail.userId))) return;
  await deliverEmail(mail, attempt);
}
