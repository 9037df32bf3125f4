import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { isFinalStage, type Stage } from '../../domain/process/stages';
import type { BucketProjection, Placement } from './bucketProjection';

/** A reminder or escalation sent in the current stay. */
export interface SentAlert {
  kind: string;
  toRole: string;
  /** ISO instant. */
  at: string;
  manual: boolean;
}

/**
 * One open nomination on the secretariat's desk: what the stalled list filters and ranks
 * by, and everything its row shows, so a page never reads the nominations.
 */
export interface DeskEntry {
  id: string;
  /** The nomination's human number. */
  number?: string;
  unitId: string;
  awardCode: string;
  year: number;
  kind: string;
  nominee: { kind: string; name: string };
  stage: Stage;
  holderRole?: string;
  /** Vietnam date the current stage was entered. */
  enteredOn: IsoDate;
  dueOn?: IsoDate;
  /** Whom the secretariat assigned the dossier to in this stay. */
  assignee?: string;
  remindersSent: SentAlert[];
  /** The nomination's last recorded step (for a desk action's stale-view check). */
  seq: number;
}

/** What of a nomination the desk's projection is derived from. */
export interface DeskSource {
  _id: string;
  number?: string | null;
  unitId: string;
  awardCode: string;
  year: number;
  kind?: string | null;
  nominee: { kind: string; name: string };
  stage: Stage;
  holderRole?: string | null;
  dueOn?: string | null;
  lastSeq?: number | null;
  alerts?: readonly { key: string; kind: string; toRole: string; stage: string; at: Date }[];
  history: readonly {
    at: Date;
    stage: Stage;
    action?: string;
    detail?: { vi?: string | null } | null;
  }[];
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
  // Open nominations only: a small collection, whatever FerretDB's planner does with a lookup.
  bucketCollection: () => 'desk_days',
  movable: true,
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

/** The first timeline entry of the current stay (the last run of entries in the stage). */
function stayStart(source: DeskSource): number {
  let start = source.history.length;
  while (start > 0 && source.history[start - 1]!.stage === source.stage) start -= 1;
  return start;
}

/** Where an open nomination sits on the desk; undefined for a draft or a closed one. */
export function deskPlacement(source: DeskSource): Placement<DeskEntry> | undefined {
  if (source.stage === 'draft' || isFinalStage(source.stage)) return undefined;
  const stay = source.history.slice(stayStart(source));
  const enteredAt = stay[0]?.at;
  const entered = vietnamDateOf((enteredAt ?? new Date()).getTime());
  const dueOn = (source.dueOn ?? undefined) as IsoDate | undefined;
  const assigned = [...stay].reverse().find((h) => h.action === 'reassigned');
  const assignee = assigned?.detail?.vi?.replace(/^Giao xử lý: /, '');
  return {
    directory: DESK_DIRECTORY,
    bucket: dueOn ? dueBucket(dueOn) : waitingBucket(entered),
    entry: {
      id: source._id,
      ...(source.number && { number: source.number }),
      unitId: source.unitId,
      awardCode: source.awardCode,
      year: source.year,
      kind: source.kind ?? 'merit',
      nominee: { kind: source.nominee.kind, name: source.nominee.name },
      stage: source.stage,
      ...(source.holderRole && { holderRole: source.holderRole }),
      enteredOn: entered,
      ...(dueOn && { dueOn }),
      ...(assignee && { assignee }),
      remindersSent: (source.alerts ?? [])
        .filter((a) => a.stage === source.stage && (!enteredAt || a.at >= enteredAt))
        .map((a) => ({
          kind: a.kind,
          toRole: a.toRole,
          at: a.at.toISOString(),
          manual: a.key.includes(':manual'),
        })),
      seq: source.lastSeq ?? 0,
    },
  };
}
