import type { Request } from 'express';

/** Patterns of the routes declared with `secretPaper`, as anything that could reach them. */
const secretRoutes = new Map<string, RegExp>();

/**
 * Declares a route that carries a secret paper: `router.post(secretPaper('/:id/ballot'), …)`.
 * The route marks itself here, once; every middleware that must keep away from a paper
 * (idempotency store, audit body, logs) asks `carriesSecretPaper`. Those middlewares run
 * before routing, so the question is answered from the path, and generously: any case,
 * trailing slashes, percent-encoding, under any mount — more is kept away than can reach
 * the handler, never less.
 */
export function secretPaper(path: string): string {
  const pattern = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')))
    .join('/');
  secretRoutes.set(path, new RegExp(`${pattern}/*$`, 'i'));
  return path;
}

/** Could this request carry a secret paper? */
export function carriesSecretPaper(req: Request): boolean {
  const raw = req.originalUrl.split('?')[0]!;
  let pathname = raw;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    // Undecodable: Express refuses it before any route; the raw form is tested.
  }
  for (const pattern of secretRoutes.values()) {
    if (pattern.test(pathname) || pattern.test(raw)) return true;
  }
  return false;
}
