import type { Stage } from '../../domain/process/stages';
import type { BucketProjection, Placement } from './bucketProjection';

/**
 * One nomination on its unit's roster: what the unit's dossier list filters and orders by
 * and what a row of it shows (the dossier itself is `GET /api/nominations/:id`). Not when
 * it was last updated: writes that do not concern the list (appraisal checks) change that.
 */
export interface RosterEntry {
  id: string;
  /** The nomination's human number (none while a draft). */
  number?: string;
  unitId: string;
  nominee: { kind: string; name: string; position?: string };
  awardCode: string;
  kind: string;
  year: number;
  stage: Stage;
  holderRole?: string;
  /** ISO instants. */
  dueAt?: string;
  dueOn?: string;
  overdue: boolean;
  createdAt: string;
}

export interface RosterSource {
  _id: string;
  number?: string | null;
  unitId: string;
  nominee: { kind: string; name: string; position?: string | null };
  awardCode: string;
  kind?: string | null;
  year: number;
  stage: Stage;
  holderRole?: string | null;
  dueAt?: Date | null;
  dueOn?: string | null;
  overdue?: boolean | null;
  createdAt?: Date | null;
}

/** The fields of a nomination a roster entry (and so a row of the list) carries. */
export const ROSTER_FIELDS = {
  number: 1,
  unitId: 1,
  nominee: 1,
  awardCode: 1,
  kind: 1,
  year: 1,
  stage: 1,
  holderRole: 1,
  dueAt: 1,
  dueOn: 1,
  overdue: 1,
  createdAt: 1,
} as const;

/** A unit's roster is its own directory; one bucket per month of creation (UTC), `YYYY-MM`. */
export const rosterBucket = (createdAt: string) => createdAt.slice(0, 7);

export interface RosterFilter {
  stage?: Stage;
  year?: number;
  /** Everything but drafts (what the secretariat may see of a unit). */
  submittedOnly?: boolean;
}

function withYear(key: string, year: number | undefined): string {
  if (year === undefined) return key;
  return key === 'all' ? `year=${year}` : `${key}&year=${year}`;
}

/**
 * Every filter of the list has its count key, so every total is a sum over the directory.
 * The buckets of one unit and year of creation share a collection: where FerretDB scans the
 * table for a lookup, a page costs what a unit makes in a year, not the archive.
 */
export const rosterProjection: BucketProjection<RosterEntry> = {
  collection: 'unit_rosters',
  bucketCollection: (unitId, month) => `unit_rosters_${unitId}_${month.slice(0, 4)}`,
  // A unit and a creation date never change.
  movable: false,
  countKeys: (e) => {
    const keys = ['all', `stage=${e.stage}`];
    if (e.stage !== 'draft') keys.push('submitted');
    return [...keys, ...keys.map((k) => withYear(k, e.year))];
  },
};

export function rosterCountKey(filter: RosterFilter): string {
  const base = filter.stage ? `stage=${filter.stage}` : filter.submittedOnly ? 'submitted' : 'all';
  return withYear(base, filter.year);
}

export function matchesRoster(entry: RosterEntry, filter: RosterFilter): boolean {
  return (
    (filter.stage === undefined || entry.stage === filter.stage) &&
    (filter.year === undefined || entry.year === filter.year) &&
    (!filter.submittedOnly || entry.stage !== 'draft')
  );
}

export function rosterPlacement(source: RosterSource): Placement<RosterEntry> {
  const createdAt = (source.createdAt ?? new Date(0)).toISOString();
  const { kind, name, position } = source.nominee;
  return {
    directory: source.unitId,
    bucket: rosterBucket(createdAt),
    entry: {
      id: source._id,
      ...(source.number && { number: source.number }),
      unitId: source.unitId,
      nominee: { kind, name, ...(position && { position }) },
      awardCode: source.awardCode,
      kind: source.kind ?? 'merit',
      year: source.year,
      stage: source.stage,
      ...(source.holderRole && { holderRole: source.holderRole }),
      ...(source.dueAt && { dueAt: source.dueAt.toISOString() }),
      ...(source.dueOn && { dueOn: source.dueOn }),
      overdue: source.overdue ?? false,
      createdAt,
    },
  };
}

/** A row of the unit's dossier list, shaped as the nomination (`_id`, not `id`). */
export function rosterRow({ id, ...rest }: RosterEntry) {
  return { _id: id, ...rest };
}
