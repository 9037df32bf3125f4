import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SessionModel } from '../../data/identity/sessionModel';
import { UserModel } from '../../data/identity/userModel';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './authPolicy';

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export interface OpenedSession {
  /** Bearer token and value of the session cookie: shown once, only its hash is stored. */
  token: string;
  /** Echoed by a browser in `X-CSRF-Token` on unsafe requests; only its hash is stored. */
  csrfToken: string;
  expiresAt: Date;
}

/** Opens a session in the user's current epoch; drops the user's expired sessions. */
export async function openSession(
  userId: string,
  epoch: number,
  ttlHours: number,
  now: Date,
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3600 * 1000);
  await SessionModel.create({
    _id: hashToken(token),
    userId,
    expiresAt,
    epoch,
    csrfHash: hashToken(csrfToken),
    lastSeenAt: now,
  });
  await SessionModel.deleteMany({ userId, expiresAt: { $lte: now } });
  return { token, csrfToken, expiresAt };
}

export interface LiveSession {
  id: string;
  userId: string;
  epoch: number;
  csrfHash: string;
  expiresAt: Date;
}

/**
 * The session of a token if it has neither expired nor been left idle, its use recorded (at
 * most once a minute: one conditional update, so concurrent requests write once); the epoch
 * is checked against the user later.
 */
export async function findSession(token: string, now: Date): Promise<LiveSession | undefined> {
  const session = await SessionModel.findById(hashToken(token)).lean();
  if (!session || session.expiresAt <= now) return undefined;
  const lastSeenAt = session.lastSeenAt ?? session.createdAt;
  const idle = now.getTime() - lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS) return undefined;
  if (idle > SESSION_TOUCH_MS) {
    // Without `updatedAt`: a use is not a change of the session.
    await SessionModel.updateOne(
      { _id: session._id, lastSeenAt: session.lastSeenAt ?? null },
      { $set: { lastSeenAt: now } },
      { timestamps: false },
    );
  }
  return {
    id: session._id,
    userId: session.userId,
    epoch: session.epoch ?? 0,
    csrfHash: session.csrfHash,
    expiresAt: session.expiresAt,
  };
}

export function csrfMatches(session: LiveSession, presented: string | undefined): boolean {
  if (!presented || presented.length > 200) return false;
  const expected = Buffer.from(session.csrfHash, 'hex');
  const actual = Buffer.from(hashToken(presented), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function closeSession(sessionId: string): Promise<void> {
  await SessionModel.deleteOne({ _id: sessionId });
}

/**
 * Ends every session of the user at once: one `$inc` of the user's epoch (atomic, so a
 * session opened concurrently with the old epoch is dead too), then the documents go.
 * With `keep`, that session moves to the new epoch and stays open.
 */
export async function endAllSessions(userId: string, keep?: string): Promise<void> {
  const user = await UserModel.findOneAndUpdate(
    { _id: userId },
    { $inc: { sessionEpoch: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!user) return;
  if (keep) {
    await SessionModel.updateOne({ _id: keep }, { $set: { epoch: user.sessionEpoch } });
  }
  await SessionModel.deleteMany({ userId, ...(keep && { _id: { $ne: keep } }) });
}
