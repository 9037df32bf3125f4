import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import {
  EmailClaimModel,
  EmailOutboxModel,
  type EmailOutboxDocument,
} from '../../data/notification/emailOutboxModel';
import { isDuplicateKey } from '../../data/duplicateKey';
import { enqueueNotificationEmails } from './emailOutbox';

/*
 * Delivery guarantee: at least once, exactly once on the normal path.
 *
 * - A mail is sent only by the holder of the claim on its next attempt: an insert of
 *   `email_claims` `<outboxId>#<attempt>`. The unique `_id` lets exactly one of any number
 *   of senders (worker processes, loops) win it, on MongoDB and on FerretDB. (A
 *   findOneAndUpdate lease was the first design; on FerretDB 1.x two concurrent claimers
 *   both got the same mail — the notifications test caught it — because FerretDB rewrites
 *   whole documents without a compare-and-set.) The winner re-reads the mail and drops the
 *   claim if its read was stale; only the holder writes to the mail.
 * - The claim's lease (2 minutes) is longer than one send may take (SMTP connection,
 *   greeting and socket timeouts of 20 s each), so a live sender never loses it mid-send,
 *   and no other sender re-sends a mail that is being sent.
 * - The mail is marked `sent` right after the SMTP server's 250, then the claim deleted.
 * - If the process dies between the 250 and that mark, the lease expires, the attempt
 *   counts as spent, and the next claimer sends the mail again: a duplicate is possible
 *   only then, once per crash. We accept it rather than lose the mail: at most once (never
 *   retry an expired attempt) would silently drop every mail whose sender died *before*
 *   sending, and a missed deadline reminder costs more than a second copy. The copy carries
 *   the same Message-ID (derived from the outbox id), so mail servers and clients can
 *   drop it.
 * - Failures the server calls temporary (4xx), connection errors and timeouts are retried
 *   with exponential backoff up to `maxAttempts`; a permanent refusal of the message or
 *   its recipient (5xx to RCPT TO / DATA) fails the mail at once.
 */

export interface EmailSenderOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`. */
  smtpUrl: string;
  from: string;
  maxAttempts: number;
  /** Delay before the first retry; doubles each attempt, capped at `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  leaseMs?: number;
  log?: Logger;
}

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

const SMTP_TIMEOUT_MS = 20_000;

/** Delay before attempt `attempts + 1`: backoff · 2^(attempts − 1), capped, ±10% jitter. */
export function retryDelayMs(attempts: number, backoffMs: number, maxBackoffMs: number): number {
  const base = Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

interface SmtpError {
  message?: string;
  code?: string;
  responseCode?: number;
  permanent?: boolean;
}

/** The server refused this message or its recipient for good: retrying cannot help. */
function isPermanent(error: SmtpError): boolean {
  const permanentCode =
    error.permanent ??
    (error.responseCode !== undefined && error.responseCode >= 500 && error.responseCode !== 503);
  return permanentCode && (error.code === 'EENVELOPE' || error.code === 'EMESSAGE');
}

/** Sends due mails of `email_outbox` through one SMTP server. Safe to run many at once. */
export class EmailSender {
  private readonly transport;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly leaseMs: number;

  constructor(private readonly options: EmailSenderOptions) {
    this.transport = createTransport({
      url: options.smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    this.backoffMs = options.backoffMs ?? 30_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 3_600_000;
    this.leaseMs = options.leaseMs ?? 120_000;
  }

  /** Sends the mails due now that no other sender holds, at most `limit`. */
  async sendDue(limit = 100): Promise<SendReport> {
    const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
    const seen: string[] = [];
    let handled = 0;
    while (handled < limit) {
      const due = await EmailOutboxModel.find({
        status: 'pending',
        nextAttemptAt: { $lte: new Date() },
        ...(seen.length > 0 && { _id: { $nin: seen } }),
      })
        .sort({ nextAttemptAt: 1 })
        .limit(Math.min(20, limit - handled))
        .lean<EmailOutboxDocument[]>();
      if (due.length === 0) break;
      for (const mail of due) {
        seen.push(mail._id);
        const attempt = await this.claim(mail);
        if (attempt === undefined) continue;
        report[await this.deliver(mail, attempt)] += 1;
        handled += 1;
      }
    }
    return report;
  }

  close(): void {
    this.transport.close();
  }

  /**
   * Claims the next attempt at `mail` (as read, attempts = k): inserts the claim on k + 1.
   * Taken and its lease running: someone is sending it, skip. Taken and expired: its holder
   * died, that attempt is spent, try k + 2, and so on. Returns the attempt won, if any.
   */
  private async claim(mail: EmailOutboxDocument): Promise<number | undefined> {
    for (let attempt = mail.attempts + 1; ; attempt++) {
      const claimId = `${mail._id}#${attempt}`;
      try {
        await EmailClaimModel.create({
          _id: claimId,
          outboxId: mail._id,
          attempt,
          leaseUntil: new Date(Date.now() + this.leaseMs),
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const held = await EmailClaimModel.findById(claimId).lean();
        if (!held || held.leaseUntil.getTime() > Date.now()) return undefined;
        continue;
      }
      // Won. Our read of the mail may be stale (settled meanwhile): check before sending.
      const current = await EmailOutboxModel.findById(mail._id).lean();
      if (
        current?.status !== 'pending' ||
        current.attempts !== mail.attempts ||
        current.nextAttemptAt.getTime() > Date.now()
      ) {
        await EmailClaimModel.deleteOne({ _id: claimId });
        return undefined;
      }
      return attempt;
    }
  }

  /** Writes the outcome of `attempt` (the holder is the only writer), then drops its claims. */
  private async settle(
    mail: EmailOutboxDocument,
    attempt: number,
    outcome: Record<string, unknown>,
  ): Promise<void> {
    await EmailOutboxModel.updateOne(
      { _id: mail._id, status: 'pending', attempts: mail.attempts },
      { $set: { attempts: attempt, ...outcome } },
    );
    await EmailClaimModel.deleteMany({ outboxId: mail._id, attempt: { $lte: attempt } });
  }

  private async deliver(mail: EmailOutboxDocument, attempt: number): Promise<keyof SendReport> {
    const log = this.options.log;
    if (attempt > this.options.maxAttempts) {
      // Only reached when earlier senders died holding it: give up as for a failed send.
      await this.settle(mail, attempt, {
        status: 'failed',
        lastError: mail.lastError ?? 'sender lost during delivery',
      });
      return 'failed';
    }
    let response: string;
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        textEncoding: 'quoted-printable',
      });
      response = info.response;
    } catch (error) {
      const smtpError = error as SmtpError;
      const lastError = [smtpError.code, smtpError.message]
        .filter(Boolean)
        .join(': ')
        .slice(0, 500);
      const giveUp = isPermanent(smtpError) || attempt >= this.options.maxAttempts;
      const retryAt = new Date(
        Date.now() + retryDelayMs(attempt, this.backoffMs, this.maxBackoffMs),
      );
      await this.settle(
        mail,
        attempt,
        giveUp ? { status: 'failed', lastError } : { lastError, nextAttemptAt: retryAt },
      );
      log?.warn(
        { outboxId: mail._id, attempt, error: lastError, giveUp },
        giveUp ? 'e-mail failed for good' : 'e-mail failed; will retry',
      );
      return giveUp ? 'failed' : 'retrying';
    }
    await this.settle(mail, attempt, {
      status: 'sent',
      sentAt: new Date(),
      smtpResponse: response,
    });
    return 'sent';
  }
}

export interface EmailDispatchOptions {
  /** Unset: mails are queued in `email_outbox` but nothing is sent. */
  smtpUrl?: string;
  from: string;
  maxAttempts: number;
  pollMs: number;
  log: Logger;
}

/**
 * The worker's e-mail loop: every `pollMs`, fan new notifications out to the outbox and
 * send what is due. A plain loop beside the Temporal worker rather than a workflow: the
 * outbox's claims already make any number of workers safe, and a workflow per tick
 * would only add histories to keep. `stop()` waits for the round in progress.
 */
export function startEmailDispatch(options: EmailDispatchOptions): { stop(): Promise<void> } {
  const { log } = options;
  const sender =
    options.smtpUrl === undefined
      ? undefined
      : new EmailSender({
          smtpUrl: options.smtpUrl,
          from: options.from,
          maxAttempts: options.maxAttempts,
          log,
        });
  if (sender) log.info({ from: options.from }, 'e-mail: sending notifications through SMTP');
  else log.warn('e-mail: SMTP_URL is not set; e-mails are kept in email_outbox, none is sent');

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while ((await enqueueNotificationEmails(options.from)) > 0 && !stopped);
      if (sender && !stopped) await sender.sendDue();
    } catch (error) {
      log.warn({ err: error }, 'e-mail round failed; retrying at the next one');
    }
    if (!stopped) timer = setTimeout(() => (round = tick()), options.pollMs);
  };
  round = tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      sender?.close();
    },
  };
}
