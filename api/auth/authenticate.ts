import type { Request, RequestHandler } from 'express';
import type { Actor, Role } from '../../domain/process/roles';
import { ApiError } from '../errors/apiError';
import { holdUserSlot } from '../http/heavySlot';
import { idempotentWrites } from '../http/idempotentWrites';
import { CSRF_HEADER } from './authPolicy';
import { cookieNames, readCookies } from './cookies';
import { csrfMatches, type LiveSession } from './sessions';
import { verifiedSession, type VerifiedSession } from './verifiedSessions';

/** How the request proved who it is. */
interface RequestSession extends LiveSession {
  via: 'bearer' | 'cookie';
  /** An administrator set the password: only sign-out and a password change until changed. */
  passwordChangeRequired: boolean;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    session?: RequestSession;
  }
}

const UNAUTHENTICATED = new ApiError(401, 'UNAUTHENTICATED', {
  vi: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.',
  en: 'Not signed in, or the session has expired.',
});

const CSRF_REJECTED = new ApiError(403, 'CSRF_TOKEN_INVALID', {
  vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Hãy tải lại trang.',
  en: 'Missing or wrong anti-forgery token (X-CSRF-Token). Reload the page.',
});

const READ_ONLY = new ApiError(403, 'READ_ONLY_ROLE', {
  vi: 'Vai trò của bạn chỉ được xem, không được thay đổi dữ liệu.',
  en: 'Your role may read but not change anything.',
});

const PASSWORD_CHANGE_REQUIRED = new ApiError(403, 'PASSWORD_CHANGE_REQUIRED', {
  vi: 'Quản trị viên đã đặt mật khẩu cho tài khoản này: hãy đổi mật khẩu trước khi tiếp tục.',
  en: 'An administrator set this account’s password: change it before going on.',
});

/** Roles that read everything and change nothing. */
const READ_ONLY_ROLES: readonly Role[] = ['inspector'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header?.match(/^Bearer ([\w-]{20,200})$/);
  return match?.[1];
}

/**
 * The session a request presents, verified with its user (active, same session epoch): an
 * `Authorization: Bearer` header (API clients), else the httpOnly session cookie (browsers).
 * A header that is present but wrong is not rescued by a cookie.
 */
async function presentedSession(
  req: Request,
  now: Date,
): Promise<(VerifiedSession & { via: RequestSession['via'] }) | undefined> {
  if (req.get('authorization') !== undefined) {
    const token = bearerToken(req);
    const verified = token ? await verifiedSession(token, now) : undefined;
    return verified && { ...verified, via: 'bearer' };
  }
  const cookie = readCookies(req).get(cookieNames(req).session);
  if (!cookie || !/^[\w-]{20,200}$/.test(cookie)) return undefined;
  const verified = await verifiedSession(cookie, now);
  return verified && { ...verified, via: 'cookie' };
}

/**
 * Resolves the session to the acting user; a cookie-borne unsafe request must echo its CSRF
 * token. Bearer requests are exempt: a browser never attaches an Authorization header on its
 * own.
 */
async function resolveSession(req: Request): Promise<void> {
  const presented = await presentedSession(req, new Date());
  if (!presented) throw UNAUTHENTICATED;
  const { session, user, via } = presented;
  // Known before the anti-forgery check, so its refusal's security event names the user.
  req.actor = {
    userId: user._id,
    name: user.name,
    role: user.role,
    unitId: user.unitId ?? undefined,
  };
  if (
    via === 'cookie' &&
    !SAFE_METHODS.has(req.method) &&
    !csrfMatches(session, req.get(CSRF_HEADER))
  ) {
    throw CSRF_REJECTED;
  }
  req.session = { ...session, via, passwordChangeRequired: user.mustChangePassword === true };
}

/** The sign-in routes (sign-out, password): who is acting, then the idempotency of writes. */
export const authenticateSession: RequestHandler = async (req, res, next) => {
  await resolveSession(req);
  await idempotentWrites(req, res, next);
};

/**
 * Every business route: who is acting, and — centrally, whatever the route — a read-only
 * role may use safe methods only; a heavy read takes its user's slot; then the idempotency
 * of its writes, for that user.
 */
export const authenticate: RequestHandler = async (req, res, next) => {
  await resolveSession(req);
  if (req.session!.passwordChangeRequired) throw PASSWORD_CHANGE_REQUIRED;
  if (READ_ONLY_ROLES.includes(req.actor!.role as Role) && !SAFE_METHODS.has(req.method)) {
    throw READ_ONLY;
  }
  holdUserSlot(req);
  await idempotentWrites(req, res, next);
};

export function currentActor(req: Request): Actor {
  if (!req.actor) throw UNAUTHENTICATED;
  return req.actor;
}

export function currentSession(req: Request): RequestSession {
  if (!req.session) throw UNAUTHENTICATED;
  return req.session;
}
