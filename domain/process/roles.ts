/** The people who act on a nomination. Labels are the user-facing Vietnamese first. */
export const ROLES = [
  'unit_officer',
  'unit_head',
  'secretariat',
  'council_member',
  'council_chair',
  'minister',
  'deputy_minister',
  'admin',
  'inspector',
] as const;

export type Role = (typeof ROLES)[number];

/** A unit's own people: they see their unit's nominations and nothing above them. */
export const UNIT_ROLES = ['unit_officer', 'unit_head'] as const satisfies readonly Role[];

export const isUnitRole = (role: string): boolean =>
  (UNIT_ROLES as readonly string[]).includes(role);

/** Everyone above the units: who may read every council round and award decision. */
export const ABOVE_UNIT_ROLES: readonly Role[] = ROLES.filter((role) => !isUnitRole(role));

/** Deadlines and windows act on their own; their steps are attributed to the system. */
export type ActorRole = Role | 'system';

/** Whether `role` is above the units (the system is not a reader). */
export const isAboveUnit = (role: ActorRole): boolean =>
  (ABOVE_UNIT_ROLES as readonly ActorRole[]).includes(role);

export const ROLE_LABELS: Record<ActorRole, { vi: string; en: string }> = {
  system: { vi: 'Hệ thống (tự động)', en: 'System (automatic)' },
  unit_officer: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
  secretariat: { vi: 'Thường trực Hội đồng', en: 'Council secretariat' },
  council_member: { vi: 'Thành viên Hội đồng', en: 'Council member' },
  council_chair: { vi: 'Chủ tịch Hội đồng', en: 'Council chair' },
  minister: { vi: 'Bộ trưởng, Chủ nhiệm', en: 'Minister' },
  deputy_minister: { vi: 'Thứ trưởng, Phó Chủ nhiệm', en: 'Deputy minister' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  inspector: { vi: 'Thanh tra', en: 'Inspector' },
};

/** Who a human action is attributed to; workflows keep this, never passwords or sessions. */
export interface Actor {
  userId: string;
  name: string;
  role: ActorRole;
  unitId?: string;
}

export const SYSTEM_ACTOR: Actor = {
  userId: 'system',
  name: ROLE_LABELS.system.vi,
  role: 'system',
};
