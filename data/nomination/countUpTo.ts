import type { QueryFilter } from 'mongoose';
import { NominationModel, type NominationDocument } from './nominationModel';

/**
 * How many pages, from the one asked for, a list's total counts. A count reads every document
 * it counts (the embedded FerretDB build decodes each one, about 0.1–0.2 ms), so a total
 * that counted a whole long list would cost more than the page; past this it says "at least".
 */
export const PAGES_COUNTED = 3;

interface CountedTotal {
  total: number;
  /** More match than `total`: counting stopped there. */
  totalIsLowerBound: boolean;
}

/** The nominations matching `filter`, counted up to `limit`. */
export async function countUpTo(
  filter: QueryFilter<NominationDocument>,
  limit: number,
): Promise<CountedTotal> {
  const counted = await NominationModel.countDocuments(filter, { limit: limit + 1 });
  return { total: Math.min(counted, limit), totalIsLowerBound: counted > limit };
}
