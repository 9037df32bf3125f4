import type { Role } from '../../domain/process/roles';

/** Who may load history files: the secretariat keeps the records, administrators set them up. */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'secretariat'];
/** Export shows every unit's people: the secretariat, administrators and inspectors. */
export const EXPORT_ROLES: readonly Role[] = ['admin', 'secretariat', 'inspector'];
