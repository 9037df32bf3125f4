import { createHash, randomBytes } from 'node:crypto';
import { SessionModel } from '../../data/identity/sessionModel';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Opens a session and returns its bearer token (shown once; only its hash is stored). */
export async function openSession(
  userId: string,
  ttlHours: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3600 * 1000);
  await SessionModel.create({ _id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The user ID of a live session, or undefined. */
export async function sessionUser(token: string, now: Date): Promise<string | undefined> {
  const session = await SessionModel.findById(hashToken(token)).lean();
  if (!session || session.expiresAt <= now) return undefined;
  return session.userId;
}

export async function closeSession(token: string): Promise<void> {
  await SessionModel.deleteOne({ _id: hashToken(token) });
}
