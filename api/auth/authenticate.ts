import type { Request, RequestHandler } from 'express';
import type { Actor } from '../../domain/process/roles';
import { UserModel } from '../../data/identity/userModel';
import { ApiError } from '../errors/apiError';
import { sessionUser } from './sessions';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

const UNAUTHENTICATED = new ApiError(401, 'UNAUTHENTICATED', {
  vi: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.',
  en: 'Not signed in, or the session has expired.',
});

export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header?.match(/^Bearer ([\w-]{20,200})$/);
  return match?.[1];
}

/** Resolves the bearer token to the acting user; every route after it has `req.actor`. */
export const authenticate: RequestHandler = async (req, _res, next) => {
  const token = bearerToken(req);
  if (!token) throw UNAUTHENTICATED;
  const userId = await sessionUser(token, new Date());
  const user = userId ? await UserModel.findById(userId).lean() : null;
  if (!user || !user.active) throw UNAUTHENTICATED;
  req.actor = {
    userId: user._id,
    name: user.name,
    role: user.role,
    unitId: user.unitId ?? undefined,
  };
  next();
};

export function currentActor(req: Request): Actor {
  if (!req.actor) throw UNAUTHENTICATED;
  return req.actor;
}
