import { Router } from 'express';

/**
 * Routing options of the app and of every router: `/Ballot` and `/ballot/` are not
 * `/ballot`. Express ignores case and a trailing slash by default, so a path a middleware
 * compares exactly could still reach the handler.
 */
export const ROUTING = { caseSensitive: true, strict: true } as const;

/** A router with the app's routing options. */
export function apiRouter(): Router {
  return Router(ROUTING);
}
