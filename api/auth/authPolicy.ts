/**
 * Sign-in limits. Constants, not environment variables: they are policy, reviewed in code.
 * No hard lock (anyone could lock anyone out): failures within the window, counted by
 * address, by account from one address, and by account, each earn a delay that doubles from
 * `firstDelayMs` once past its free allowance, up to `maxDelayMs`. While a delay runs, an
 * attempt is answered exactly like a wrong password, without checking it. The account's own
 * delay only holds back addresses that already failed on it, so its owner signing in from
 * elsewhere is not held back by someone else's guesses.
 */
export const LOGIN_POLICY = {
  windowMs: 15 * 60 * 1000,
  free: { address: 20, pair: 3, account: 10 },
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
} as const;

export type LoginPolicy = {
  windowMs: number;
  free: { address: number; pair: number; account: number };
  firstDelayMs: number;
  maxDelayMs: number;
};

/**
 * A session unused this long ends (a workstation left signed in), however long it had to
 * live; its last use is written at most once per `SESSION_TOUCH_MS`, not on every request.
 */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_TOUCH_MS = 60 * 1000;

/** Cookie names: the session (httpOnly) and the CSRF token the page reads and echoes. */
export const SESSION_COOKIE = 'tdkt_session';
export const CSRF_COOKIE = 'tdkt_csrf';
export const CSRF_HEADER = 'x-csrf-token';
