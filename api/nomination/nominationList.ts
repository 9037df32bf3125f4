import type { z } from 'zod';
import { PAGES_COUNTED, countUpTo } from '../../data/nomination/countUpTo';
import { NominationModel } from '../../data/nomination/nominationModel';
import type { listNominationsQuery } from './nominationSchemas';

type ListQuery = z.infer<typeof listNominationsQuery>;

/** The fields of a nomination a row of its list shows (the dossier is `GET /api/nominations/:id`). */
export const LIST_FIELDS = {
  number: 1,
  unitId: 1,
  nominee: 1,
  awardCode: 1,
  kind: 1,
  year: 1,
  stage: 1,
  holderRole: 1,
  dueAt: 1,
  dueOn: 1,
  overdue: 1,
  createdAt: 1,
} as const;

/**
 * A page of nominations, one unit's or every unit's, newest (or oldest) first by creation or
 * by last change: read down the `{unitId, createdAt}`, `{unitId, year, createdAt}`,
 * `{createdAt}` or `{updatedAt}` index in its order, so a page reads the rows before it and
 * its own, whatever else the collection holds. Pages by number: a unit's list grows only at
 * its newest end, and people read its first pages. The total counts at most `PAGES_COUNTED`
 * pages from this one.
 */
export async function listNominations(
  unitId: string | undefined,
  query: ListQuery,
  submittedOnly: boolean,
) {
  const field = query.sort.replace(/^-/, '') as 'createdAt' | 'updatedAt';
  const filter = {
    ...(unitId && { unitId }),
    ...(query.stage
      ? { stage: query.stage }
      : submittedOnly && { stage: { $ne: 'draft' as const } }),
    ...(query.year && { year: query.year }),
    // A range on the sorted field, so that the embedded build reads its index in order
    // (scripts/ferretdb/patches/0007); every nomination has both timestamps.
    [field]: { $gte: new Date(0) },
  };
  const skip = (query.page - 1) * query.pageSize;
  const [items, total] = await Promise.all([
    NominationModel.find(filter, LIST_FIELDS)
      .sort({ [field]: query.sort.startsWith('-') ? -1 : 1 })
      .skip(skip)
      .limit(query.pageSize)
      .lean(),
    countUpTo(filter, skip + PAGES_COUNTED * query.pageSize),
  ]);
  return { items, page: query.page, pageSize: query.pageSize, ...total };
}
