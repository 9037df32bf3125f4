import type { z } from 'zod';
import { pageOfBuckets } from '../../data/desk/bucketPage';
import {
  matchesRoster,
  rosterCountKey,
  rosterProjection,
  rosterRow,
  type RosterEntry,
  type RosterFilter,
} from '../../data/desk/rosterEntry';
import type { listNominationsQuery } from './nominationSchemas';

type ListQuery = z.infer<typeof listNominationsQuery>;

/** Whether the unit's roster (data/desk/rosterEntry) can answer the list: one unit, by creation. */
export function rosterAnswers(unitId: string | undefined, query: ListQuery): unitId is string {
  return !!unitId && (query.sort === 'createdAt' || query.sort === '-createdAt');
}

/**
 * One unit's nominations, newest (or oldest) first, from its roster: the directory and the
 * month buckets the page shows, never `nominations` (FerretDB 1.x may scan that whole
 * collection for any lookup). A row is the roster entry, shaped as the nomination.
 */
export async function listFromRoster(unitId: string, query: ListQuery, submittedOnly: boolean) {
  const filter: RosterFilter = { stage: query.stage, year: query.year, submittedOnly };
  const sign = query.sort === '-createdAt' ? -1 : 1;
  const compare = (a: RosterEntry, b: RosterEntry) =>
    sign * (a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const { entries, total } = await pageOfBuckets(rosterProjection, unitId, {
    direction: sign < 0 ? 'desc' : 'asc',
    countKey: rosterCountKey(filter),
    matches: (entry) => matchesRoster(entry, filter),
    compare,
    skip: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return {
    items: entries.map(rosterRow),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
