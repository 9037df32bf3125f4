import type { AwardCode } from '../catalogue/awardCodes';
import {
  addDays,
  endOfYear,
  fullMonthsBetween,
  overlapDays,
  parseIsoDate,
  rangeContains,
  startOfYear,
  yearOf,
  type IsoDateText as IsoDate,
} from '../calendar/isoDate';
import type { EvaluationGrade } from '../ruleSets/scales';
import type {
  AwardRecord,
  Hold,
  Initiative,
  InitiativeUse,
  NomineeHistory,
  SubjectHistory,
} from './history';

/** Small, pure queries over a history, shared by the award rules. */

export function gradeFor(history: NomineeHistory, year: number): EvaluationGrade | undefined {
  return history.evaluations.find((e) => e.year === year)?.grade;
}

/** Awards of a code that still stand (not revoked), optionally merit-based only. */
export function awardsOf(
  history: SubjectHistory,
  code: AwardCode,
  options: { meritOnly?: boolean } = {},
): AwardRecord[] {
  return history.awards.filter(
    (a) => a.code === code && !a.revoked && (!options.meritOnly || a.basis === 'merit'),
  );
}

export function yearsOf(records: readonly AwardRecord[]): number[] {
  return [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
}

/** The years in [from, to] missing from `years` (a gap breaks a consecutive chain). */
export function missingYears(years: readonly number[], from: number, to: number): number[] {
  const have = new Set(years);
  const missing: number[] = [];
  for (let y = from; y <= to; y += 1) if (!have.has(y)) missing.push(y);
  return missing;
}

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y += 1) out.push(y);
  return out;
}

/**
 * The years of `years` the history says nothing about: the person was in service, yet no
 * evaluation and no award is recorded for them. A title missing in such a year is unknown
 * (the history may simply not reach back that far), not absent.
 */
export function unrecordedYears(history: NomineeHistory, years: readonly number[]): number[] {
  const recruited = yearOf(history.person.recruitmentDate);
  return years.filter(
    (y) =>
      y >= recruited &&
      !history.evaluations.some((e) => e.year === y) &&
      !history.awards.some((a) => a.year === y),
  );
}

/** Holds open on `asOf` (inclusive). */
export function activeHolds(history: SubjectHistory, asOf: IsoDate): Hold[] {
  return history.holds.filter((h) => rangeContains({ from: h.from, to: h.to ?? null }, asOf));
}

/**
 * Start of the continuous employment that runs to the latest contract: a change of contract
 * type at the same agency does not restart the clock (a gap of more than one day does).
 */
export function effectiveRecruitmentDate(history: NomineeHistory): {
  date: IsoDate;
  contracts: number;
} {
  const periods = [...(history.employment ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1));
  if (periods.length === 0) return { date: history.person.recruitmentDate, contracts: 1 };
  let start = periods[periods.length - 1].from;
  let contracts = 1;
  for (let i = periods.length - 2; i >= 0; i -= 1) {
    const end = periods[i].to;
    if (end == null || addDays(parseIsoDate(end), 1) >= start) {
      start = periods[i].from;
      contracts += 1;
    } else break;
  }
  return { date: start, contracts };
}

/** Unused initiatives (or research) of a kind recognised in [fromYear, toYear] at one of `scopes`. */
export function initiativesIn(
  history: NomineeHistory,
  filter: {
    kinds: readonly Initiative['kind'][];
    fromYear: number;
    toYear: number;
    scopes: readonly Initiative['scope'][];
  },
): Initiative[] {
  return history.initiatives.filter(
    (i) =>
      filter.kinds.includes(i.kind) &&
      i.year >= filter.fromYear &&
      i.year <= filter.toYear &&
      filter.scopes.includes(i.scope),
  );
}

export function usedFor(initiative: Initiative, award: AwardCode, exceptYear?: number): boolean {
  return initiative.usedFor.some((u) => u.award === award && u.year !== exceptYear);
}

/** How an initiative served a CSTĐCS, as far as the Minister's Certificate is concerned. */
export type CstdcsReuse =
  /** On "good completion + initiative": recorded so, or the grade of that year shows it. */
  | { kind: 'good_completion'; use: InitiativeUse; grade: EvaluationGrade | null }
  /** The record names no path and there is no grade for that year to tell. */
  | { kind: 'unclear'; use: InitiativeUse };

/**
 * Whether an initiative already served a CSTĐCS on the "good completion + initiative" path
 * (1168/BNV-BTĐKT). A use that names no path (an imported "CSTDCS/2024") is read from the
 * grade of its year (Law Art. 23): below excellent, the initiative is what earned the title;
 * excellent, the title rests on excellence. Research and wit in combat serve other paths.
 */
export function cstdcsReuse(history: NomineeHistory, initiative: Initiative): CstdcsReuse | null {
  let unclear: CstdcsReuse | null = null;
  for (const use of initiative.usedFor) {
    if (use.award !== 'CSTDCS') continue;
    if (use.path !== undefined) {
      if (use.path === 'good_completion_initiative') {
        return { kind: 'good_completion', use, grade: null };
      }
      continue;
    }
    if (initiative.kind !== 'initiative') continue;
    const grade = gradeFor(history, use.year);
    if (grade === undefined) unclear ??= { kind: 'unclear', use };
    else if (grade !== 'excellent') return { kind: 'good_completion', use, grade };
  }
  return unclear;
}

/** Unit assignments overlapping a year, oldest first, with whole months spent there that year. */
export function assignmentsInYear(
  history: NomineeHistory,
  year: number,
): {
  unitId: string;
  months: number;
  days: number;
  oldUnitCommentsProvided?: boolean;
  to: IsoDate | null;
}[] {
  const window = { from: startOfYear(year), to: endOfYear(year) };
  return [...history.units]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((u) => {
      const days = overlapDays({ from: u.from, to: u.to ?? null }, window);
      const from = u.from > window.from ? u.from : window.from;
      const last = u.to != null && u.to < window.to ? u.to : window.to;
      return {
        unitId: u.unitId,
        days,
        months: days > 0 ? fullMonthsBetween(from, addDays(parseIsoDate(last), 1)) : 0,
        oldUnitCommentsProvided: u.oldUnitCommentsProvided,
        to: u.to ?? null,
      };
    })
    .filter((u) => u.days > 0);
}

export function calendarDaysInYear(from: IsoDate, to: IsoDate, year: number): number {
  return overlapDays({ from, to }, { from: startOfYear(year), to: endOfYear(year) });
}
