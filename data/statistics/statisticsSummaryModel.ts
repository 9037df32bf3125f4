import { Schema, model } from 'mongoose';
import { isDuplicateKey } from '../duplicateKey';
import {
  summaryChanges,
  type PositionChange,
  type StatisticsEntry,
  type SummaryChange,
} from './statisticsEntry';

/**
 * One year's statistics for one unit, in a few documents (`_id` `<year>:<unit>:<shard>`, see
 * `shardOf`): per dimension and key, how many nominations were submitted and how many are
 * awarded, not awarded, in progress or revoked (`c.award.LDTT.awarded`, …), kept by `$inc` on
 * every step that changes what a nomination counts as. `total` is the nominations counted.
 * Beside them, one document per unit, `pipeline:<unit>` (no year, no shard), holds the desk
 * pipeline's counts by year, `y.<year>.…` (data/statistics/pipelinePosition.ts): open ones by
 * stage, received, approved and closed otherwise by week, outcomes; kept by the `$inc` of every
 * step that moves a nomination, with the same guard.
 * `applied` lists the steps applied last (`<nominationId>:<seq>`), so a retried step adds
 * nothing; once twice `APPLIED_KEPT` long it is cut back (`appliedKept`; FerretDB 1.x ignores
 * `$push`'s `$slice`). `v` counts the changes, for compare-and-set rewrites.
 */
const statisticsSummarySchema = new Schema(
  {
    _id: { type: String, required: true },
    year: { type: Number },
    unitId: { type: String, required: true },
    shard: { type: Number },
    total: { type: Number, required: true, default: 0 },
    c: { type: Schema.Types.Mixed, default: {} },
    y: { type: Schema.Types.Mixed },
    applied: { type: [String], default: [] },
    v: { type: Number, required: true, default: 0 },
  },
  { versionKey: false, minimize: false },
);

// A year's breakdown reads its documents; the latest year with a dossier is the first by year.
statisticsSummarySchema.index({ year: 1 });

export const StatisticsSummaryModel = model(
  'StatisticsSummary',
  statisticsSummarySchema,
  'statistics_summaries',
);

/** How many applied steps a document remembers at least: a retry within them is a no-op. */
export const APPLIED_KEPT = 100;

/**
 * What a document's applied steps are cut back to: first the steps a later step of the same
 * nomination has followed in this document (a step is counted only while it is its
 * nomination's last, and the next is recorded only after it, so its attempts are over), then,
 * if still more than `APPLIED_KEPT`, the oldest. A unit's pipeline document takes every stage
 * change of its nominations; so its window spans `APPLIED_KEPT` nominations rather than steps.
 */
export function appliedKept(applied: readonly string[]): string[] {
  const split = (key: string) => {
    const at = key.lastIndexOf(':');
    return { nominationId: key.slice(0, at), seq: Number(key.slice(at + 1)) };
  };
  const latest = new Map<string, number>();
  for (const key of applied) {
    const { nominationId, seq } = split(key);
    latest.set(nominationId, Math.max(seq, latest.get(nominationId) ?? seq));
  }
  return applied
    .filter((key) => {
      const { nominationId, seq } = split(key);
      return latest.get(nominationId) === seq;
    })
    .slice(-APPLIED_KEPT);
}

export interface SummaryDocument {
  _id: string;
  year: number;
  unitId: string;
  shard: number;
  total: number;
  c: Partial<Record<string, Record<string, Record<string, number>>>>;
  /** A unit's pipeline document only: by year, `open.<stage>`, `received.<week>`, … */
  y?: Record<string, Partial<Record<string, Record<string, number>>>>;
  applied: string[];
  v: number;
}

/**
 * Applies step `key` (`<nominationId>:<seq>`) of a nomination to the summary: takes `from`
 * out and puts `to` in (with the pipeline positions before and after the step), each document
 * once, whatever the number of attempts — the `$inc` is
 * conditional on the key not being among the document's applied ones, and records it in the
 * same single-document update. Run on every attempt of the step after the nomination's own
 * write, so a crash between the two loses nothing.
 */
export async function applyToSummary(
  nominationId: string,
  key: string,
  from: StatisticsEntry | null | undefined,
  to: StatisticsEntry | null | undefined,
  positions: PositionChange = {},
): Promise<void> {
  const collection = StatisticsSummaryModel.collection;
  // Each document on its own (the year's and the unit's pipeline one), so both at once.
  const apply = async (change: SummaryChange) => {
    const { _id } = change;
    const update = {
      $inc: { ...change.inc, v: 1 },
      $push: { applied: key },
      $setOnInsert: change.fields,
    };
    const filter = { _id, applied: { $ne: key } };
    let after: SummaryDocument | null;
    try {
      after = (await collection.findOneAndUpdate(filter as never, update as never, {
        upsert: true,
        returnDocument: 'after',
      })) as SummaryDocument | null;
    } catch (error) {
      // The document exists and has the key (or was created by another step just now).
      if (!isDuplicateKey(error)) throw error;
      after = (await collection.findOneAndUpdate(filter as never, update as never, {
        returnDocument: 'after',
      })) as SummaryDocument | null;
    }
    if (after && after.applied.length > 2 * APPLIED_KEPT) {
      // Only if nothing changed since: a concurrent step's key must not be cut.
      await collection.updateOne({ _id, v: after.v } as never, {
        $set: { applied: appliedKept(after.applied) },
      });
    }
  };
  await Promise.all(summaryChanges(nominationId, from, to, positions).map(apply));
}

/**
 * Counts many nominations at once, as their steps would have left the summaries (for bulk
 * loads such as the scale benchmark): `add` each nomination's entry and pipeline position,
 * then `write` adds the sums to the documents, each remembering the last steps it took as a
 * busy one would.
 */
export function summaryLoader() {
  const documents = new Map<string, SummaryChange & { applied: string[] }>();
  return {
    add(
      nominationId: string,
      entry: StatisticsEntry,
      seq: number,
      positionPaths?: readonly string[],
    ): void {
      for (const change of summaryChanges(nominationId, null, entry, { to: positionPaths })) {
        const { _id } = change;
        const sum = documents.get(_id) ?? { ...change, inc: {}, applied: [] };
        for (const [path, value] of Object.entries(change.inc)) {
          sum.inc[path] = (sum.inc[path] ?? 0) + value;
        }
        sum.applied = [...sum.applied.slice(1 - 2 * APPLIED_KEPT), `${nominationId}:${seq}`];
        documents.set(_id, sum);
      }
    },
    async write(): Promise<void> {
      for (const [_id, { fields, inc, applied }] of documents) {
        await StatisticsSummaryModel.collection.updateOne(
          { _id } as never,
          { $inc: { ...inc, v: 1 }, $set: { applied }, $setOnInsert: fields },
          { upsert: true },
        );
      }
    },
  };
}
