import { ethnicGroupByCode } from '../../domain/people/ethnicGroups';
import type { Stage } from '../../domain/process/stages';

/** Where a submitted nomination stands in the statistics (domain.md §9). */
export const OUTCOMES = ['awarded', 'notAwarded', 'inProgress', 'revoked'] as const;
type Outcome = (typeof OUTCOMES)[number];

export function outcomeOf(stage: Stage): Outcome {
  if (stage === 'approved') return 'awarded';
  if (stage === 'revoked') return 'revoked';
  if (stage === 'rejected' || stage === 'withdrawn' || stage === 'cancelled') return 'notAwarded';
  return 'inProgress';
}

/** Dimensions a summary document counts; the unit is the document's own. */
export const COUNTED_DIMENSIONS = ['award', 'kind', 'gender', 'ethnicity'] as const;
export type CountedDimension = (typeof COUNTED_DIMENSIONS)[number];

/** Gender and ethnicity keys of a collective nominee, and of a person with no record. */
export const COLLECTIVE_KEY = 'collective';
export const UNKNOWN_KEY = 'unknown';

/**
 * What the summary counts for one nomination: the keys of each dimension and its outcome.
 * The nomination carries it (`statistics.counted`), so a later step knows what to take away.
 */
export interface StatisticsEntry {
  year: number;
  unitId: string;
  awardCode: string;
  kind: string;
  gender: string;
  ethnicity: string;
  outcome: Outcome;
  /** The person whose gender and ethnicity were looked up, if any. */
  personId?: string;
}

/** What of a nomination its entry is made of. */
export interface CountedNomination {
  year: number;
  unitId: string;
  awardCode: string;
  kind?: string | null;
  nominee: { kind: string; personId?: string | null };
  statistics?: { counted?: StatisticsEntry | null } | null;
}

export interface PersonFacts {
  gender: string;
  ethnicityCode: string;
}

type NomineeKeys = Pick<StatisticsEntry, 'gender' | 'ethnicity' | 'personId'>;

/**
 * The entry counted, if it was ever counted whole: a step's own update sets the outcome alone
 * (recordTransition), so before the first count finishes only `outcome` may be there.
 */
export function wholeEntry(
  counted: StatisticsEntry | null | undefined,
): StatisticsEntry | undefined {
  return counted?.year === undefined ? undefined : counted;
}

/**
 * The nominee's gender and ethnicity keys already counted, when the nominee is still the same
 * (so a person's record edited after submission does not move the dossier between rows);
 * undefined when they must be looked up (first count, or another nominee after a return).
 */
function countedNomineeKeys(nomination: CountedNomination): NomineeKeys | undefined {
  const counted = wholeEntry(nomination.statistics?.counted);
  if (!counted) return undefined;
  const collective = nomination.nominee.kind === 'collective';
  if ((counted.gender === COLLECTIVE_KEY) !== collective) return undefined;
  if ((counted.personId ?? undefined) !== (nomination.nominee.personId ?? undefined)) {
    return undefined;
  }
  return { gender: counted.gender, ethnicity: counted.ethnicity, personId: counted.personId };
}

/** The person to read for `nomination`'s keys, if its counted ones cannot be kept. */
export function personToLookUp(nomination: CountedNomination): string | undefined {
  if (countedNomineeKeys(nomination) || nomination.nominee.kind === 'collective') return undefined;
  return nomination.nominee.personId ?? undefined;
}

/** Gender and ethnicity keys from the nominee and its person's record (if it has one). */
function nomineeKeys(
  nomination: CountedNomination,
  person: PersonFacts | null | undefined,
): NomineeKeys {
  const kept = countedNomineeKeys(nomination);
  if (kept) return kept;
  if (nomination.nominee.kind === 'collective') {
    return { gender: COLLECTIVE_KEY, ethnicity: COLLECTIVE_KEY };
  }
  const personId = nomination.nominee.personId ?? undefined;
  return {
    gender: person?.gender ?? UNKNOWN_KEY,
    ethnicity: (person && ethnicGroupByCode(person.ethnicityCode)?.code) ?? UNKNOWN_KEY,
    ...(personId && { personId }),
  };
}

/** The entry of `nomination` at `stage`. */
export function entryOf(
  nomination: CountedNomination,
  stage: Stage,
  person: PersonFacts | null | undefined,
): StatisticsEntry {
  return {
    year: nomination.year,
    unitId: nomination.unitId,
    awardCode: nomination.awardCode,
    // The schema's default, which lean reads do not fill in (documents written past Mongoose).
    kind: nomination.kind ?? 'merit',
    ...nomineeKeys(nomination, person),
    outcome: outcomeOf(stage),
  };
}

/** Whether `a` counts in the same rows as `b` but for the outcome (a step changes only that). */
export function sameKeys(a: StatisticsEntry | null | undefined, b: StatisticsEntry): boolean {
  return (
    !!a &&
    a.year === b.year &&
    a.unitId === b.unitId &&
    a.awardCode === b.awardCode &&
    a.kind === b.kind &&
    a.gender === b.gender &&
    a.ethnicity === b.ethnicity &&
    (a.personId ?? undefined) === (b.personId ?? undefined)
  );
}

/** The key of `entry` in `dimension`. */
function keyIn(entry: StatisticsEntry, dimension: CountedDimension): string {
  switch (dimension) {
    case 'award':
      return entry.awardCode;
    case 'kind':
      return entry.kind;
    case 'gender':
      return entry.gender;
    case 'ethnicity':
      return entry.ethnicity;
  }
}

export const SHARDS = 4;

/**
 * Which of its (year, unit)'s summary documents counts a nomination: a few per unit, so that
 * a unit's busy day does not make one hot document (FNV-1a of the id, stable everywhere).
 */
export function shardOf(nominationId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < nominationId.length; i++) {
    hash ^= nominationId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}

export function summaryId(year: number, unitId: string, shard: number): string {
  return `${year}:${unitId}:${shard}`;
}

/** A key as a field name: `.` and `$` would be read as a path or an operator. */
export function fieldOf(key: string): string {
  return key.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}

export function keyOf(field: string): string {
  return field.replace(/%(25|2e|24)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** One summary document's change: `$inc` paths and values, and its fields when created. */
export interface SummaryChange {
  _id: string;
  fields: { year: number; unitId: string; shard: number } | { unitId: string };
  inc: Record<string, number>;
}

/** A nomination's pipeline position before and after a step, as paths within its year. */
export interface PositionChange {
  from?: readonly string[];
  to?: readonly string[];
}

/** `_id` of a unit's pipeline document (pipelinePosition.ts): one per unit, every year in it. */
export const pipelineSummaryId = (unitId: string) => `pipeline:${unitId}`;

/**
 * The increments that take `from` out of the summary and put `to` in: per year's document
 * (`<year>:<unit>:<shard>`), `c.<dimension>.<key>.<nominated|outcome>` and `total`; in the
 * unit's pipeline document, `y.<year>.<path>` of `positions` (each where its entry counts).
 * With the same entry on both sides only the position's change is left. Paths that cancel out
 * are left out; a document left with nothing to change is not listed.
 */
export function summaryChanges(
  nominationId: string,
  from: StatisticsEntry | null | undefined,
  to: StatisticsEntry | null | undefined,
  positions: PositionChange = {},
): SummaryChange[] {
  const shard = shardOf(nominationId);
  const changes = new Map<string, SummaryChange>();
  const bump = (_id: string, fields: SummaryChange['fields'], path: string, sign: number) => {
    const change = changes.get(_id) ?? { _id, fields, inc: {} };
    changes.set(_id, change);
    change.inc[path] = (change.inc[path] ?? 0) + sign;
  };
  const add = (entry: StatisticsEntry, sign: number, paths: readonly string[] = []) => {
    const { year, unitId } = entry;
    const id = summaryId(year, unitId, shard);
    const fields = { year, unitId, shard };
    bump(id, fields, 'total', sign);
    for (const dimension of COUNTED_DIMENSIONS) {
      const row = `c.${dimension}.${fieldOf(keyIn(entry, dimension))}`;
      bump(id, fields, `${row}.nominated`, sign);
      bump(id, fields, `${row}.${entry.outcome}`, sign);
    }
    for (const path of paths) {
      bump(pipelineSummaryId(unitId), { unitId }, `y.${year}.${path}`, sign);
    }
  };
  if (from) add(from, -1, positions.from);
  if (to) add(to, +1, positions.to);
  return [...changes.values()]
    .map((change) => ({
      ...change,
      inc: Object.fromEntries(Object.entries(change.inc).filter(([, value]) => value !== 0)),
    }))
    .filter((change) => Object.keys(change.inc).length > 0);
}
