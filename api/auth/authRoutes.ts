import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import { ApiError } from '../errors/apiError';
import { validate } from '../http/validate';
import { LOGIN_POLICY, type LoginPolicy } from './authPolicy';
import { authenticateSession, currentActor, currentSession } from './authenticate';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { clientAddress, heldBack, recordFailedLogin, recordSuccessfulLogin } from './loginAttempts';
import { hashPassword, verifyPassword } from './passwordHash';
import { PASSWORD_MAX_LENGTH, passwordProblem, weakPasswordError } from './passwordPolicy';
import { closeSession, endAllSessions, openSession } from './sessions';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /**
   * `cookie` (the default, browsers): the session only as httpOnly cookies, never in the
   * body, so script on the page cannot read it. `bearer` (API clients): the token in the
   * body and no cookie.
   */
  tokenType: z.enum(['cookie', 'bearer']).default('cookie'),
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

/**
 * Compared against when the user does not exist or the attempt is held back, so the answer
 * takes as long as a wrong password's.
 */
let decoyHash: Promise<string> | undefined;

async function checkAgainstDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy password, never matches');
  await verifyPassword(password, await decoyHash);
}

/**
 * /api/auth: sign in (httpOnly cookies for browsers, or a bearer token in the body for API
 * clients that ask for one), sign out here or everywhere, who am I, change my password.
 */
export function authRoutes(sessionTtlHours: number, policy: LoginPolicy = LOGIN_POLICY): Router {
  const router = apiRouter();

  router.post('/login', async (req, res) => {
    const { username, password, tokenType } = validate(loginBody, req.body);
    const now = new Date();
    const found = await UserModel.findById(username).lean();
    const user = found?.active ? found : undefined;
    const address = clientAddress(req);
    // Held back, unknown and wrong all answer alike, after the same work: nothing tells
    // which accounts exist or are being slowed down.
    if (!user || (await heldBack(user, address, now, policy))) {
      await checkAgainstDecoy(password);
      if (!user) await recordFailedLogin(undefined, address, now, policy);
      throw BAD_CREDENTIALS;
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      await recordFailedLogin(user._id, address, now, policy);
      throw BAD_CREDENTIALS;
    }
    await recordSuccessfulLogin(user._id, address, now);
    const session = await openSession(user._id, user.sessionEpoch ?? 0, sessionTtlHours, now);
    if (tokenType === 'cookie') setSessionCookies(req, res, session);
    res.set('Cache-Control', 'no-store');
    res.json({
      ...(tokenType === 'bearer' ? { token: session.token } : { csrfToken: session.csrfToken }),
      expiresAt: session.expiresAt.toISOString(),
      user: { id: user._id, name: user.name, role: user.role, unitId: user.unitId },
      // Until then every route but sign-out, `me` and the password change answers 403.
      mustChangePassword: user.mustChangePassword === true,
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
    res.json({
      user: currentActor(req),
      mustChangePassword: currentSession(req).passwordChangeRequired,
    });
  });

  /** Needs the current password; every other session of the user ends, this one stays. */
  router.post('/password', authenticateSession, async (req, res) => {
    const { currentPassword, newPassword } = validate(changePasswordBody, req.body);
    const actor = currentActor(req);
    const now = new Date();
    const user = await UserModel.findById(actor.userId).lean();
    if (!user) throw BAD_CREDENTIALS;
    const address = clientAddress(req);
    if (await heldBack(user, address, now, policy)) {
      await checkAgainstDecoy(currentPassword);
      throw WRONG_CURRENT_PASSWORD;
    }
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      await recordFailedLogin(user._id, address, now, policy);
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
      {
        $set: { passwordHash: await hashPassword(newPassword), passwordChangedAt: now },
        $unset: { mustChangePassword: 1 },
      },
    );
    await endAllSessions(user._id, currentSession(req).id);
    res.json({ passwordChangedAt: now.toISOString() });
  });

  return router;
}
