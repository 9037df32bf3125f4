import { COUNTED_DIMENSIONS, OUTCOMES, keyOf, type CountedDimension } from './statisticsEntry';
import { StatisticsSummaryModel, type SummaryDocument } from './statisticsSummaryModel';

const COUNT_FIELDS = ['nominated', ...OUTCOMES] as const;
export type Counts = Record<(typeof COUNT_FIELDS)[number], number>;
type TallyDimension = 'unit' | CountedDimension;
/** One year's counts per dimension and key; a unit's are the sum of its award rows. */
type YearTally = Record<TallyDimension, Map<string, Counts>>;

const zero = (): Counts => ({ nominated: 0, awarded: 0, notAwarded: 0, inProgress: 0, revoked: 0 });

/** Adds the documents' counts up, shards and units together; keys left at nothing are dropped. */
function tallyDocuments(documents: readonly Pick<SummaryDocument, 'unitId' | 'c'>[]) {
  const tally = Object.fromEntries(
    ['unit', ...COUNTED_DIMENSIONS].map((d) => [d, new Map<string, Counts>()]),
  ) as YearTally;
  const add = (dimension: TallyDimension, key: string, counts: Record<string, number>) => {
    const row = tally[dimension].get(key) ?? zero();
    for (const field of COUNT_FIELDS) row[field] += counts[field] ?? 0;
    tally[dimension].set(key, row);
  };
  for (const document of documents) {
    for (const dimension of COUNTED_DIMENSIONS) {
      for (const [field, counts] of Object.entries(document.c?.[dimension] ?? {})) {
        add(dimension, keyOf(field), counts);
        // Every nomination has exactly one award: the unit's row is its award rows' sum.
        if (dimension === 'award') add('unit', document.unitId, counts);
      }
    }
  }
  for (const rows of Object.values(tally)) {
    for (const [key, row] of rows) if (row.nominated === 0) rows.delete(key);
  }
  return tally;
}

/** The year's statistics from its summary documents (a few per unit; index `year`). */
export async function tallyOfYear(year: number): Promise<YearTally> {
  const documents = await StatisticsSummaryModel.find({ year }, { unitId: 1, c: 1 }).lean();
  return tallyDocuments(documents as unknown as SummaryDocument[]);
}

/**
 * The latest year with a submitted nomination counted, if any: down the `year` index from the
 * top (the range holds `year` to numbers, so the embedded build reads it in the index's order
 * and stops at the first document with a count).
 */
export async function latestCountedYear(): Promise<number | undefined> {
  const latest = await StatisticsSummaryModel.findOne(
    { year: { $gte: 0 }, total: { $gt: 0 } },
    { year: 1 },
  )
    .sort({ year: -1 })
    .lean();
  return latest?.year ?? undefined;
}
