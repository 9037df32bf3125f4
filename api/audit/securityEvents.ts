import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { auditLog, type AuditAppender } from '../../audit/appendAuditEntry';
import type { AuditActor, AuditEntryInput } from '../../audit/auditEntry';
import { OPERATIONS } from '../openapi/operations';

/**
 * Refused requests recorded in the audit log as security events (`kind: 'security'`): a
 * missing or ended session (401), a role or object refused (403), a wrong anti-forgery
 * token, an idempotency key reused for another body. Who (the user, else the address),
 * where from, the route template and the code — never the body, the path's ids or the query.
 *
 * A flood must not flood the log: per actor and code, the first refusal of a window
 * (a minute) is recorded at once with `count: 1`, and the ones after it in that window are
 * folded into one more event when the window closes, with their count. Per API process, as
 * the rate limits are; at most `MAX_WINDOWS` windows are open, refusals beyond are counted
 * under one shared actor.
 */
type SecurityEventKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_rejected'
  | 'idempotency_key_reused';

const TEXT: Record<SecurityEventKind, { vi: string; en: string }> = {
  unauthenticated: { vi: 'Yêu cầu bị từ chối: chưa đăng nhập', en: 'Refused: not signed in' },
  forbidden: { vi: 'Yêu cầu bị từ chối: không có quyền', en: 'Refused: not permitted' },
  csrf_rejected: {
    vi: 'Yêu cầu bị từ chối: sai mã chống giả mạo (CSRF)',
    en: 'Refused: wrong anti-forgery (CSRF) token',
  },
  idempotency_key_reused: {
    vi: 'Yêu cầu bị từ chối: dùng lại khoá Idempotency-Key cho yêu cầu khác',
    en: 'Refused: an Idempotency-Key reused for another request',
  },
};

/** Which refusals are security events, by status and error code. */
function securityEventKind(status: number, code: unknown): SecurityEventKind | undefined {
  if (code === 'CSRF_TOKEN_INVALID') return 'csrf_rejected';
  if (code === 'IDEMPOTENCY_KEY_REUSED') return 'idempotency_key_reused';
  // The expected answer to a user asked to change an administrator's password: not an attack.
  if (code === 'PASSWORD_CHANGE_REQUIRED') return undefined;
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  return undefined;
}

interface Refusal {
  kind: SecurityEventKind;
  code: string;
  status: number;
  actor: AuditActor;
  ip?: string;
  userAgent?: string;
  method: string;
  /** The OpenAPI path template (`/api/nominations/{id}`), never the path itself. */
  route: string;
}

const ANONYMOUS_VIA = (ip: string | undefined): AuditActor => ({
  userId: `address:${ip ?? '?'}`,
  role: 'anonymous',
});

/** Open windows beyond which refusals are folded under one actor (memory stays bounded). */
const MAX_WINDOWS = 10_000;

interface Window {
  first: Refusal;
  startedAt: Date;
  more: number;
  last?: Refusal;
}

export class SecurityEvents {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly log: Logger,
    private readonly windowMs = 60_000,
    private readonly appender: AuditAppender = auditLog,
  ) {}

  /** Records a refusal: at once if it opens a window, else counted for the window's end. */
  refused(refusal: Refusal): void {
    let key = `${refusal.actor.userId}\n${refusal.kind}`;
    if (!this.windows.has(key) && this.windows.size >= MAX_WINDOWS) key = `*\n${refusal.kind}`;
    const open = this.windows.get(key);
    if (open) {
      open.more += 1;
      open.last = refusal;
      return;
    }
    const window: Window = { first: refusal, startedAt: new Date(), more: 0 };
    this.windows.set(key, window);
    this.append(refusal, 1, window.startedAt);
    setTimeout(() => this.close(key), this.windowMs).unref();
  }

  private close(key: string): void {
    const window = this.windows.get(key);
    this.windows.delete(key);
    if (window?.last && window.more > 0) {
      this.append(window.last, window.more, window.startedAt, new Date());
    }
  }

  private append(refusal: Refusal, count: number, from: Date, until?: Date): void {
    const text = TEXT[refusal.kind];
    const who = refusal.actor.name ?? refusal.actor.userId;
    const times = count > 1 ? ` (${count} lần / ${count} times)` : '';
    const entry: AuditEntryInput = {
      key: `security:${randomUUID()}`,
      kind: 'security',
      at: until ?? from,
      source: 'api',
      action: `security.${refusal.kind}`,
      actor: refusal.actor,
      ip: refusal.ip,
      userAgent: refusal.userAgent,
      method: refusal.method,
      route: refusal.route,
      status: refusal.status,
      objects: [],
      nominationIds: [],
      after: {
        code: refusal.code,
        count,
        from,
        ...(until && { until }),
      },
      summary: {
        vi: `${text.vi}: ${who}, ${refusal.method} ${refusal.route}${times}`,
        en: `${text.en}: ${who}, ${refusal.method} ${refusal.route}${times}`,
      },
    };
    this.appender.append(entry).catch((err: unknown) => {
      this.log.error({ err, action: entry.action }, 'security event not recorded');
    });
  }
}

const TEMPLATES = OPERATIONS.map((op) => ({
  method: op.method.toUpperCase(),
  path: op.path,
  pattern: new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The route template a path answers to, from the OpenAPI table (the path itself never). */
function routeTemplate(method: string, pathname: string): string {
  const matching = TEMPLATES.filter((t) => t.pattern.test(pathname));
  return (matching.find((t) => t.method === method) ?? matching[0])?.path ?? '(unknown route)';
}

/** Sign-in failures are recorded as `login.failed` already (auditTrail). */
const LOGIN_PATH = '/api/auth/login';

/** Watches every answer; a refusal becomes a security event once the answer has gone. */
export function securityEvents(events: SecurityEvents): RequestHandler {
  return (req, res, next) => {
    let code: unknown;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
      return json(body);
    };
    res.on('finish', () => {
      const kind = securityEventKind(res.statusCode, code);
      const pathname = req.originalUrl.split('?')[0]!;
      if (!kind || pathname === LOGIN_PATH) return;
      const ip = clientAddress(req);
      events.refused({
        kind,
        code: typeof code === 'string' ? code : String(res.statusCode),
        status: res.statusCode,
        actor: req.actor ?? ANONYMOUS_VIA(ip),
        ip,
        userAgent: req.get('user-agent')?.slice(0, 300),
        method: req.method,
        route: routeTemplate(req.method, pathname),
      });
    });
    next();
  };
}

function clientAddress(req: Request): string | undefined {
  return req.ip ?? req.socket.remoteAddress;
}
