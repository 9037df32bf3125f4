import { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import type { Request, Response } from 'express';
import { ApiError } from '../errors/apiError';
import { route, routeGroup } from '../http/routeDefinition';
import type { LoginPolicy } from './authPolicy';
import { authenticateSession, currentSession } from './authenticate';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { clientAddress, heldBack, recordFailedLogin, recordSuccessfulLogin } from './loginAttempts';
import { hashPassword, verifyPassword } from './passwordHash';
import { PASSWORD_MAX_LENGTH, passwordProblem, weakPasswordError } from './passwordPolicy';
import { closeSession, endAllSessions, openSession, type OpenedSession } from './sessions';

const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /**
   * `cookie` (the default, browsers): the session only as httpOnly cookies, never in the
   * body, so script on the page cannot read it. `bearer` (API clients): the token in the
   * body and no cookie.
   */
  tokenType: z.enum(['cookie', 'bearer']).default('cookie'),
});

const changePasswordBody = z.strictObject({
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

/** Sign-out answers 204 with the session's cookies cleared. */
function signedOut(res: Response, _result: void, req: Request): void {
  clearSessionCookies(req, res);
  res.status(204).end();
}

/** What sign-in needs from the app: how long a session lasts, and the login policy. */
interface SignInSettings {
  sessionTtlHours: number;
  policy: LoginPolicy;
}

/**
 * /api/auth: sign in (httpOnly cookies for browsers, or a bearer token in the body for API
 * clients that ask for one), sign out here or everywhere, who am I, change my password.
 */
export const authRoutes = routeGroup<SignInSettings>({
  mount: '/api/auth',
  tag: 'Sign-in',
  signInAtMount: false,
  routes: [
    route({
      method: 'post',
      path: '/login',
      summary:
        'Sign in: httpOnly cookies for browsers, or with `tokenType: "bearer"` a token in the body and no cookie',
      descriptionVi:
        'Đăng nhập. Không khoá tài khoản: sau nhiều lần sai, các lần thử tiếp theo từ cùng địa chỉ bị chậm dần và được trả lời như sai mật khẩu; chủ tài khoản được báo.',
      callers: 'public',
      body: loginBody,
      success: {
        status: 200,
        description:
          '`{ csrfToken, expiresAt, user, mustChangePassword }` and the session cookies, or with `tokenType: "bearer"` `{ token, expiresAt, user, mustChangePassword }` and no cookie; with `mustChangePassword` (an administrator set the password) every other route answers 403 `PASSWORD_CHANGE_REQUIRED` until `POST /api/auth/password`',
      },
      errors: [401],
      handle: async (
        { body: { username, password, tokenType }, req },
        { sessionTtlHours, policy },
      ) => {
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
        const answer = {
          ...(tokenType === 'bearer' ? { token: session.token } : { csrfToken: session.csrfToken }),
          expiresAt: session.expiresAt.toISOString(),
          user: { id: user._id, name: user.name, role: user.role, unitId: user.unitId },
          // Until then every route but sign-out, `me` and the password change answers 403.
          mustChangePassword: user.mustChangePassword === true,
        };
        return { cookies: tokenType === 'cookie' ? session : undefined, answer };
      },
      send: (res, { cookies, answer }: { cookies?: OpenedSession; answer: object }, req) => {
        if (cookies) setSessionCookies(req, res, cookies);
        res.set('Cache-Control', 'no-store').json(answer);
      },
    }),
    route({
      method: 'post',
      path: '/logout',
      summary: 'Sign out of this session',
      descriptionVi: 'Đăng xuất phiên hiện tại.',
      callers: 'signed-in',
      bodyOptional: true,
      success: { status: 204, description: 'Signed out; cookies cleared' },
      use: [authenticateSession],
      handle: ({ req }) => closeSession(currentSession(req).id),
      send: signedOut,
    }),
    route({
      method: 'post',
      path: '/logout-everywhere',
      summary: 'End every session of the signed-in user, this one included',
      descriptionVi: 'Đăng xuất khỏi mọi thiết bị.',
      callers: 'signed-in',
      bodyOptional: true,
      success: { status: 204, description: 'Every session ended; cookies cleared' },
      use: [authenticateSession],
      // Lost laptop, shared PC.
      handle: ({ actor }) => endAllSessions(actor.userId),
      send: signedOut,
    }),
    route({
      method: 'get',
      path: '/me',
      summary: 'Who am I',
      descriptionVi: 'Người dùng đang đăng nhập.',
      callers: 'signed-in',
      success: {
        status: 200,
        description: '`{ user: { userId, name, role, unitId }, mustChangePassword }`',
      },
      use: [authenticateSession],
      handle: ({ actor, req }) => ({
        user: actor,
        mustChangePassword: currentSession(req).passwordChangeRequired,
      }),
    }),
    route({
      method: 'post',
      path: '/password',
      summary:
        'Change my password (every other session ends); ends the change an administrator’s password requires',
      descriptionVi:
        'Đổi mật khẩu; các phiên khác kết thúc. Bắt buộc trước mọi việc khác khi quản trị viên đã đặt mật khẩu.',
      callers: 'signed-in',
      body: changePasswordBody,
      success: { status: 200, description: '`{ passwordChangedAt }`' },
      errors: [422],
      use: [authenticateSession],
      // Needs the current password; every other session of the user ends, this one stays.
      handle: async ({ actor, body: { currentPassword, newPassword }, req }, { policy }) => {
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
        return { passwordChangedAt: now.toISOString() };
      },
    }),
  ],
});
