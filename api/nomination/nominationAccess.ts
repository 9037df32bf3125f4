import type { Actor } from '../../domain/process/roles';
import { ApiError } from '../errors/apiError';

const UNIT_ROLES = new Set(['unit_officer', 'unit_head']);

/** Unit officers and heads: they work on their own unit's nominations. */
export function isUnitStaff(actor: Actor): boolean {
  return UNIT_ROLES.has(actor.role);
}

/** Unit staff see their own unit's nominations only; the council, secretariat, minister,
 * inspectors and administrators see every unit's — but a draft stays with its unit until
 * it is submitted (inspectors, who read everything, excepted). */
export function canRead(actor: Actor, unitId: string, stage?: string): boolean {
  if (UNIT_ROLES.has(actor.role)) return actor.unitId === unitId;
  return stage !== 'draft' || actor.role === 'inspector';
}

/** Whether lists shown to this actor leave out every unit's drafts. */
export function hidesDrafts(actor: Actor): boolean {
  return !UNIT_ROLES.has(actor.role) && actor.role !== 'inspector';
}

/** The unit a list is restricted to for this actor, if any. */
export function readScope(actor: Actor): string | undefined {
  return UNIT_ROLES.has(actor.role) ? (actor.unitId ?? '∅') : undefined;
}

export function requireDrafter(actor: Actor): string {
  if (!UNIT_ROLES.has(actor.role) || !actor.unitId) {
    throw new ApiError(403, 'FORBIDDEN', {
      vi: 'Chỉ cán bộ hoặc thủ trưởng đơn vị được lập hồ sơ đề nghị.',
      en: 'Only unit officers and heads may draft nominations.',
    });
  }
  return actor.unitId;
}

export function requireUnitHead(actor: Actor, unitId: string): void {
  if (actor.role !== 'unit_head' || actor.unitId !== unitId) {
    throw new ApiError(403, 'FORBIDDEN', {
      vi: 'Chỉ thủ trưởng đơn vị có hồ sơ được trình hồ sơ.',
      en: "Only the head of the nomination's unit may submit it.",
    });
  }
}
