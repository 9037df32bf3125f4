import type { Stage } from '../../domain/process/stages';
import { PersonModel } from '../history/personModel';
import { NominationModel } from '../nomination/nominationModel';
import {
  entryOf,
  personToLookUp,
  sameEntry,
  type CountedNomination,
  type PersonFacts,
  type PositionChange,
  type StatisticsEntry,
} from './statisticsEntry';
import { applyToSummary } from './statisticsSummaryModel';

export interface StatisticsState {
  seq: number;
  counted: StatisticsEntry;
  previous?: StatisticsEntry | null;
}

export type NominationToCount = CountedNomination & {
  _id: string;
  statistics?: StatisticsState | null;
};

/** The record of the nominee's person, for gender and ethnicity, when it must be read. */
export async function personFor(
  nomination: CountedNomination,
): Promise<PersonFacts | null | undefined> {
  const personId = personToLookUp(nomination);
  return personId
    ? PersonModel.findById(personId, { gender: 1, ethnicityCode: 1 }).lean()
    : undefined;
}

/**
 * Counts step `seq` (which moved `nomination` to `stage`, already recorded) in the statistics
 * summary, with the step's move in the pipeline (`positions`, before and after). When what
 * the nomination counts as changes (it is submitted, decided, revoked, or resubmitted with
 * other content), the nomination records it first (`statistics`, one conditional update);
 * then the summary's documents take the difference, each once (`applyToSummary`), the
 * positions counted where the entries are (the entry before the step and after it; the same
 * when it did not change). Every attempt of the step runs it: an attempt that finds the
 * step's `statistics` already written finishes the increments from it. Reads the person only
 * when the nominee is new to the statistics.
 */
export async function countStep(
  nomination: NominationToCount,
  seq: number,
  stage: Stage,
  positions: PositionChange,
): Promise<void> {
  const key = `${nomination._id}:${seq}`;
  const stored = nomination.statistics;
  if (stored?.seq === seq) {
    await applyToSummary(nomination._id, key, stored.previous, stored.counted, positions);
    return;
  }
  const counted = entryOf(nomination, stage, await personFor(nomination));
  const previous = stored?.counted;
  if (sameEntry(previous, counted)) {
    await applyToSummary(nomination._id, key, previous, previous, positions);
    return;
  }
  const written = await NominationModel.updateOne(
    { _id: nomination._id, lastSeq: seq, 'statistics.seq': { $ne: seq } },
    { $set: { statistics: { seq, counted, ...(previous && { previous }) } } },
  );
  if (written.matchedCount === 1) {
    await applyToSummary(nomination._id, key, previous, counted, positions);
    return;
  }
  // Another attempt of this step wrote it first: finish from what it wrote.
  const current = await NominationModel.findById(nomination._id, { statistics: 1 }).lean();
  const state = current?.statistics as StatisticsState | null | undefined;
  if (state?.seq === seq) {
    await applyToSummary(nomination._id, key, state.previous, state.counted, positions);
  }
}
