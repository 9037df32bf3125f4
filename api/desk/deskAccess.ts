import type { Actor } from '../../domain/process/roles';
import { ApiError } from '../errors/apiError';

/** The secretariat works the desk; inspectors may look. */
export function requireDeskReader(actor: Actor): void {
  if (actor.role !== 'secretariat' && actor.role !== 'inspector' && actor.role !== 'admin') {
    throw new ApiError(403, 'FORBIDDEN', {
      vi: 'Chỉ Thường trực Hội đồng (và thanh tra, chỉ xem) được dùng bàn làm việc này.',
      en: 'Only the secretariat (and inspectors, read-only) may use the desk.',
    });
  }
}

export function requireSecretariat(actor: Actor): void {
  if (actor.role !== 'secretariat') {
    throw new ApiError(403, 'FORBIDDEN', {
      vi: 'Chỉ Thường trực Hội đồng được thực hiện thao tác này.',
      en: 'Only the secretariat may do this.',
    });
  }
}
