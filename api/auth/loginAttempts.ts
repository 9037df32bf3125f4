import { UserModel } from '../../data/identity/userModel';
import type { LoginPolicy } from './authPolicy';

/**
 * Counting failed sign-ins on the user document, each step one atomic single-document
 * update (FerretDB has no transactions): concurrent failures each count once, and the
 * update that reaches the limit is the one that sets the lock.
 */
export async function recordFailedLogin(
  userId: string,
  now: Date,
  policy: LoginPolicy,
): Promise<Date | undefined> {
  const windowOpenedAfter = new Date(now.getTime() - policy.failureWindowMs);
  // In a running window: count one more.
  let user = await UserModel.findOneAndUpdate(
    { _id: userId, failedLoginWindowStart: { $gt: windowOpenedAfter } },
    { $inc: { failedLogins: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!user) {
    // No window, or an old one: this failure opens a new one. If another request opened
    // it a moment ago, this filter misses and the first update (retried) counts us.
    user = await UserModel.findOneAndUpdate(
      {
        _id: userId,
        $or: [
          { failedLoginWindowStart: { $exists: false } },
          { failedLoginWindowStart: null },
          { failedLoginWindowStart: { $lte: windowOpenedAfter } },
        ],
      },
      { $set: { failedLogins: 1, failedLoginWindowStart: now } },
      { returnDocument: 'after' },
    ).lean();
    user ??= await UserModel.findOneAndUpdate(
      { _id: userId },
      { $inc: { failedLogins: 1 } },
      { returnDocument: 'after' },
    ).lean();
  }
  if (!user || user.failedLogins < policy.maxFailures) return undefined;
  const lockedUntil = new Date(now.getTime() + policy.lockMs);
  await UserModel.updateOne(
    { _id: userId, failedLogins: { $gte: policy.maxFailures } },
    { $set: { lockedUntil, failedLogins: 0 }, $unset: { failedLoginWindowStart: 1 } },
  );
  return lockedUntil;
}

/** A successful sign-in forgets earlier failures. */
export async function recordSuccessfulLogin(userId: string, now: Date): Promise<void> {
  await UserModel.updateOne(
    { _id: userId },
    {
      $set: { failedLogins: 0, lastLoginAt: now },
      $unset: { failedLoginWindowStart: 1, lockedUntil: 1 },
    },
  );
}
