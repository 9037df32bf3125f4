import { Router } from 'express';
import { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import { ApiError } from '../errors/apiError';
import { validate } from '../http/validate';
import { authenticate, bearerToken, currentActor } from './authenticate';
import { verifyPassword } from './passwordHash';
import { closeSession, openSession } from './sessions';

const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

const BAD_CREDENTIALS = new ApiError(401, 'BAD_CREDENTIALS', {
  vi: 'Sai tên đăng nhập hoặc mật khẩu.',
  en: 'Wrong username or password.',
});

export function authRoutes(sessionTtlHours: number): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { username, password } = validate(loginBody, req.body);
    const user = await UserModel.findById(username).lean();
    if (!user || !user.active || !(await verifyPassword(password, user.passwordHash))) {
      throw BAD_CREDENTIALS;
    }
    const session = await openSession(user._id, sessionTtlHours, new Date());
    res.json({
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: { id: user._id, name: user.name, role: user.role, unitId: user.unitId },
    });
  });

  router.post('/logout', authenticate, async (req, res) => {
    await closeSession(bearerToken(req)!);
    res.status(204).end();
  });

  router.get('/me', authenticate, (req, res) => {
    res.json({ user: currentActor(req) });
  });

  return router;
}
