import type { ActorRole, Role } from '../../domain/process/roles';

/**
 * Who a notification reaches, in one place for the inbox and the e-mails: the people of
 * its `toRole`; when it names a unit (`toUnitId`, set for unit roles), only that unit's;
 * when it names a person (`toUserId`), only that person.
 */

interface Addressed {
  toRole: Role;
  toUnitId?: string | null;
  toUserId?: string | null;
}

/**
 * Filter on `notifications` for what `person` may see (indexes `toRole, toUnitId,
 * createdAt` and `toUserId, createdAt`).
 */
export function addressedTo(person: { userId: string; role: ActorRole; unitId?: string }) {
  return {
    $or: [
      {
        // 'system' never signs in; as a filter it would simply match nothing.
        toRole: person.role as Role,
        toUnitId: { $in: person.unitId ? [null, person.unitId] : [null] },
        toUserId: null,
      },
      { toUserId: person.userId },
    ],
  };
}

/** Filter on `users` for the people a notification reaches. */
function audienceOf(notification: Addressed) {
  if (notification.toUserId) return { _id: notification.toUserId, active: true };
  return {
    role: notification.toRole,
    active: true,
    ...(notification.toUnitId && { unitId: notification.toUnitId }),
  };
}

/** Filter on `users` for the people any of `notifications` reaches and who have an address. */
export function mailableAudienceOf(notifications: readonly Addressed[]) {
  return {
    $or: notifications.map(audienceOf),
    email: { $exists: true, $nin: [null, ''] },
  };
}

/** Whether `notification` reaches `user` (the same rule as `audienceOf`, for one user). */
export function reaches(
  notification: Addressed,
  user: { _id: string; role: string; unitId?: string | null },
): boolean {
  if (notification.toUserId) return user._id === notification.toUserId;
  return (
    user.role === notification.toRole &&
    (!notification.toUnitId || user.unitId === notification.toUnitId)
  );
}
