import type { Stage } from '../../domain/process/stages';
import type { BucketProjection, Placement } from './bucketProjection';

/** One nomination on its unit's roster: what the unit's dossier list filters and orders by. */
export interface RosterEntry {
  id: string;
  /** ISO instant; the list is newest first (or oldest first). */
  createdAt: string;
  stage: Stage;
  year: number;
}

export interface RosterSource {
  _id: string;
  unitId: string;
  stage: Stage;
  year: number;
  createdAt?: Date | null;
}

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

/** Every filter of the list has its count key, so every total is a sum over the directory. */
export const rosterProjection: BucketProjection<RosterEntry> = {
  collection: 'unit_rosters',
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
  return {
    directory: source.unitId,
    bucket: rosterBucket(createdAt),
    entry: { id: source._id, createdAt, stage: source.stage, year: source.year },
  };
}
