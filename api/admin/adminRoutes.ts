import type { Role } from '../../domain/process/roles';
import { route, routeGroup, type RouteDefinition, type RouteInput } from '../http/routeDefinition';
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

/** Users and the council; units and blocs. */
interface AdminServices {
  admin: AdminService;
  organisation: OrganisationService;
}

/**
 * Administrators change (an `Idempotency-Key` honoured); inspectors (read everything, change
 * nothing) may read too — their unsafe requests are refused earlier by `authenticate`.
 */
const READERS: readonly Role[] = ['admin', 'inspector'];
const ADMIN: readonly Role[] = ['admin'];

const user = { id: usernameField };
const plain = { id: idParam };
type UserStepInput = RouteInput<string, typeof user, undefined, typeof reasonBody>;

/** Deactivate, reactivate, unlock: a user and a reason. */
function userStep(
  action: 'deactivate' | 'reactivate' | 'unlock',
  summary: string,
  vi: string,
  take: (admin: AdminService, input: UserStepInput) => Promise<unknown>,
): RouteDefinition<AdminServices> {
  return route({
    method: 'post',
    path: `/users/:id/${action}`,
    summary,
    descriptionVi: vi,
    callers: ADMIN,
    params: user,
    body: reasonBody,
    success: { status: 200, description: 'The user' },
    errors: [409],
    idempotent: true,
    handle: (input: UserStepInput, { admin }: AdminServices) => take(admin, input),
  });
}

/** /api/admin: users, units, blocs, the council's membership, and the record of it all. */
export const adminRoutes = routeGroup<AdminServices>({
  mount: '/api/admin',
  tag: 'Administration',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/users',
      summary: 'List users (paginated)',
      descriptionVi: 'Danh sách tài khoản.',
      callers: READERS,
      query: listUsersQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: ({ query }, { admin }) => admin.listUsers(query),
    }),
    route({
      method: 'post',
      path: '/users',
      summary: 'Create a user',
      descriptionVi: 'Tạo tài khoản.',
      callers: ADMIN,
      idempotent: true,
      body: createUserBody,
      success: { status: 201, description: 'The user' },
      errors: [409, 422],
      handle: ({ actor, body, idempotencyKey }, { admin }) =>
        admin.createUser(actor, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/users/:id',
      summary: 'A user',
      descriptionVi: 'Chi tiết tài khoản.',
      callers: READERS,
      params: user,
      success: { status: 200, description: 'The user' },
      handle: ({ params }, { admin }) => admin.getUser(params.id),
    }),
    route({
      method: 'patch',
      path: '/users/:id',
      summary: "Change a user's name, role, unit or e-mail",
      descriptionVi: 'Sửa thông tin, vai trò, đơn vị của tài khoản.',
      callers: ADMIN,
      idempotent: true,
      params: user,
      body: updateUserBody,
      success: { status: 200, description: 'The user' },
      errors: [409, 422],
      handle: ({ actor, params, body, idempotencyKey }, { admin }) =>
        admin.updateUser(actor, params.id, body, idempotencyKey),
    }),
    userStep(
      'deactivate',
      'Deactivate a user (every session ends)',
      'Khoá tài khoản.',
      (admin, { actor, params, body, idempotencyKey }) =>
        admin.deactivateUser(actor, params.id, body.reason, idempotencyKey),
    ),
    userStep(
      'reactivate',
      'Reactivate a user',
      'Mở lại tài khoản.',
      (admin, { actor, params, body, idempotencyKey }) =>
        admin.reactivateUser(actor, params.id, body.reason, idempotencyKey),
    ),
    userStep(
      'unlock',
      'Unlock a user locked after wrong passwords',
      'Mở khoá tài khoản bị khoá do nhập sai mật khẩu.',
      (admin, { actor, params, body, idempotencyKey }) =>
        admin.unlockUser(actor, params.id, body.reason, idempotencyKey),
    ),
    route({
      method: 'post',
      path: '/users/:id/password',
      summary: "Reset a user's password",
      descriptionVi: 'Đặt lại mật khẩu.',
      callers: ADMIN,
      idempotent: true,
      params: user,
      body: resetPasswordBody,
      success: { status: 200, description: 'When the password was changed' },
      errors: [409, 422],
      handle: ({ actor, params, body, idempotencyKey }, { admin }) =>
        admin.resetPassword(actor, params.id, body.password, body.reason, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/council',
      summary: 'The council: its chair and members',
      descriptionVi: 'Thành phần Hội đồng Thi đua – Khen thưởng.',
      callers: READERS,
      success: { status: 200, description: '`{ chair, members }`' },
      handle: (_input, { admin }) => admin.council(),
    }),
    route({
      method: 'put',
      path: '/council/members/:id',
      summary: 'Seat a user on the council (as member or chair)',
      descriptionVi: 'Bổ nhiệm thành viên / Chủ tịch Hội đồng.',
      callers: ADMIN,
      idempotent: true,
      params: user,
      body: councilSeatBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
      handle: ({ actor, params, body, idempotencyKey }, { admin }) =>
        admin.seatOnCouncil(actor, params.id, body.seat, body.reason, idempotencyKey),
    }),
    route({
      method: 'delete',
      path: '/council/members/:id',
      summary: 'Remove a user from the council, giving their new role',
      descriptionVi: 'Miễn nhiệm thành viên Hội đồng.',
      callers: ADMIN,
      idempotent: true,
      params: user,
      body: leaveCouncilBody,
      success: { status: 200, description: 'The council' },
      errors: [409, 422],
      handle: ({ actor, params, body, idempotencyKey }, { admin }) =>
        admin.removeFromCouncil(actor, params.id, body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/units',
      summary: 'List units',
      descriptionVi: 'Danh sách đơn vị.',
      callers: READERS,
      success: { status: 200, description: '`{ items }`' },
      handle: (_input, { organisation }) => organisation.listUnits(),
    }),
    route({
      method: 'post',
      path: '/units',
      summary: 'Create a unit',
      descriptionVi: 'Tạo đơn vị.',
      callers: ADMIN,
      idempotent: true,
      body: createUnitBody,
      success: { status: 201, description: 'The unit' },
      errors: [409, 422],
      handle: ({ actor, body, idempotencyKey }, { organisation }) =>
        organisation.createUnit(actor, body, idempotencyKey),
    }),
    route({
      method: 'patch',
      path: '/units/:id',
      summary: 'Change a unit (name, bloc, symbol)',
      descriptionVi: 'Sửa thông tin đơn vị.',
      callers: ADMIN,
      idempotent: true,
      params: plain,
      body: updateUnitBody,
      success: { status: 200, description: 'The unit' },
      errors: [409, 422],
      handle: ({ actor, params, body, idempotencyKey }, { organisation }) =>
        organisation.updateUnit(actor, params.id.toUpperCase(), body, idempotencyKey),
    }),
    route({
      method: 'get',
      path: '/blocs',
      summary: 'List emulation blocs',
      descriptionVi: 'Danh sách khối thi đua.',
      callers: READERS,
      success: { status: 200, description: '`{ items }`' },
      handle: (_input, { organisation }) => organisation.listBlocs(),
    }),
    route({
      method: 'post',
      path: '/blocs',
      summary: 'Create an emulation bloc',
      descriptionVi: 'Tạo khối thi đua.',
      callers: ADMIN,
      idempotent: true,
      body: createBlocBody,
      success: { status: 201, description: 'The bloc' },
      errors: [409, 422],
      handle: ({ actor, body, idempotencyKey }, { organisation }) =>
        organisation.createBloc(actor, body, idempotencyKey),
    }),
    route({
      method: 'patch',
      path: '/blocs/:id',
      summary: 'Rename an emulation bloc',
      descriptionVi: 'Đổi tên khối thi đua.',
      callers: ADMIN,
      idempotent: true,
      params: plain,
      body: renameBlocBody,
      success: { status: 200, description: 'The bloc' },
      errors: [409],
      handle: ({ actor, params, body, idempotencyKey }, { organisation }) =>
        organisation.renameBloc(
          actor,
          params.id.toUpperCase(),
          body.name,
          body.reason,
          idempotencyKey,
        ),
    }),
    route({
      method: 'get',
      path: '/actions',
      summary: 'The log of administrative actions (paginated)',
      descriptionVi: 'Nhật ký thao tác quản trị.',
      callers: READERS,
      query: listActionsQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: ({ query }, { admin }) => admin.actions(query),
    }),
  ],
});
