import type { Router, Response } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import { ApiError } from '../errors/apiError';
import { validate } from '../http/validate';
import { LOGIN_POLICY, type LoginPolicy } from './authPolicy';
import { authenticateSession, currentActor, currentSession } from './authenticate';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { recordFailedLogin, recordSuccessfulLogin } from './loginAttempts';
import { hashPassword, verifyPassword } from './passwordHash';
import { PASSWORD_MAX_LENGTH, passwordProblem, weakPasswordError } from './passwordPolicy';
import { closeSession, endAllSessions, openSession } from './sessions';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

const BAD_CREDENTIALS = new ApiError(401, 'BAD_CREDENTIALS', {
  vi: 'Sai tên đăng nhập hoặc mật khẩu.',
  en: 'Wrong username or password.',
});

const WRONG_CURRENT_PASSWORD = new ApiError(
  403,
  'WRONG_CURRENT_PASSWORD',
  { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'currentPassword',
);

/** 423 with when to try again (also in `Retry-After`). */
export class AccountLockedError extends ApiError {
  constructor(readonly retryAt: Date) {
    const local = retryAt.toLocaleTimeString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
    });
    super(423, 'ACCOUNT_LOCKED', {
      vi: `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Thử lại sau ${local}.`,
      en: `The account is locked after repeated wrong passwords. Try again after ${retryAt.toISOString()}.`,
    });
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, retryAt: this.retryAt.toISOString() } };
  }
}

function locked(res: Response, until: Date, now: Date): AccountLockedError {
  res.set('Retry-After', String(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))));
  return new AccountLockedError(until);
}

/** Compared against when the user does not exist, so the answer takes as long either way. */
let decoyHash: Promise<string> | undefined;

/**
 * /api/auth: sign in (a bearer token for API clients, and the same session as httpOnly
 * cookies for browsers), sign out here or everywhere, who am I, change my password.
 */
export function authRoutes(sessionTtlHours: number, policy: LoginPolicy = LOGIN_POLICY): Router {
  const router = apiRouter();

  router.post('/login', async (req, res) => {
    const { username, password } = validate(loginBody, req.body);
    const now = new Date();
    const user = await UserModel.findById(username).lean();
    if (!user || !user.active) {
      decoyHash ??= hashPassword('decoy password, never matches');
      await verifyPassword(password, await decoyHash);
      throw BAD_CREDENTIALS;
    }
    if (user.lockedUntil && user.lockedUntil > now) throw locked(res, user.lockedUntil, now);
    if (!(await verifyPassword(password, user.passwordHash))) {
      const lockedUntil = await recordFailedLogin(user._id, now, policy);
      if (lockedUntil) throw locked(res, lockedUntil, now);
      throw BAD_CREDENTIALS;
    }
    await recordSuccessfulLogin(user._id, now);
    const session = await openSession(user._id, user.sessionEpoch ?? 0, sessionTtlHours, now);
    setSessionCookies(req, res, session);
    res.set('Cache-Control', 'no-store');
    res.json({
      token: session.token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      user: { id: user._id, name: user.name, role: user.role, unitId: user.unitId },
    });
  });

  router.post('/logout', authenticateSession, async (req, res) => {
    await closeSession(currentSession(req).id);
    clearSessionCookies(req, res);
    res.status(204).end();
  });

  /** Ends every session of the signed-in user, this one included (lost laptop, shared PC). */
  router.post('/logout-everywhere', authenticateSession, async (req, res) => {
    await endAllSessions(currentActor(req).userId);
    clearSessionCookies(req, res);
    res.status(204).end();
  });

  router.get('/me', authenticateSession, (req, res) => {
    res.json({ user: currentActor(req) });
  });

  /** Needs the current password; every other session of the user ends, this one stays. */
  router.post('/password', authenticateSession, async (req, res) => {
    const { currentPassword, newPassword } = validate(changePasswordBody, req.body);
    const actor = currentActor(req);
    const now = new Date();
    const user = await UserModel.findById(actor.userId).lean();
    if (!user) throw BAD_CREDENTIALS;
    if (user.lockedUntil && user.lockedUntil > now) throw locked(res, user.lockedUntil, now);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      const lockedUntil = await recordFailedLogin(user._id, now, policy);
      if (lockedUntil) throw locked(res, lockedUntil, now);
      throw WRONG_CURRENT_PASSWORD;
    }
    const problem = passwordProblem(newPassword, user._id);
    if (problem) throw weakPasswordError(problem, 'newPassword');
    if (newPassword === currentPassword) {
      throw new ApiError(
        422,
        'PASSWORD_UNCHANGED',
        {
          vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
          en: 'The new password must differ from the current one.',
        },
        'newPassword',
      );
    }
    await UserModel.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(newPassword), passwordChangedAt: now } },
    );
    await endAllSessions(user._id, currentSession(req).id);
    res.json({ passwordChangedAt: now.toISOString() });
  });

  return router;
}
