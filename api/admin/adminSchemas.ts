import { z } from 'zod';
import { ROLES } from '../../domain/process/roles';
import { textField } from '../http/textField';
import { PASSWORD_MAX_LENGTH } from '../auth/passwordPolicy';

/** Why the administrator does this: recorded with every action. */
const reason = textField(500);

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, '3–50 characters: a–z, 0–9, ".", "_", "-"');

const unitCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, '2–20 characters: A–Z, 0–9, "-"');

const email = z.email().max(254);

const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const createUserBody = z.strictObject({
  username: usernameField,
  name: textField(200),
  role: z.enum(ROLES),
  unitId: unitCode.optional(),
  email: email.optional(),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  reason,
});

export const updateUserBody = z
  .strictObject({
    name: textField(200).optional(),
    role: z.enum(ROLES).optional(),
    unitId: unitCode.nullable().optional(),
    email: email.nullable().optional(),
    reason,
  })
  .refine((b) => [b.name, b.role, b.unitId, b.email].some((v) => v !== undefined), {
    message: 'nothing to change: give name, role, unitId or email',
  });

export const reasonBody = z.strictObject({ reason });

export const resetPasswordBody = z.strictObject({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  reason,
});

export const listUsersQuery = z.object({
  role: z.enum(ROLES).optional(),
  unitId: unitCode.optional(),
  active: z.enum(['true', 'false']).optional(),
  ...page,
});

export const createUnitBody = z.strictObject({
  id: unitCode,
  name: textField(300),
  nameEn: textField(300),
  blocId: unitCode.optional(),
  reason,
});

export const updateUnitBody = z
  .strictObject({
    name: textField(300).optional(),
    nameEn: textField(300).optional(),
    blocId: unitCode.nullable().optional(),
    reason,
  })
  .refine((b) => b.name !== undefined || b.nameEn !== undefined || b.blocId !== undefined, {
    message: 'nothing to change: give name, nameEn or blocId',
  });

export const createBlocBody = z.strictObject({ id: unitCode, name: textField(300), reason });
export const renameBlocBody = z.strictObject({ name: textField(300), reason });

export const councilSeatBody = z.strictObject({
  seat: z.enum(['member', 'chair']),
  reason,
});

const NON_COUNCIL_ROLES = ROLES.filter((r) => r !== 'council_member' && r !== 'council_chair');

export const leaveCouncilBody = z.strictObject({
  /** The role the person takes back on leaving the council. */
  role: z.enum(NON_COUNCIL_ROLES as [string, ...string[]]),
  unitId: unitCode.nullable().optional(),
  reason,
});

export const listActionsQuery = z.object({
  targetKind: z.enum(['user', 'unit', 'bloc', 'council']).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  ...page,
});

export const idParam = z.string().trim().min(1).max(100);
