import type { NextFunction, Request, Response } from 'express';
import type { Role } from '../../domain/process/roles';
import { currentActor } from '../auth/authenticate';
import { ApiError } from '../errors/apiError';
import { idempotencyKey } from '../http/idempotencyKey';
import { routeGroup, type RouteDefinition } from '../http/routeDefinition';
import { validate } from '../http/validate';
import type { AdminService } from './adminService';
import type { OrganisationService } from './organisationService';
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
function requireAdmin(req: Request, _res: Response, next: NextFunction): void {
  const { role } = currentActor(req);
  const readOnly = req.method === 'GET' || req.method === 'HEAD';
  if (role === 'admin' || (readOnly && role === 'inspector')) return next();
  throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
    vi: 'Chỉ quản trị hệ thống được thực hiện thao tác này.',
    en: 'Only administrators may do this.',
  });
}

const userId = (req: Request) => validate(usernameField, req.params.id);
const plainId = (req: Request) => validate(idParam, req.params.id).toUpperCase();

/** Users and the council; units and blocs. */
interface AdminServices {
  admin: AdminService;
  organisation: OrganisationService;
}

type AdminRoute = RouteDefinition<AdminServices>;

const READERS: readonly Role[] = ['admin', 'inspector'];

/** Administrators change (an `Idempotency-Key` honoured); inspectors may read too. */
function op(route: Omit<AdminRoute, 'callers'>): AdminRoute {
  return route.method === 'get'
    ? { callers: READERS, ...route }
    : { callers: ['admin'], idempotent: true, ...route };
}

const user = { id: usernameField };
const plain = { id: idParam };

/** Deactivate, reactivate, unlock: a user and a reason. */
function userStep(
  action: 'deactivate' | 'reactivate' | 'unlock',
  summary: string,
  vi: string,
  take: (admin: AdminService, req: Request, reason: string) => Promise<unknown>,
): AdminRoute {
  return op({
    method: 'post',
    path: `/users/:id/${action}`,
    summary,
    descriptionVi: vi,
    params: user,
    body: reasonBody,
    success: { status: 200, description: 'The user' },
    errors: [409],
    handle: async (req, res, { admin }) => {
      const { reason } = validate(reasonBody, req.body);
      res.json(await take(admin, req, reason));
    },
  });
}

/** /api/admin: users, units, blocs, the council's membership, and the record of it all. */
export const adminRoutes = routeGroup<AdminServices>({
  mount: '/api/admin',
  tag: 'Administration',
  signInAtMount: true,
  use: [requireAdmin],
  routes: [
    op({
      method: 'get',
      path: '/users',
      summary: 'List users (paginated)',
      descriptionVi: 'Danh sách tài khoản.',
      query: listUsersQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async (req, res, { admin }) => {
        res.json(await admin.listUsers(validate(listUsersQuery, req.query)));
      },
    }),
    op({
      method: 'post',
      path: '/users',
      summary: 'Create a user',
      descriptionVi: 'Tạo tài khoản.',
      body: createUserBody,
      success: { status: 201, description: 'The user' },
      errors: [409, 422],
      handle: async (req, res, { admin }) => {
        const body = validate(createUserBody, req.body);
        res.status(201).json(await admin.createUser(currentActor(req), body, idempotencyKey(req)));
      },
    }),
    op({
      method: 'get',
      path: '/users/:id',
      summary: 'A user',
      descriptionVi: 'Chi tiết tài khoản.',
      params: user,
      success: { status: 200, description: 'The user' },
      handle: async (req, res, { admin }) => {
        res.json(await admin.getUser(userId(req)));
      },
    }),
    op({
      method: 'patch',
      path: '/users/:id',
      summary: "Change a user's name, role, unit or e-mail",
      descriptionVi: 'Sửa thông tin, vai trò, đơn vị của tài khoản.',
      params: user,
      body: updateUserBody,
      success: { status: 200, description: 'The user' },
      errors: [409, 422],
      handle: async (req, res, { admin }) => {
        const body = validate(updateUserBody, req.body);
        res.json(await admin.updateUser(currentActor(req), userId(req), body, idempotencyKey(req)));
      },
    }),
    userStep(
      'deactivate',
      'Deactivate a user (every session ends)',
      'Khoá tài khoản.',
      (admin, req, reason) =>
        admin.deactivateUser(currentActor(req), userId(req), reason, idempotencyKey(req)),
    ),
    userStep('reactivate', 'Reactivate a user', 'Mở lại tài khoản.', (admin, req, reason) =>
      admin.reactivateUser(currentActor(req), userId(req), reason, idempotencyKey(req)),
    ),
    userStep(
      'unlock',
      'Unlock a user locked after wrong passwords',
      'Mở khoá tài khoản bị khoá do nhập sai mật khẩu.',
      (admin, req, reason) =>
        admin.unlockUser(currentActor(req), userId(req), reason, idempotencyKey(req)),
    ),
    op({
      method: 'post',
      path: '/users/:id/password',
      summary: "Reset a user's password",
      descriptionVi: 'Đặt lại mật khẩu.',
      params: user,
      body: resetPasswordBody,
      success: { status: 200, description: 'When the password was changed' },
      errors: [409, 422],
      handle: async (req, res, { admin }) => {
        const { password, reason } = validate(resetPasswordBody, req.body);
        res.json(
          await admin.resetPassword(
            currentActor(req),
            userId(req),
            password,
            reason,
            idempotencyKey(req),
          ),
        );
      },
    }),
    op({
      method: 'get',
      path: '/council',
      summary: 'The council: its chair and members',
      descriptionVi: 'Thành phần Hội đồng Thi đua – Khen thưởng.',
      success: { status: 200, description: '`{ chair, members }`' },
      handle: async (_req, res, { admin }) => {
        res.json(await admin.council());
      },
    }),
    op({
      method: 'put',
      path: '/council/members/:id',
      summary: 'Seat a user on the council (as member or chair)',
      descriptionVi: 'Bổ nhiệm thành viên / Chủ tịch Hội đồng.',
      params: user,
      body: councilSeatBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
      handle: async (req, res, { admin }) => {
        const { seat, reason } = validate(councilSeatBody, req.body);
        res.json(
          await admin.seatOnCouncil(
            currentActor(req),
            userId(req),
            seat,
            reason,
            idempotencyKey(req),
          ),
        );
      },
    }),
    op({
      method: 'delete',
      path: '/council/members/:id',
      summary: 'Remove a user from the council, giving their new role',
      descriptionVi: 'Miễn nhiệm thành viên Hội đồng.',
      params: user,
      body: leaveCouncilBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
      handle: async (req, res, { admin }) => {
        const body = validate(leaveCouncilBody, req.body);
        res.json(
          await admin.removeFromCouncil(currentActor(req), userId(req), body, idempotencyKey(req)),
        );
      },
    }),
    op({
      method: 'get',
      path: '/units',
      summary: 'List units',
      descriptionVi: 'Danh sách đơn vị.',
      success: { status: 200, description: '`{ items }`' },
      handle: async (_req, res, { organisation }) => {
        res.json(await organisation.listUnits());
      },
    }),
    op({
      method: 'post',
      path: '/units',
      summary: 'Create a unit',
      descriptionVi: 'Tạo đơn vị.',
      body: createUnitBody,
      success: { status: 201, description: 'The unit' },
      errors: [409, 422],
      handle: async (req, res, { organisation }) => {
        const body = validate(createUnitBody, req.body);
        res
          .status(201)
          .json(await organisation.createUnit(currentActor(req), body, idempotencyKey(req)));
      },
    }),
    op({
      method: 'patch',
      path: '/units/:id',
      summary: 'Change a unit (name, bloc, symbol)',
      descriptionVi: 'Sửa thông tin đơn vị.',
      params: plain,
      body: updateUnitBody,
      success: { status: 200, description: 'The unit' },
      errors: [409, 422],
      handle: async (req, res, { organisation }) => {
        const body = validate(updateUnitBody, req.body);
        res.json(
          await organisation.updateUnit(currentActor(req), plainId(req), body, idempotencyKey(req)),
        );
      },
    }),
    op({
      method: 'get',
      path: '/blocs',
      summary: 'List emulation blocs',
      descriptionVi: 'Danh sách khối thi đua.',
      success: { status: 200, description: '`{ items }`' },
      handle: async (_req, res, { organisation }) => {
        res.json(await organisation.listBlocs());
      },
    }),
    op({
      method: 'post',
      path: '/blocs',
      summary: 'Create an emulation bloc',
      descriptionVi: 'Tạo khối thi đua.',
      body: createBlocBody,
      success: { status: 201, description: 'The bloc' },
      errors: [409, 422],
      handle: async (req, res, { organisation }) => {
        const body = validate(createBlocBody, req.body);
        res
          .status(201)
          .json(await organisation.createBloc(currentActor(req), body, idempotencyKey(req)));
      },
    }),
    op({
      method: 'patch',
      path: '/blocs/:id',
      summary: 'Rename an emulation bloc',
      descriptionVi: 'Đổi tên khối thi đua.',
      params: plain,
      body: renameBlocBody,
      success: { status: 200, description: 'The bloc' },
      errors: [409],
      handle: async (req, res, { organisation }) => {
        const { name, reason } = validate(renameBlocBody, req.body);
        res.json(
          await organisation.renameBloc(
            currentActor(req),
            plainId(req),
            name,
            reason,
            idempotencyKey(req),
          ),
        );
      },
    }),
    op({
      method: 'get',
      path: '/actions',
      summary: 'The log of administrative actions (paginated)',
      descriptionVi: 'Nhật ký thao tác quản trị.',
      query: listActionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async (req, res, { admin }) => {
        res.json(await admin.actions(validate(listActionsQuery, req.query)));
      },
    }),
  ],
});
