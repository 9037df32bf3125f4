import type { Request } from 'express';
import { isDuplicateKey } from '../../data/duplicateKey';
import { UserModel } from '../../data/identity/userModel';
import { LoginThrottleModel } from '../../data/identity/loginThrottleModel';
import { NotificationModel } from '../../data/notification/notificationModel';
import type { Role } from '../../domain/process/roles';
import type { LoginPolicy } from './authPolicy';

/**
 * Growing delays after failed sign-ins (see LOGIN_POLICY), by address, by account from one
 * address, and by account. Every count is one atomic single-document update (no transaction
 * needed), so concurrent failures each count once.
 */

/** How long after its last failure a count with `failures` holds attempts back. */
export function delayAfter(failures: number, free: number, policy: LoginPolicy): number {
  if (failures <= free) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - free - 1));
}

/** The client's address, as the app's proxy settings resolve it. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

const addressKey = (address: string) => `address:${address}`;
const pairKey = (userId: string, address: string) => `pair:${userId}\n${address}`;

/**
 * Whether an attempt from `address` (for `user`, when the username is a known account) must
 * be answered as a wrong password without its password being checked.
 */
export async function heldBack(
  user: { _id: string; lockedUntil?: Date | null } | undefined,
  address: string,
  now: Date,
  policy: LoginPolicy,
): Promise<boolean> {
  const keys = user ? [addressKey(address), pairKey(user._id, address)] : [addressKey(address)];
  const counts = await LoginThrottleModel.find({ _id: { $in: keys } }).lean();
  const fresh = now.getTime() - policy.windowMs;
  const held = (key: string, free: number) => {
    const count = counts.find((c) => c._id === key);
    if (!count || count.lastFailureAt.getTime() <= fresh) return undefined;
    return count.lastFailureAt.getTime() + delayAfter(count.failures, free, policy) > now.getTime();
  };
  if (held(addressKey(address), policy.free.address)) return true;
  if (!user) return false;
  const pair = held(pairKey(user._id, address), policy.free.pair);
  if (pair) return true;
  // The account's delay holds back only an address that already failed on it.
  return pair === false && !!user.lockedUntil && user.lockedUntil > now;
}

/** One more failure on a throttle count; returns the count. */
async function countFailure(_id: string, now: Date, policy: LoginPolicy): Promise<number> {
  const fresh = new Date(now.getTime() - policy.windowMs);
  for (;;) {
    const counted = await LoginThrottleModel.findOneAndUpdate(
      { _id, lastFailureAt: { $gt: fresh } },
      { $inc: { failures: 1 }, $set: { lastFailureAt: now } },
      { returnDocument: 'after' },
    ).lean();
    if (counted) return counted.failures;
    try {
      // None, or a stale one: this failure starts the count. If another request started it
      // a moment ago, the insert meets its key and the first update (again) counts us.
      const started = await LoginThrottleModel.findOneAndUpdate(
        { _id, lastFailureAt: { $lte: fresh } },
        { $set: { failures: 1, lastFailureAt: now } },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      return started!.failures;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

/** Counts the account's failures on its user document; the update that opens a window sets it. */
async function countAccountFailure(userId: string, now: Date, policy: LoginPolicy) {
  const windowOpenedAfter = new Date(now.getTime() - policy.windowMs);
  let user = await UserModel.findOneAndUpdate(
    { _id: userId, failedLoginWindowStart: { $gt: windowOpenedAfter } },
    { $inc: { failedLogins: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!user) {
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
  return user;
}

/**
 * A wrong password (or an unknown account) from `address`: counts it by address and, for an
 * account, by account from that address and by account; the account's delay is kept on its
 * user document (`lockedUntil`, shown to administrators, who may clear it). The failure that
 * first takes the account past its free allowance in a window tells its owner.
 */
export async function recordFailedLogin(
  userId: string | undefined,
  address: string,
  now: Date,
  policy: LoginPolicy,
): Promise<void> {
  await countFailure(addressKey(address), now, policy);
  if (!userId) return;
  await countFailure(pairKey(userId, address), now, policy);
  const user = await countAccountFailure(userId, now, policy);
  if (!user) return;
  const delay = delayAfter(user.failedLogins, policy.free.account, policy);
  if (delay === 0) return;
  await UserModel.updateOne(
    { _id: userId, failedLogins: user.failedLogins },
    { $set: { lockedUntil: new Date(now.getTime() + delay) } },
  );
  if (user.failedLogins === policy.free.account + 1) {
    await tellOwner(user, now, policy);
  }
}

/** The owner's notice: once per window, its `_id` derived from the window. */
async function tellOwner(
  user: { _id: string; role: Role; failedLogins: number; failedLoginWindowStart?: Date | null },
  now: Date,
  policy: LoginPolicy,
): Promise<void> {
  const minutes = Math.round(policy.windowMs / 60_000);
  const at = now.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const opened = (user.failedLoginWindowStart ?? now).toISOString();
  try {
    await NotificationModel.create({
      _id: `sign-in-failures:${user._id}:${opened}`,
      kind: 'security',
      toRole: user.role,
      toUserId: user._id,
      title: {
        vi: 'Nhiều lần đăng nhập sai vào tài khoản của bạn',
        en: 'Repeated failed sign-ins to your account',
      },
      body: {
        vi: `Đã có ${user.failedLogins} lần nhập sai mật khẩu cho tài khoản ${user._id} trong ${minutes} phút (lần gần nhất lúc ${at}). Các lần thử tiếp theo từ những địa chỉ đó bị làm chậm dần; bạn vẫn đăng nhập được từ máy của mình. Nếu không phải bạn, hãy đổi mật khẩu và báo quản trị hệ thống.`,
        en: `There were ${user.failedLogins} wrong passwords for account ${user._id} within ${minutes} minutes (the last at ${now.toISOString()}). Further attempts from those addresses are slowed down more and more; you can still sign in from your own device. If it was not you, change your password and tell the administrator.`,
      },
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** A successful sign-in forgets the account's failures and those from this address on it. */
export async function recordSuccessfulLogin(
  userId: string,
  address: string,
  now: Date,
): Promise<void> {
  await LoginThrottleModel.deleteOne({ _id: pairKey(userId, address) });
  await UserModel.updateOne(
    { _id: userId },
    {
      $set: { failedLogins: 0, lastLoginAt: now },
      $unset: { failedLoginWindowStart: 1, lockedUntil: 1 },
    },
  );
}
