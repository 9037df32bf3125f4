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

/** `Secure` whenever the request came over HTTPS (behind a proxy: set Express `trust proxy`). */
function base(req: Request): CookieOptions {
  return { sameSite: 'strict', secure: req.secure, path: '/' };
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
  res.cookie(SESSION_COOKIE, session.token, {
    ...base(req),
    httpOnly: true,
    expires: session.expiresAt,
  });
  res.cookie(CSRF_COOKIE, session.csrfToken, {
    ...base(req),
    httpOnly: false,
    expires: session.expiresAt,
  });
}

export function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { ...base(req), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base(req));
}
