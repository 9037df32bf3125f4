import type { Model, ProjectionType, QueryFilter, SortOrder } from 'mongoose';

/** A list request's page (1-based) and page size, as the API's list queries parse them. */
interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * One page of `filter`'s documents in `sort` order (lean), with the total matching, in the
 * shape every list endpoint answers: `{ items, page, pageSize, total }`.
 */
export async function findPage<TRaw, THydrated>(
  model: Model<TRaw, object, object, object, THydrated>,
  filter: QueryFilter<TRaw>,
  options: { sort: Record<string, SortOrder>; projection?: ProjectionType<TRaw> },
  { page, pageSize }: PageRequest,
) {
  const [items, total] = await Promise.all([
    model
      .find(filter, options.projection)
      .sort(options.sort)
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    model.countDocuments(filter),
  ]);
  return { items, page, pageSize, total };
}
