import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { stageStays } from '../../domain/desk/projection';
import { isFinalStage, type Stage } from '../../domain/process/stages';
import { NominationModel } from '../nomination/nominationModel';

/** How many of the most recently changed nominations the desk learns stage durations from. */
export const STAY_SAMPLE = 500;

export interface CompletedStay {
  enteredOn: IsoDate;
  leftOn: IsoDate;
}

/**
 * The completed stays, per stage, on the timelines of the `STAY_SAMPLE` most recently changed
 * nominations: one read down the `updatedAt` index, nothing written. Every step changes its
 * nomination, so these are the dossiers that moved last, and their stays the latest.
 */
export async function readCompletedStays(): Promise<Partial<Record<Stage, CompletedStay[]>>> {
  const recent = await NominationModel.find(
    // A range, so that the build reads the index in order (scripts/ferretdb/patches/0007).
    { updatedAt: { $gte: new Date(0) } },
    { 'history.at': 1, 'history.stage': 1 },
  )
    .sort({ updatedAt: -1 })
    .limit(STAY_SAMPLE)
    .lean<{ history: { at: Date; stage: Stage }[] }[]>();
  const byStage: Partial<Record<Stage, CompletedStay[]>> = {};
  for (const { history } of recent) {
    const entries = history.map((h) => ({ stage: h.stage, on: vietnamDateOf(h.at.getTime()) }));
    for (const { stage, enteredOn, leftOn } of stageStays(entries)) {
      if (!leftOn || isFinalStage(stage)) continue;
      (byStage[stage] ??= []).push({ enteredOn, leftOn });
    }
  }
  return byStage;
}
