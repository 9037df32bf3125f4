import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP peer received it, with its headers and text decoded. */
interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Record<string, string>;
  subject: string;
  messageId: string;
  text: string;
}

type Mode = 'accept' | 'defer' | 'refuse-recipient';

/**
 * A real SMTP server on 127.0.0.1 (a free port), speaking the protocol to nodemailer.
 * `mode`: accept; `defer` — answer the message with 451 (try later); `refuse-recipient` —
 * answer RCPT TO with 550 (no such mailbox).
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  mode: Mode = 'accept';
  deferred = 0;
  refused = 0;

  url = '';
  private server!: SMTPServer;

  private constructor() {}

  static async start(): Promise<TestSmtpServer> {
    const self = new TestSmtpServer();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (self.mode === 'refuse-recipient') {
          self.refused += 1;
          const error = Object.assign(new Error(`No such mailbox ${address.address}`), {
            responseCode: 550,
          });
          return callback(error);
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (self.mode === 'defer') {
            self.deferred += 1;
            const error = Object.assign(new Error('Mailbox busy, try again later'), {
              responseCode: 451,
            });
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('latin1');
          self.received.push(
            parseMessage(
              raw,
              session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    self.server = server;
    self.url = `smtp://127.0.0.1:${port}`;
    return self;
  }

  mailsTo(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** RFC 5322 headers (unfolded; RFC 2047 words decoded) and a single-part text body. */
function parseMessage(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'latin1');
  return {
    from,
    to,
    raw,
    headers,
    subject: headers.subject ?? '',
    messageId: headers['message-id'] ?? '',
    text: bytes.toString('utf8').replace(/\r\n/g, '\n').trimEnd(),
  };
}

function quotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** Decodes runs of `=?UTF-8?B|Q?…?=` words; the bytes of adjacent words are joined first. */
function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi;
  return value.replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)(\s+=\?[^?]+\?[BQ]\?[^?]*\?=)*/gi, (run) => {
    const parts: Buffer[] = [];
    for (const [, , kind, text] of run.matchAll(word)) {
      parts.push(
        kind!.toUpperCase() === 'B'
          ? Buffer.from(text!, 'base64')
          : quotedPrintable(text!.replace(/_/g, ' ')),
      );
    }
    return Buffer.concat(parts).toString('utf8');
  });
}
