import type { Router, Request } from 'express';
import { apiRouter } from '../http/apiRouter';
import { currentActor } from '../auth/authenticate';
import { ApiError } from '../errors/apiError';
import { idempotencyKey } from '../http/idempotencyKey';
import { validate } from '../http/validate';
import type { AdminService } from './adminService';
import {
  councilSeatBody,
  createBlocBody,
  createUnitBody,
  createUserBody,
  idParam,
  leaveCouncilBody,
  listActionsQuery,
  listUsersQuery,
  reasonBody,
  renameBlocBody,
  resetPasswordBody,
  updateUnitBody,
  updateUserBody,
  usernameField,
} from './adminSchemas';

/**
 * Administrators change; inspectors (read everything, change nothing) may read — their
 * unsafe requests are refused earlier by `authenticate`. Everyone else: 403.
 */
function requireAdmin(req: Request): void {
  const { role } = currentActor(req);
  const readOnly = req.method === 'GET' || req.method === 'HEAD';
  if (role === 'admin' || (readOnly && role === 'inspector')) return;
  throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
    vi: 'Chỉ quản trị hệ thống được thực hiện thao tác này.',
    en: 'Only administrators may do this.',
  });
}

const userId = (req: Request) => validate(usernameField, req.params.id);
const plainId = (req: Request) => validate(idParam, req.params.id).toUpperCase();

/** /api/admin: users, units, blocs, the council's membership, and the record of it all. */
export function adminRoutes(service: AdminService): Router {
  const router = apiRouter();
  router.use((req, _res, next) => {
    requireAdmin(req);
    next();
  });

  router.get('/users', async (req, res) => {
    res.json(await service.listUsers(validate(listUsersQuery, req.query)));
  });
  router.post('/users', async (req, res) => {
    const body = validate(createUserBody, req.body);
    res.status(201).json(await service.createUser(currentActor(req), body, idempotencyKey(req)));
  });
  router.get('/users/:id', async (req, res) => {
    res.json(await service.getUser(userId(req)));
  });
  router.patch('/users/:id', async (req, res) => {
    const body = validate(updateUserBody, req.body);
    res.json(await service.updateUser(currentActor(req), userId(req), body, idempotencyKey(req)));
  });
  router.post('/users/:id/deactivate', async (req, res) => {
    const { reason } = validate(reasonBody, req.body);
    res.json(
      await service.deactivateUser(currentActor(req), userId(req), reason, idempotencyKey(req)),
    );
  });
  router.post('/users/:id/reactivate', async (req, res) => {
    const { reason } = validate(reasonBody, req.body);
    res.json(
      await service.reactivateUser(currentActor(req), userId(req), reason, idempotencyKey(req)),
    );
  });
  router.post('/users/:id/password', async (req, res) => {
    const { password, reason } = validate(resetPasswordBody, req.body);
    res.json(
      await service.resetPassword(
        currentActor(req),
        userId(req),
        password,
        reason,
        idempotencyKey(req),
      ),
    );
  });
  router.post('/users/:id/unlock', async (req, res) => {
    const { reason } = validate(reasonBody, req.body);
    res.json(await service.unlockUser(currentActor(req), userId(req), reason, idempotencyKey(req)));
  });

  router.get('/council', async (_req, res) => {
    res.json(await service.council());
  });
  router.put('/council/members/:id', async (req, res) => {
    const { seat, reason } = validate(councilSeatBody, req.body);
    res.json(
      await service.seatOnCouncil(
        currentActor(req),
        userId(req),
        seat,
        reason,
        idempotencyKey(req),
      ),
    );
  });
  router.delete('/council/members/:id', async (req, res) => {
    const body = validate(leaveCouncilBody, req.body);
    res.json(
      await service.removeFromCouncil(currentActor(req), userId(req), body, idempotencyKey(req)),
    );
  });

  router.get('/units', async (_req, res) => {
    res.json(await service.listUnits());
  });
  router.post('/units', async (req, res) => {
    const body = validate(createUnitBody, req.body);
    res.status(201).json(await service.createUnit(currentActor(req), body, idempotencyKey(req)));
  });
  router.patch('/units/:id', async (req, res) => {
    const body = validate(updateUnitBody, req.body);
    res.json(await service.updateUnit(currentActor(req), plainId(req), body, idempotencyKey(req)));
  });

  router.get('/blocs', async (_req, res) => {
    res.json(await service.listBlocs());
  });
  router.post('/blocs', async (req, res) => {
    const body = validate(createBlocBody, req.body);
    res.status(201).json(await service.createBloc(currentActor(req), body, idempotencyKey(req)));
  });
  router.patch('/blocs/:id', async (req, res) => {
    const { name, reason } = validate(renameBlocBody, req.body);
    res.json(
      await service.renameBloc(currentActor(req), plainId(req), name, reason, idempotencyKey(req)),
    );
  });

  router.get('/actions', async (req, res) => {
    res.json(await service.actions(validate(listActionsQuery, req.query)));
  });

  return router;
}
