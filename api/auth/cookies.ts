import type { CookieOptions, Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from './authPolicy';

/** The request's cookies (no dependency: the header is simple and we read two names). */
export function readCookies(req: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      // A cookie we did not set; ignore it.
    }
  }
  return cookies;
}

/** Production: NODE_ENV=production, which Express keeps as its `env` setting. */
const inProduction = (req: Request) => req.app.get('env') === 'production';

/**
 * The cookies' names. In production they carry the `__Host-` prefix: a browser keeps such a
 * cookie only if it is Secure, for path `/` and without a domain, so neither plain HTTP nor
 * a sibling subdomain can plant or overwrite one, and one without the prefix is not read.
 */
export function cookieNames(req: Request): { session: string; csrf: string } {
  const prefix = inProduction(req) ? '__Host-' : '';
  return { session: `${prefix}${SESSION_COOKIE}`, csrf: `${prefix}${CSRF_COOKIE}` };
}

/**
 * `Secure` always in production, whatever a proxy tells; elsewhere whenever the request came
 * over HTTPS (behind a proxy, with TRUST_PROXY naming it).
 */
function base(req: Request): CookieOptions {
  return { sameSite: 'strict', secure: inProduction(req) || req.secure, path: '/' };
}

/**
 * The session cookie is httpOnly (page scripts cannot read it); the CSRF cookie is not (the
 * page reads it and echoes it in `X-CSRF-Token`). Both SameSite=Strict, both expire with the session.
 */
export function setSessionCookies(
  req: Request,
  res: Response,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const names = cookieNames(req);
  res.cookie(names.session, session.token, {
    ...base(req),
    httpOnly: true,
    expires: session.expiresAt,
  });
  res.cookie(names.csrf, session.csrfToken, {
    ...base(req),
    httpOnly: false,
    expires: session.expiresAt,
  });
}

export function clearSessionCookies(req: Request, res: Response): void {
  const names = cookieNames(req);
  res.clearCookie(names.session, { ...base(req), httpOnly: true });
  res.clearCookie(names.csrf, base(req));
}
