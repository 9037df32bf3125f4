import type { ActorRole, Role } from '../../domain/process/roles';

/**
 * Who a notification reaches, in one place for the inbox and the e-mails: the people of
 * its `toRole`; when it names a unit (`toUnitId`, set for unit roles), only that unit's.
 */

/** Filter on `notifications` for what `person` may see (index `toRole, toUnitId, createdAt`). */
export function addressedTo(person: { role: ActorRole; unitId?: string }) {
  return {
    // 'system' never signs in; as a filter it would simply match nothing.
    toRole: person.role as Role,
    toUnitId: { $in: person.unitId ? [null, person.unitId] : [null] },
  };
}

/** Filter on `users` for the people a notification reaches. */
export function audienceOf(notification: { toRole: Role; toUnitId?: string | null }) {
  return {
    role: notification.toRole,
    active: true,
    ...(notification.toUnitId && { unitId: notification.toUnitId }),
  };
}

/** Filter on `users` for the people any of `notifications` reaches and who have an address. */
export function mailableAudienceOf(
  notifications: readonly { toRole: Role; toUnitId?: string | null }[],
) {
  return {
    $or: notifications.map(audienceOf),
    email: { $exists: true, $nin: [null, ''] },
  };
}

/** Whether `notification` reaches `user` (the same rule as `audienceOf`, for one user). */
export function reaches(
  notification: { toRole: Role; toUnitId?: string | null },
  user: { role: string; unitId?: string | null },
): boolean {
  return (
    user.role === notification.toRole &&
    (!notification.toUnitId || user.unitId === notification.toUnitId)
  );
}
