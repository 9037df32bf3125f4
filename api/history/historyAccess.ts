import type { Actor, Role } from '../../domain/process/roles';
import { ApiError } from '../errors/apiError';

/** Who may load history files: the secretariat keeps the records, administrators set them up. */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'secretariat'];
/** Export shows every unit's people: the secretariat, administrators and inspectors. */
export const EXPORT_ROLES: readonly Role[] = ['admin', 'secretariat', 'inspector'];

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!(roles as readonly string[]).includes(actor.role)) {
    throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
      vi: 'Vai trò của bạn không được thực hiện thao tác này.',
      en: 'Your role may not do this.',
    });
  }
}
