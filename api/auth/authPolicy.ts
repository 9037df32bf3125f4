/**
 * Sign-in limits. Constants, not environment variables: they are policy, reviewed in code.
 * Five wrong passwords within fifteen minutes lock the account for fifteen minutes; while
 * locked, no password is checked (a correct one does not unlock it either).
 */
export const LOGIN_POLICY = {
  maxFailures: 5,
  failureWindowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

export type LoginPolicy = { maxFailures: number; failureWindowMs: number; lockMs: number };

/** Cookie names: the session (httpOnly) and the CSRF token the page reads and echoes. */
export const SESSION_COOKIE = 'tdkt_session';
export const CSRF_COOKIE = 'tdkt_csrf';
export const CSRF_HEADER = 'x-csrf-token';
