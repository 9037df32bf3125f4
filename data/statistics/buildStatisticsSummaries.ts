import { randomUUID } from 'node:crypto';
import { Schema, model } from 'mongoose';
import type { Logger } from 'pino';
import { isDuplicateKey } from '../duplicateKey';
import { repairStatistics } from './recountStatistics';

/**
 * Who builds the statistics summaries of data from before them, and whether it is done: one
 * document, `_id` `BUILD`. Inserting it is the claim (unique `_id`); `leaseUntil`, renewed
 * while building, lets another process take over from one that died.
 */
const statisticsBuildSchema = new Schema(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: ['building', 'built'], required: true },
    holder: { type: String, required: true },
    leaseUntil: { type: Date },
    counted: { type: Number },
  },
  { timestamps: true, versionKey: false },
);
export const StatisticsBuildModel = model(
  'StatisticsBuild',
  statisticsBuildSchema,
  'statistics_builds',
);

/** Named after what it counts: a database built before the pipeline's counts (`p`) builds again. */
export const BUILD = 'summaries+pipeline';
const LEASE_MS = 60_000;

/** Claims the build: the first to insert the claim, or the first to take over an expired one. */
async function claim(holder: string): Promise<'claimed' | 'built' | 'held'> {
  const state = await StatisticsBuildModel.findById(BUILD).lean();
  if (state?.status === 'built') return 'built';
  const leaseUntil = new Date(Date.now() + LEASE_MS);
  if (!state) {
    try {
      await StatisticsBuildModel.create({ _id: BUILD, status: 'building', holder, leaseUntil });
      return 'claimed';
    } catch (error) {
      if (isDuplicateKey(error)) return 'held';
      throw error;
    }
  }
  if (state.leaseUntil && state.leaseUntil.getTime() > Date.now()) return 'held';
  const taken = await StatisticsBuildModel.updateOne(
    { _id: BUILD, status: 'building', holder: state.holder, leaseUntil: state.leaseUntil },
    { $set: { holder, leaseUntil } },
  );
  return taken.matchedCount === 1 ? 'claimed' : 'held';
}

/**
 * Start-up migration: counts every nomination stored before the statistics summaries
 * (data/statistics) into them, once. One process builds (the claim above) while the others
 * wait for it, so no step is recorded in a summary being built; a build cut short is taken
 * over after its lease and starts again (rewriting entries and summaries is idempotent).
 * Nominations get their entry (`statistics`, from the record and the person's), then every
 * summary document the sum of its entries and of their pipeline positions.
 */
export async function buildStatisticsSummaries(log: Logger): Promise<void> {
  const holder = randomUUID();
  let waited = false;
  for (;;) {
    const outcome = await claim(holder);
    if (outcome === 'built') return;
    if (outcome === 'claimed') break;
    if (!waited) log.info('statistics: another process is building the summaries; waiting');
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  log.info('statistics: counting the stored nominations into per-year summaries (once)');
  const renew = setInterval(() => {
    StatisticsBuildModel.updateOne(
      { _id: BUILD, holder },
      { $set: { leaseUntil: new Date(Date.now() + LEASE_MS) } },
    ).catch(() => undefined);
  }, LEASE_MS / 3);
  try {
    const { found, remaining } = await repairStatistics();
    if (remaining.length > 0) {
      throw new Error(`statistics summaries still differ from the records: ${remaining.length}`);
    }
    await StatisticsBuildModel.updateOne(
      { _id: BUILD, holder },
      { $set: { status: 'built', counted: found.checked }, $unset: { leaseUntil: 1 } },
    );
    log.info(
      {
        nominations: found.checked,
        entriesWritten: found.nominations.length,
        summariesWritten: found.summaries.length,
      },
      'statistics: summaries built',
    );
  } finally {
    clearInterval(renew);
  }
}
