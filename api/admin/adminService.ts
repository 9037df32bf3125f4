import type { z } from 'zod';
import { AdminActionModel } from '../../data/identity/adminActionModel';
import { SessionModel } from '../../data/identity/sessionModel';
import { UserModel } from '../../data/identity/userModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { isUnitRole, type Actor, type Role } from '../../domain/process/roles';
import { ApiError, notFound } from '../errors/apiError';
import { hashPassword } from '../auth/passwordHash';
import { passwordProblem, weakPasswordError } from '../auth/passwordPolicy';
import { recordAdminAction, recordCreation } from './adminRecord';
import type {
  createUserBody,
  leaveCouncilBody,
  listActionsQuery,
  listUsersQuery,
  updateUserBody,
} from './adminSchemas';
import { findPage } from '../../data/findPage';

const USER = { vi: 'người dùng', en: 'User' };

const COUNCIL_ROLES: readonly Role[] = ['council_member', 'council_chair'];

/** What an administrator sees of an account: never the hash, the epoch or the counters. */
const USER_VIEW = {
  name: 1,
  email: 1,
  role: 1,
  unitId: 1,
  active: 1,
  lockedUntil: 1,
  lastLoginAt: 1,
  passwordChangedAt: 1,
  createdAt: 1,
  updatedAt: 1,
} as const;

type UserView = {
  _id: string;
  name: string;
  role: string;
  unitId?: string | null;
  active: boolean;
  [key: string]: unknown;
};

function view(user: Record<string, unknown> | null): UserView | null {
  if (!user) return null;
  const out: Record<string, unknown> = { _id: user._id };
  for (const key of Object.keys(USER_VIEW)) if (user[key] !== undefined) out[key] = user[key];
  return out as UserView;
}

/**
 * Users and the council's membership, and the record of every administrative change (units
 * and blocs: `OrganisationService`). Each change is recorded by `recordAdminAction`.
 */
export class AdminService {
  // ---- users -------------------------------------------------------------------------

  async listUsers(query: z.infer<typeof listUsersQuery>) {
    const filter = {
      ...(query.role && { role: query.role }),
      ...(query.unitId && { unitId: query.unitId }),
      ...(query.active && { active: query.active === 'true' }),
    };
    return findPage(UserModel, filter, { sort: { _id: 1 }, projection: USER_VIEW }, query);
  }

  async getUser(id: string) {
    const user = await UserModel.findById(id, USER_VIEW).lean();
    if (!user) throw notFound(USER, 'USER_NOT_FOUND');
    return user;
  }

  async createUser(actor: Actor, body: z.infer<typeof createUserBody>, key?: string) {
    const problem = passwordProblem(body.password, body.username);
    if (problem) throw weakPasswordError(problem, 'password');
    await this.checkPlacement(body.role, body.unitId, body.username);
    return recordCreation(
      actor,
      key,
      'user.create',
      { kind: 'user', id: body.username },
      body.reason,
      {
        create: async () =>
          UserModel.create({
            _id: body.username,
            name: body.name,
            role: body.role,
            unitId: body.unitId,
            ...(body.email && { email: body.email }),
            passwordHash: await hashPassword(body.password),
            active: true,
            passwordChangedAt: new Date(),
            mustChangePassword: true,
          }),
        taken: {
          code: 'USER_EXISTS',
          message: {
            vi: `Tên đăng nhập ${body.username} đã có.`,
            en: `The username ${body.username} is taken.`,
          },
          field: 'username',
        },
        created: () => this.getUser(body.username),
      },
    );
  }

  /** Name, role and unit; a role or unit change takes effect on the user's next request. */
  async updateUser(actor: Actor, id: string, body: z.infer<typeof updateUserBody>, key?: string) {
    const current = await this.getUser(id);
    const role = (body.role ?? current.role) as Role;
    const unitId = body.unitId === undefined ? (current.unitId ?? undefined) : body.unitId;
    if (body.role !== undefined || body.unitId !== undefined) {
      this.notSelf(actor, id);
      await this.checkPlacement(role, unitId ?? undefined, id);
    }
    const set = {
      ...(body.name !== undefined && { name: body.name }),
      ...(typeof body.email === 'string' && { email: body.email }),
      ...(body.role !== undefined && { role: body.role }),
      ...(typeof body.unitId === 'string' && { unitId: body.unitId }),
    };
    return recordAdminAction(actor, key, 'user.update', { kind: 'user', id }, body.reason, () =>
      this.applyToUser(id, {
        $set: set,
        ...((body.unitId === null || body.email === null) && {
          $unset: {
            ...(body.unitId === null && { unitId: 1 }),
            ...(body.email === null && { email: 1 }),
          },
        }),
      }),
    );
  }

  async deactivateUser(actor: Actor, id: string, reason: string, key?: string) {
    this.notSelf(actor, id);
    await this.getUser(id);
    return recordAdminAction(
      actor,
      key,
      'user.deactivate',
      { kind: 'user', id },
      reason,
      async () => {
        const result = await this.applyToUser(id, {
          $set: { active: false },
          $inc: { sessionEpoch: 1 },
        });
        await SessionModel.deleteMany({ userId: id });
        return result;
      },
    );
  }

  async reactivateUser(actor: Actor, id: string, reason: string, key?: string) {
    const user = await this.getUser(id);
    await this.checkPlacement(user.role as Role, user.unitId ?? undefined, id);
    return recordAdminAction(actor, key, 'user.reactivate', { kind: 'user', id }, reason, () =>
      this.applyToUser(id, { $set: { active: true } }),
    );
  }

  /** A new password set by the administrator: the account is unlocked, its sessions end. */
  async resetPassword(actor: Actor, id: string, password: string, reason: string, key?: string) {
    await this.getUser(id);
    const problem = passwordProblem(password, id);
    if (problem) throw weakPasswordError(problem, 'password');
    const passwordHash = await hashPassword(password);
    return recordAdminAction(
      actor,
      key,
      'user.reset_password',
      { kind: 'user', id },
      reason,
      async () => {
        const result = await this.applyToUser(id, {
          $set: {
            passwordHash,
            passwordChangedAt: new Date(),
            failedLogins: 0,
            mustChangePassword: true,
          },
          $unset: { lockedUntil: 1, failedLoginWindowStart: 1 },
          $inc: { sessionEpoch: 1 },
        });
        await SessionModel.deleteMany({ userId: id });
        return result;
      },
    );
  }

  async unlockUser(actor: Actor, id: string, reason: string, key?: string) {
    await this.getUser(id);
    return recordAdminAction(actor, key, 'user.unlock', { kind: 'user', id }, reason, () =>
      this.applyToUser(id, {
        $set: { failedLogins: 0 },
        $unset: { lockedUntil: 1, failedLoginWindowStart: 1 },
      }),
    );
  }

  private async applyToUser(id: string, update: Record<string, unknown>) {
    const before = await UserModel.findOneAndUpdate({ _id: id }, update, {
      returnDocument: 'before',
    }).lean();
    if (!before) throw notFound(USER, 'USER_NOT_FOUND');
    return { before: view(before), after: view(await UserModel.findById(id, USER_VIEW).lean()) };
  }

  /** An administrator cannot lock themselves out (change their own role or unit, deactivate). */
  private notSelf(actor: Actor, id: string): void {
    if (actor.userId === id) {
      throw new ApiError(409, 'SELF_CHANGE', {
        vi: 'Không tự đổi vai trò, đơn vị hoặc khoá tài khoản của chính mình; nhờ quản trị viên khác.',
        en: 'You cannot change your own role or unit, or deactivate yourself; ask another administrator.',
      });
    }
  }

  /** Unit roles need an existing unit; any given unit must exist; the council has one chair. */
  private async checkPlacement(role: Role, unitId: string | undefined, userId: string) {
    if (isUnitRole(role) && !unitId) {
      throw new ApiError(
        422,
        'UNIT_REQUIRED',
        {
          vi: 'Cán bộ và thủ trưởng đơn vị phải thuộc một đơn vị.',
          en: 'Unit officers and heads must belong to a unit.',
        },
        'unitId',
      );
    }
    if (unitId && !(await UnitModel.exists({ _id: unitId }))) {
      throw new ApiError(
        422,
        'UNIT_NOT_FOUND',
        { vi: `Không có đơn vị ${unitId}.`, en: `No unit ${unitId}.` },
        'unitId',
      );
    }
    if (role === 'council_chair') {
      const chair = await UserModel.findOne(
        { role: 'council_chair', active: true, _id: { $ne: userId } },
        { _id: 1 },
      ).lean();
      if (chair) {
        throw new ApiError(409, 'CHAIR_TAKEN', {
          vi: `Hội đồng đã có Chủ tịch (${chair._id}); chuyển người đó ra trước.`,
          en: `The council already has a chair (${chair._id}); move them first.`,
        });
      }
    }
  }

  // ---- the council -------------------------------------------------------------------

  /**
   * The council's membership is the council roles: the round code admits active users whose
   * role is council_member or council_chair. A seat keeps the person's unit (recusals use it).
   */
  async council() {
    const users = await UserModel.find({ role: { $in: COUNCIL_ROLES }, active: true }, USER_VIEW)
      .sort({ _id: 1 })
      .lean();
    return {
      chair: users.find((u) => u.role === 'council_chair') ?? null,
      members: users.filter((u) => u.role === 'council_member'),
    };
  }

  async seatOnCouncil(
    actor: Actor,
    userId: string,
    seat: 'member' | 'chair',
    reason: string,
    key?: string,
  ) {
    const user = await this.getUser(userId);
    if (!user.active) {
      throw new ApiError(409, 'USER_INACTIVE', {
        vi: 'Tài khoản đã bị khoá.',
        en: 'The account is deactivated.',
      });
    }
    this.notSelf(actor, userId);
    const role: Role = seat === 'chair' ? 'council_chair' : 'council_member';
    await this.checkPlacement(role, user.unitId ?? undefined, userId);
    return recordAdminAction(
      actor,
      key,
      `council.seat_${seat}`,
      { kind: 'council', id: userId },
      reason,
      () => this.applyToUser(userId, { $set: { role } }),
    );
  }

  async removeFromCouncil(
    actor: Actor,
    userId: string,
    body: z.infer<typeof leaveCouncilBody>,
    key?: string,
  ) {
    const user = await this.getUser(userId);
    if (!COUNCIL_ROLES.includes(user.role as Role)) {
      throw new ApiError(409, 'NOT_ON_COUNCIL', {
        vi: `${userId} không phải thành viên Hội đồng.`,
        en: `${userId} is not on the council.`,
      });
    }
    const unitId = body.unitId === undefined ? (user.unitId ?? undefined) : body.unitId;
    await this.checkPlacement(body.role as Role, unitId ?? undefined, userId);
    return recordAdminAction(
      actor,
      key,
      'council.remove',
      { kind: 'council', id: userId },
      body.reason,
      () =>
        this.applyToUser(userId, {
          $set: { role: body.role, ...(unitId && { unitId }) },
          ...(body.unitId === null && { $unset: { unitId: 1 } }),
        }),
    );
  }

  // ---- the record --------------------------------------------------------------------

  async actions(query: z.infer<typeof listActionsQuery>) {
    const filter = {
      ...(query.targetKind && { 'target.kind': query.targetKind }),
      ...(query.targetId && { 'target.id': query.targetId }),
    };
    return findPage(AdminActionModel, filter, { sort: { at: -1 } }, query);
  }
}
