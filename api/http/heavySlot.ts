import type { Request } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set on a heavy request (api/http/inFlight.ts): takes its user's slot, or throws. */
    heavySlot?: (userId: string) => void;
  }
}

/**
 * Called by `authenticate` once it knows the user: a heavy request takes its user's slot,
 * or is refused. Apart from inFlight.ts, which reads the OpenAPI table: that imports the
 * routes, which import `authenticate`.
 */
export function holdUserSlot(req: Request): void {
  if (req.actor) req.heavySlot?.(req.actor.userId);
}
