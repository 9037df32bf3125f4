import { z } from 'zod';
import { nameSearchPattern } from '../../domain/people/nameSearch';
import type { Actor, Role } from '../../domain/process/roles';
import { PersonModel } from '../../data/history/personModel';
import { readScope } from '../nomination/nominationAccess';

/** Unit staff search their own unit's people; the secretariat and inspectors every unit's. */
export const PEOPLE_SEARCHERS: readonly Role[] = [
  'unit_officer',
  'unit_head',
  'secretariat',
  'inspector',
];

export const peopleSearchQuery = z.strictObject({
  /** Part of the name, marks optional: "Lo Van" finds "Lò Văn Púa". */
  q: z.string().max(100).default(''),
  /** Narrows to one unit; unit staff are held to their own whatever they ask. */
  unitId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'a unit ID')
    .optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

/**
 * People by name, a page at a time: code, name, unit and position — nothing of their history.
 * A unit's search walks its slice of the `{unitId, fullName}` index; a name pattern is
 * matched on the entries read (a regular expression narrows no index).
 */
export async function searchPeople(actor: Actor, query: z.infer<typeof peopleSearchQuery>) {
  const scope = readScope(actor);
  // Another unit asked for by unit staff: an empty page, as if the unit had nobody.
  if (scope !== undefined && query.unitId !== undefined && query.unitId !== scope) {
    return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  }
  const unitId = scope ?? query.unitId;
  const pattern = nameSearchPattern(query.q);
  const filter = {
    ...(unitId !== undefined && { unitId }),
    ...(pattern && { fullName: { $regex: pattern, $options: 'i' } }),
  };
  const [people, total] = await Promise.all([
    PersonModel.find(filter, { fullName: 1, unitId: 1, position: 1 })
      .sort({ fullName: 1, _id: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    PersonModel.countDocuments(filter),
  ]);
  const items = people.map((p) => ({
    id: p._id,
    fullName: p.fullName,
    unitId: p.unitId,
    ...(p.position && { position: p.position }),
  }));
  return { items, page: query.page, pageSize: query.pageSize, total };
}
