import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { logFor } from '../logging/requestLog';
import { ROLE_LABELS, type ActorRole } from '../../domain/process/roles';
import { NominationModel } from '../../data/nomination/nominationModel';
import { auditLog, type AuditAppender } from '../../audit/appendAuditEntry';
import type { AuditActor, AuditEntryInput, AuditObject } from '../../audit/auditEntry';
import { nominationIdsIn, redactBody, summariseResponse, whyOf } from '../../audit/redact';
import { REPLAYED_HEADER } from '../http/idempotentWrites';
import { carriesSecretPaper } from '../http/secretPaper';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NOMINATION_PATH = /^\/api\/nominations\/([A-Za-z0-9_-]{1,64})(?:\/|$)/;
const LOGIN_PATH = '/api/auth/login';

/**
 * Records every successful write through the API, and every sign-in attempt, in the
 * hash-chained audit log: who (the authenticated actor), when, from where (address,
 * user agent), what (method, route, objects, the redacted body), why (`reason`/`note`),
 * before (a nomination's stage and sequence) and after (the response's key fields).
 *
 * Mounted once before the routes; it reads `req.actor` when the response has been sent,
 * so it sees what `authenticate` resolved. The entry is appended after the response
 * (one insert, no added latency); a failed append is logged as an error.
 */
export function auditTrail(log: Logger, appender: AuditAppender = auditLog): RequestHandler {
  return async (req, res, next) => {
    if (!WRITE_METHODS.has(req.method)) return next();
    const at = new Date();
    const pathname = req.originalUrl.split('?')[0]!;
    // A secret paper: recorded as "member X cast a ballot in round R", nothing of its content.
    const secret = carriesSecretPaper(req);
    const inPath = NOMINATION_PATH.exec(pathname)?.[1];
    const before = inPath ? await nominationState(inPath) : undefined;
    let response: unknown;
    if (!secret) {
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        response = body;
        return json(body);
      };
    }
    res.on('finish', () => {
      const entry = describe({ req, res, at, pathname, before, response, secret });
      if (!entry) return;
      appender.append(entry).catch((err: unknown) => {
        logFor(res, log).error({ err, action: entry.action }, 'audit entry not recorded');
      });
    });
    next();
  };
}

async function nominationState(id: string) {
  try {
    const found = await NominationModel.findById(id, { stage: 1, lastSeq: 1 }).lean();
    return found ? { stage: found.stage, seq: found.lastSeq } : undefined;
  } catch {
    return undefined; // the route itself will report the database being down
  }
}

interface Exchange {
  req: Request;
  res: Response;
  at: Date;
  pathname: string;
  before: unknown;
  response: unknown;
  secret: boolean;
}

function describe(x: Exchange): AuditEntryInput | undefined {
  const { req, res, pathname } = x;
  if (pathname === LOGIN_PATH) return login(x);
  if (res.statusCode < 200 || res.statusCode >= 300) return undefined;
  // A repeat answered from the idempotency store changed nothing: its first run was recorded.
  if (res.get(REPLAYED_HEADER)) return undefined;

  const actor: AuditActor = req.actor ?? { userId: 'anonymous', role: 'anonymous' };
  const route = `${req.baseUrl}${req.route?.path ?? ''}`.replace(/\/$/, '') || pathname;
  // The resource is the segment before the route's first parameter: /api/<resource>/:id/…
  const segments = route.split('/');
  const firstParam = segments.findIndex((s) => s.startsWith(':'));
  const resource =
    (firstParam > 0 ? segments[firstParam - 1] : segments[segments.length - 1]) || 'api';
  const params = (req.params ?? {}) as Record<string, string>;
  const objects: AuditObject[] = [];
  if (params.id) objects.push({ type: resource, id: params.id });
  const base = {
    key: `api:${randomUUID()}`,
    at: x.at,
    source: 'api' as const,
    action: `${req.method} ${route}`,
    actor,
    ip: req.ip ?? req.socket.remoteAddress,
    userAgent: req.get('user-agent')?.slice(0, 300),
    method: req.method,
    route,
    path: pathname,
    status: res.statusCode,
  };

  if (x.secret) {
    // A written vote names the absent member it is for; a paper in the meeting is the actor's.
    const named = (req.body as { memberId?: unknown } | undefined)?.memberId;
    const written = named !== undefined;
    const member = written ? (typeof named === 'string' ? named : '?') : actor.userId;
    return {
      ...base,
      objects,
      nominationIds: [],
      ...(written && { request: { memberId: member } }),
      summary: written
        ? {
            vi: `${who(actor)} ghi nhận phiếu bầu bằng văn bản của thành viên ${member} trong phiên ${params.id}`,
            en: `${who(actor)} recorded member ${member}'s written ballot in round ${params.id}`,
          }
        : {
            vi: `Thành viên ${who(actor)} đã bỏ phiếu trong phiên ${params.id}`,
            en: `Member ${who(actor)} cast a ballot in round ${params.id}`,
          },
    };
  }

  const body = Buffer.isBuffer(req.body)
    ? { bytes: req.body.length, contentType: req.get('content-type') }
    : req.body;
  const after = summariseResponse(x.response);
  const created =
    res.statusCode === 201 && typeof after?._id === 'string' && !params.id ? after._id : undefined;
  if (created) objects.push({ type: resource, id: created });
  const nominationIds = new Set<string>(
    [
      ...(resource === 'nominations' ? [params.id ?? created] : []),
      ...nominationIdsIn(req.body),
      ...nominationIdsIn(x.response),
    ].filter((id): id is string => typeof id === 'string'),
  );
  const why = whyOf(req.body);
  return {
    ...base,
    objects,
    nominationIds: [...nominationIds].slice(0, 500),
    idempotencyKey: req.get('idempotency-key')?.slice(0, 128),
    why,
    request: redactBody(body),
    before: x.before,
    after,
    summary: {
      vi: `${who(actor)}: ${req.method} ${route}${why ? ` — lý do: ${why}` : ''}`,
      en: `${who(actor)}: ${req.method} ${route}${why ? ` — reason: ${why}` : ''}`,
    },
  };
}

/** A sign-in attempt: the username and the outcome, never the password or the token. */
function login(x: Exchange): AuditEntryInput {
  const { req, res } = x;
  const raw = (req.body as { username?: unknown } | undefined)?.username;
  const username = typeof raw === 'string' ? raw.trim().slice(0, 100) : '?';
  const ok = res.statusCode === 200;
  const user = ok
    ? (x.response as { user?: { id: string; name: string; role: ActorRole; unitId?: string } })
        ?.user
    : undefined;
  const actor: AuditActor = user
    ? { userId: user.id, name: user.name, role: user.role, unitId: user.unitId }
    : { userId: username, role: 'anonymous' };
  return {
    key: `api:${randomUUID()}`,
    at: x.at,
    source: 'api',
    action: ok ? 'login.succeeded' : 'login.failed',
    actor,
    ip: req.ip ?? req.socket.remoteAddress,
    userAgent: req.get('user-agent')?.slice(0, 300),
    method: req.method,
    route: LOGIN_PATH,
    path: LOGIN_PATH,
    status: res.statusCode,
    objects: [{ type: 'users', id: username }],
    nominationIds: [],
    request: { username },
    after: { outcome: ok ? 'success' : 'failure' },
    summary: ok
      ? { vi: `Đăng nhập thành công: ${username}`, en: `Signed in: ${username}` }
      : {
          vi: `Đăng nhập không thành công: ${username}`,
          en: `Failed sign-in: ${username}`,
        },
  };
}

function who(actor: AuditActor): string {
  const role = actor.role === 'anonymous' ? undefined : ROLE_LABELS[actor.role]?.vi;
  return `${actor.name ?? actor.userId} (${actor.userId}${role ? `, ${role}` : ''})`;
}
