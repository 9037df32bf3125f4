import type { Stage } from '../../domain/process/stages';
import { PersonModel } from '../history/personModel';
import { NominationModel } from '../nomination/nominationModel';
import {
  entryOf,
  outcomeOf,
  personToLookUp,
  sameKeys,
  wholeEntry,
  type CountedNomination,
  type PersonFacts,
  type PositionChange,
  type StatisticsEntry,
} from './statisticsEntry';
import { applyToSummary } from './statisticsSummaryModel';

interface StatisticsState {
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
 * The entry counted before step `seq` of `nomination`, as read. Read before the step's write
 * (`previousStage` undefined), it is `statistics.counted`. Read after it (a retry), the step's
 * own update has already set `counted.outcome` to the new stage's, so the outcome before is
 * recovered from the step itself (`previousStage`, from the timeline); an entry the step
 * rewrote whole (`seq`) keeps the one before as `previous`. One the step's update began
 * (no year: never counted whole) is none.
 */
function countedBefore(
  stored: StatisticsState | null | undefined,
  seq: number,
  previousStage: Stage | undefined,
): StatisticsEntry | undefined {
  const counted = wholeEntry(stored?.counted);
  if (previousStage === undefined) return counted;
  if (stored?.seq === seq) return stored.previous ?? undefined;
  return counted && { ...counted, outcome: outcomeOf(previousStage) };
}

/**
 * Counts step `seq` (which moved `nomination` to `stage`, already recorded) in the statistics
 * summary, with the step's move in the pipeline (`positions`, before and after). The step's
 * own update of the nomination sets the counted outcome (`statistics.counted.outcome`); only
 * when the rest of what it counts as changes (it is submitted, or resubmitted with another
 * nominee, award or year) does the nomination record the whole entry, and the one before,
 * first (`statistics`, one conditional update). Then the summary's documents take the
 * difference, each once (`applyToSummary`), the positions counted where the entries are.
 * Every attempt of the step runs it: `nomination` is read before the step's write on the
 * first attempt, after it (`previousStage` given) on a retry. Reads the person only when the
 * nominee is new to the statistics.
 */
export async function countStep(
  nomination: NominationToCount,
  seq: number,
  stage: Stage,
  positions: PositionChange,
  previousStage?: Stage,
): Promise<void> {
  const key = `${nomination._id}:${seq}`;
  const stored = nomination.statistics;
  const previous = countedBefore(stored, seq, previousStage);
  if (stored?.seq === seq && previousStage !== undefined) {
    await applyToSummary(nomination._id, key, previous, stored.counted, positions);
    return;
  }
  const counted = entryOf(nomination, stage, await personFor(nomination));
  if (sameKeys(previous, counted)) {
    await applyToSummary(nomination._id, key, previous, counted, positions);
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
