import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { isFinalStage, type Stage } from '../../domain/process/stages';
import type { BucketProjection, Placement } from './bucketProjection';

/** One open nomination on the secretariat's desk: what the stalled list filters and ranks by. */
export interface DeskEntry {
  id: string;
  unitId: string;
  awardCode: string;
  year: number;
  stage: Stage;
  holderRole?: string;
  /** Vietnam date the current stage was entered. */
  enteredOn: IsoDate;
  dueOn?: IsoDate;
}

/** What of a nomination the desk's projection is derived from. */
export interface DeskSource {
  _id: string;
  unitId: string;
  awardCode: string;
  year: number;
  stage: Stage;
  holderRole?: string | null;
  dueOn?: string | null;
  history: readonly { at: Date; stage: Stage }[];
}

/** The desk's only list: every open nomination, in one directory. */
export const DESK_DIRECTORY = 'open';

/**
 * Buckets, walked in this order: `due:<date>` per due date (late first, then fewest days
 * left), then `waiting:<date>` per day a deadline-less stage was entered (longest waiting
 * first). ISO dates sort as strings, and `due:` before `waiting:`.
 */
export const dueBucket = (dueOn: IsoDate) => `due:${dueOn}`;
export const waitingBucket = (enteredOn: IsoDate) => `waiting:${enteredOn}`;
export const bucketDay = (bucket: string) => bucket.slice(bucket.indexOf(':') + 1) as IsoDate;
export const isDueBucket = (bucket: string) => bucket.startsWith('due:');

/** The filters of the stalled list, in the order their count key names them. */
export const DESK_FILTERS = ['unitId', 'awardCode', 'year', 'stage', 'holderRole'] as const;
export type DeskFilter = Partial<{
  unitId: string;
  awardCode: string;
  year: number;
  stage: Stage;
  holderRole: string;
}>;

export const deskProjection: BucketProjection<DeskEntry> = {
  collection: 'desk_days',
  // Totals of the unfiltered list and of any single filter come from the directory; a
  // combination of filters is counted by reading its buckets.
  countKeys: (e) => [
    'all',
    ...DESK_FILTERS.flatMap((f) => (e[f] === undefined ? [] : [`${f}=${e[f]}`])),
  ],
};

/** The directory key that counts the entries `filter` keeps, if there is one. */
export function deskCountKey(filter: DeskFilter): string | undefined {
  const used = DESK_FILTERS.filter((f) => filter[f] !== undefined);
  if (used.length === 0) return 'all';
  return used.length === 1 ? `${used[0]}=${filter[used[0]!]}` : undefined;
}

export function matchesDesk(entry: DeskEntry, filter: DeskFilter): boolean {
  return DESK_FILTERS.every((f) => filter[f] === undefined || entry[f] === filter[f]);
}

/** The day the current stage was entered: the first entry of the last run of that stage. */
function enteredOn(source: DeskSource): IsoDate | undefined {
  let entered: Date | undefined;
  for (let i = source.history.length - 1; i >= 0; i -= 1) {
    const entry = source.history[i]!;
    if (entry.stage !== source.stage) break;
    entered = entry.at;
  }
  return entered && vietnamDateOf(entered.getTime());
}

/** Where an open nomination sits on the desk; undefined for a draft or a closed one. */
export function deskPlacement(source: DeskSource): Placement<DeskEntry> | undefined {
  if (source.stage === 'draft' || isFinalStage(source.stage)) return undefined;
  const entered = enteredOn(source) ?? vietnamDateOf(Date.now());
  const dueOn = (source.dueOn ?? undefined) as IsoDate | undefined;
  return {
    directory: DESK_DIRECTORY,
    bucket: dueOn ? dueBucket(dueOn) : waitingBucket(entered),
    entry: {
      id: source._id,
      unitId: source.unitId,
      awardCode: source.awardCode,
      year: source.year,
      stage: source.stage,
      ...(source.holderRole && { holderRole: source.holderRole }),
      enteredOn: entered,
      ...(dueOn && { dueOn }),
    },
  };
}
