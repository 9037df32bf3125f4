import type { Role } from '../../domain/process/roles';
import { onIdentityChange } from '../../data/identity/identityChanges';
import { UserModel } from '../../data/identity/userModel';
import { findSession, hashToken, type LiveSession } from './sessions';

/**
 * How long this process trusts a session it verified, with its user, without reading them
 * again. Every write this process makes to that user or session (sign-out, logout everywhere,
 * password change, an administrator's deactivation, reset, role or unit change) drops it at
 * once; one made through another API process takes effect here within this bound.
 */
export const VERIFIED_SESSION_MS = 5_000;
/** Sessions remembered at most (the oldest go first). */
const REMEMBERED = 10_000;

interface VerifiedUser {
  _id: string;
  name: string;
  role: Role;
  unitId?: string | null;
  mustChangePassword?: boolean | null;
}

export interface VerifiedSession {
  session: LiveSession;
  user: VerifiedUser;
}

interface Remembered extends VerifiedSession {
  /** Until when (epoch ms) it is trusted: the bound above, or the session's end if sooner. */
  until: number;
}

/** By the session's `_id` (its token's hash). */
const remembered = new Map<string, Remembered>();
/** Counts identity writes: a verification that saw one begin meanwhile is not remembered. */
let changes = 0;

onIdentityChange(({ userId, sessionId }) => {
  changes += 1;
  if (userId === undefined && sessionId === undefined) {
    remembered.clear();
    return;
  }
  if (sessionId !== undefined) remembered.delete(sessionId);
  if (userId !== undefined) {
    for (const [id, entry] of remembered)
      if (entry.session.userId === userId) remembered.delete(id);
  }
});

/**
 * Verifications under way, by the session's `_id`, with the count of identity writes when each
 * was sent: a request arriving meanwhile awaits it rather than reading the same two documents
 * again (a burst of one user's requests after the bound costs one verification), unless one of
 * this process's identity writes began since (its read may predate the write).
 */
const verifying = new Map<
  string,
  { seen: number; verified: Promise<VerifiedSession | undefined> }
>();

/**
 * The live session of `token` and its active user in the session's epoch, or undefined: from
 * memory if this process verified it within `VERIFIED_SESSION_MS`, else from the database
 * (the session, its use recorded as `findSession` does, then the user), once for the requests
 * that arrive while it is read.
 */
export async function verifiedSession(
  token: string,
  now: Date,
): Promise<VerifiedSession | undefined> {
  const id = hashToken(token);
  const kept = remembered.get(id);
  if (kept && kept.until > now.getTime()) return kept;
  let pending = verifying.get(id);
  if (!pending || pending.seen !== changes) {
    const started = { seen: changes, verified: verify(id, token, now) };
    verifying.set(id, started);
    const forget = () => {
      if (verifying.get(id) === started) verifying.delete(id);
    };
    started.verified.then(forget, forget);
    pending = started;
  }
  const verified = await pending.verified;
  return verified && verified.session.expiresAt > now ? verified : undefined;
}

async function verify(id: string, token: string, now: Date): Promise<VerifiedSession | undefined> {
  const seen = changes;
  const session = await findSession(token, now);
  if (!session) return undefined;
  const user = await UserModel.findById(session.userId, {
    name: 1,
    role: 1,
    unitId: 1,
    active: 1,
    sessionEpoch: 1,
    mustChangePassword: 1,
  }).lean();
  if (!user || !user.active || (user.sessionEpoch ?? 0) !== session.epoch) return undefined;
  const verified: VerifiedSession = { session, user };
  if (seen === changes) {
    remembered.delete(id);
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
    const until = Math.min(now.getTime() + VERIFIED_SESSION_MS, session.expiresAt.getTime());
    remembered.set(id, { ...verified, until });
  }
  return verified;
}
