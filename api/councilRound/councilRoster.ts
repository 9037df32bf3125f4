import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { UserModel } from '../../data/identity/userModel';
import { findPage } from '../../data/findPage';

/**
 * Who sets up rounds and who chairs them (the route's callers); the full membership stays with
 * administrators.
 */
export const ROSTER_READERS: readonly Role[] = ['secretariat', 'council_chair'];

export const rosterQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
});

/**
 * The council's active members, the chair first, with only what picking them for a round
 * needs: username, name and seat — no unit, e-mail or sign-in data, through the users'
 * `{ role, active }` index.
 */
export async function councilRoster(query: z.infer<typeof rosterQuery>) {
  const seats: Role[] = ['council_chair', 'council_member'];
  const filter = { role: { $in: seats }, active: true };
  const found = await findPage(
    UserModel,
    filter,
    { sort: { role: 1, name: 1, _id: 1 }, projection: { name: 1, role: 1 } },
    query,
  );
  const items = found.items.map((u) => ({
    userId: u._id,
    name: u.name,
    seat: u.role === 'council_chair' ? ('chair' as const) : ('member' as const),
  }));
  return { ...found, items };
}
