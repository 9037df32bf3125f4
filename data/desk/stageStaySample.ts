import mongoose from 'mongoose';
import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { STAGES, isFinalStage, type Stage } from '../../domain/process/stages';
import { withDocumentLock } from '../documentLock';
import { WriteCombiner } from '../writeCombiner';

/** How many of the most recent completed stays per stage the desk learns durations from. */
export const STAY_SAMPLE = 500;
const COLLECTION = 'desk_days';
/** Stages a nomination can leave (a final stage has no completed stay). */
const LEFT_STAGES = STAGES.filter((s) => !isFinalStage(s));

export interface CompletedStay {
  /** `<nominationId>:<seq of the entry that entered the stage>`: recorded once. */
  key: string;
  enteredOn: IsoDate;
  leftOn: IsoDate;
}
interface StayDoc {
  _id: string;
  stays: CompletedStay[];
}

function stays() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected to the database');
  return db.collection<StayDoc>(COLLECTION);
}

/** The stay the nomination's last stage change ended, if its last entry changed the stage. */
export function lastCompletedStay(
  nominationId: string,
  history: readonly { seq: number; at: Date; stage: Stage }[],
): { stage: Stage; stay: CompletedStay } | undefined {
  const last = history.length - 1;
  if (last < 1 || history[last]!.stage === history[last - 1]!.stage) return undefined;
  const stage = history[last - 1]!.stage;
  let first = last - 1;
  while (first > 0 && history[first - 1]!.stage === stage) first -= 1;
  const day = (at: Date) => vietnamDateOf(at.getTime());
  return {
    stage,
    stay: {
      key: `${nominationId}:${history[first]!.seq}`,
      enteredOn: day(history[first]!.at),
      leftOn: day(history[last]!.at),
    },
  };
}

/**
 * Adds completed stays to a stage's sample doc (each once), keeping the most recent ones.
 * Every nomination leaving a stage writes that stage's one document, so concurrent writes
 * in this process go together.
 */
const sampleWrites = new WriteCombiner<CompletedStay>(async (_id, added) => {
  const isNew = (current: readonly CompletedStay[]) =>
    added.filter(
      (stay, i) =>
        !current.some((s) => s.key === stay.key) &&
        added.findIndex((s) => s.key === stay.key) === i,
    );
  await withDocumentLock(`${COLLECTION}:${_id}`, async () => {
    const current = (await stays().findOne({ _id }))?.stays ?? [];
    const fresh = isNew(current);
    if (fresh.length === 0) return;
    const kept = [...current, ...fresh]
      .sort((a, b) => (a.leftOn < b.leftOn ? -1 : a.leftOn > b.leftOn ? 1 : 0))
      .slice(-STAY_SAMPLE);
    await stays().replaceOne({ _id }, { stays: kept }, { upsert: true });
  });
});

/** Adds a completed stay to its stage's sample (once), keeping the most recent ones. */
export function recordCompletedStay(stage: Stage, stay: CompletedStay): Promise<void> {
  return sampleWrites.write(`stays:${stage}`, stay);
}

/** The sampled completed stays of every stage, one `_id` read per stage. */
export async function readCompletedStays(): Promise<Partial<Record<Stage, CompletedStay[]>>> {
  const docs = await Promise.all(LEFT_STAGES.map((s) => stays().findOne({ _id: `stays:${s}` })));
  return Object.fromEntries(
    LEFT_STAGES.flatMap((stage, i) => (docs[i] ? [[stage, docs[i].stays]] : [])),
  );
}
