import {
  addWorkingDays,
  vietnamDateOf,
  workingDaysBetween,
  type IsoDate,
  type WorkingCalendar,
} from '../../domain/calendar';
import {
  median,
  project,
  weekStart,
  type OpenNominationFacts,
  type Projection,
  type StageDurations,
} from '../../domain/desk/projection';
import type { Actor } from '../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import { OPEN, dueBefore } from '../../data/desk/deskKey';
import { countOnDesk } from '../../data/desk/countOnDesk';
import { openOnDesk } from '../../data/desk/openOnDesk';
import { STAY_SAMPLE, readCompletedStays } from '../../data/desk/stageStaySample';
import { PAGES_COUNTED, countUpTo } from '../../data/nomination/countUpTo';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { readPipelineCounts } from '../../data/statistics/pipelinePosition';
import { requireDeskReader } from './deskAccess';
import { currentWorkingCalendar } from '../../data/calendar/workingCalendarInForce';
import type { StalledQuery } from './deskSchemas';

/** Past this many working days left, nothing is at risk by the planned-pace fallback. */
const PLANNED_PACE_HORIZON = 60;
const DURATION_CACHE_MS = 5 * 60_000;

const dayOf = (at: Date): IsoDate => vietnamDateOf(at.getTime());

/** What of a nomination a row of the desk shows and judges. */
const DESK_FIELDS = {
  number: 1,
  unitId: 1,
  awardCode: 1,
  year: 1,
  kind: 1,
  nominee: 1,
  stage: 1,
  holderRole: 1,
  dueOn: 1,
  deskKey: 1,
  lastSeq: 1,
  alerts: 1,
  'history.at': 1,
  'history.stage': 1,
  'history.action': 1,
  'history.detail': 1,
} as const;

interface DeskSource {
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
  deskKey: string;
  lastSeq?: number | null;
  alerts?: readonly { key: string; kind: string; toRole: string; stage: string; at: Date }[];
  history: readonly {
    at: Date;
    stage: Stage;
    action?: string;
    detail?: { vi?: string | null } | null;
  }[];
}

/** Working days between two dates, or undefined where the calendar does not reach. */
function safeWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingCalendar) {
  try {
    return workingDaysBetween(from, to, calendar);
  } catch {
    return undefined;
  }
}

/** The projection of an open stay; where the calendar does not reach, no deadline to judge. */
function safeProjection(
  facts: OpenNominationFacts,
  today: IsoDate,
  durations: StageDurations,
  calendar: WorkingCalendar,
): Projection {
  try {
    return project(facts, today, durations, calendar);
  } catch {
    return { daysInStage: 0, basis: 'none', risk: 'no_deadline' };
  }
}

/** The timeline entries of the current stay: the last run of entries in the current stage. */
function currentStay(doc: DeskSource) {
  let start = doc.history.length;
  while (start > 0 && doc.history[start - 1]!.stage === doc.stage) start -= 1;
  return doc.history.slice(start);
}

/**
 * The secretariat's desk. Its lists are pages of one index of `nominations`, `deskKey`
 * (data/desk/deskKey.ts): every open nomination by due date, then those without a deadline;
 * a filter narrows the same walk, `late` is a range of it.
 */
export class DeskService {
  private durations: { at: number; value: StageDurations } | undefined;

  /** Working days of the completed stays per stage (data/desk/stageStaySample), kept 5 minutes. */
  async stageDurations(calendar: WorkingCalendar): Promise<StageDurations> {
    if (this.durations && Date.now() - this.durations.at < DURATION_CACHE_MS)
      return this.durations.value;
    const samples: Partial<Record<Stage, number[]>> = {};
    for (const [stage, stays] of Object.entries(await readCompletedStays())) {
      const days = stays
        .map((s) => safeWorkingDays(s.enteredOn, s.leftOn, calendar))
        .filter((d): d is number => d !== undefined)
        .sort((a, b) => a - b);
      if (days.length) samples[stage as Stage] = days;
    }
    this.durations = { at: Date.now(), value: samples };
    return samples;
  }

  /**
   * Open nominations, most urgent first: by due date (late first, then fewest working days
   * left), then those without a deadline (e.g. waiting for a council round), longest since
   * their last step first. A page reads its rows (and, with `after`, nothing before them).
   * Its total, filtered by unit, year and stage at most, is the steps' own count of open ones
   * (data/desk/openOnDesk), and late ones' (but by year) counted in the database, exact;
   * otherwise a count of at most `PAGES_COUNTED` pages.
   * `at_risk` judges the rows due within the longest past stay (or the planned-pace horizon)
   * in the same order until the pages it counts are full.
   */
  async stalled(actor: Actor, q: StalledQuery) {
    requireDeskReader(actor);
    const calendar = await currentWorkingCalendar();
    const today = vietnamDateOf(Date.now());
    const durations = await this.stageDurations(calendar);
    const filter = {
      ...(q.unitId && { unitId: q.unitId }),
      ...(q.awardCode && { awardCode: q.awardCode }),
      ...(q.year && { year: q.year }),
      ...(q.stage && { stage: q.stage }),
      ...(q.holder && { holderRole: q.holder }),
    };
    // With `after`, the rows before this page are not read: the page number says how many.
    const before = (q.page - 1) * q.pageSize;
    const skip = q.after ? 0 : before;
    const counted = skip + PAGES_COUNTED * q.pageSize;
    // Counted from this page on: the pages before it add what they held.
    const countedBefore = q.after ? before : 0;
    const horizonDays = Math.max(
      PLANNED_PACE_HORIZON,
      ...Object.values(durations).map((d) => d[d.length - 1] ?? 0),
    );
    const keys = {
      ...(q.risk === 'late'
        ? dueBefore(today)
        : q.risk === 'at_risk'
          ? dueBefore(addWorkingDays(today, horizonDays, calendar))
          : OPEN),
      ...(q.after && { $gt: q.after }),
    };
    const rows = () =>
      NominationModel.find({ ...filter, deskKey: keys }, DESK_FIELDS).sort({ deskKey: 1 });
    const judge = (doc: DeskSource) => this.row(doc, today, durations, calendar);

    let page: DeskSource[];
    let total: { total: number; totalIsLowerBound: boolean };
    let more: boolean;
    if (q.risk === 'at_risk') {
      // At risk is judged row by row: walk the rows in order until the counted pages are full.
      const found: DeskSource[] = [];
      const cursor = rows()
        .lean<DeskSource[]>()
        .cursor({ batchSize: q.pageSize + 1 });
      try {
        for await (const doc of cursor) {
          if (judge(doc).risk !== 'on_track') found.push(doc);
          if (found.length > counted) break;
        }
      } finally {
        await cursor.close();
      }
      page = found.slice(skip, skip + q.pageSize);
      more = found.length > skip + q.pageSize;
      total = {
        total: countedBefore + Math.min(found.length, counted),
        totalIsLowerBound: found.length > counted,
      };
    } else {
      // Open ones by unit, year and stage are counted by the steps; late ones (few, all
      // strings compared but the year) counted in the database: the whole total, exact.
      const summed = !q.risk && !q.awardCode && !q.holder;
      const late = q.risk === 'late' && !q.year;
      const [docs, count] = await Promise.all([
        rows()
          .skip(skip)
          .limit(q.pageSize + 1)
          .lean<DeskSource[]>(),
        summed
          ? openOnDesk({ unitId: q.unitId, year: q.year, stage: q.stage }).then((n) => ({
              total: n,
              totalIsLowerBound: false,
            }))
          : late
            ? countOnDesk({ ...filter, deskKey: dueBefore(today) }).then((n) => ({
                total: n,
                totalIsLowerBound: false,
              }))
            : countUpTo({ ...filter, deskKey: keys }, counted).then((c) => ({
                ...c,
                total: countedBefore + c.total,
              })),
      ]);
      page = docs.slice(0, q.pageSize);
      more = docs.length > q.pageSize;
      total = count;
    }
    return {
      items: page.map(judge),
      page: q.page,
      pageSize: q.pageSize,
      total: total.total,
      totalIsLowerBound: total.totalIsLowerBound,
      next: more ? page[page.length - 1]!.deskKey : null,
    };
  }

  private row(
    doc: DeskSource,
    today: IsoDate,
    durations: StageDurations,
    calendar: WorkingCalendar,
  ) {
    const stay = currentStay(doc);
    const enteredAt = stay[0]?.at;
    const enteredOn = dayOf(enteredAt ?? new Date());
    const dueOn = (doc.dueOn ?? undefined) as IsoDate | undefined;
    const assigned = [...stay].reverse().find((h) => h.action === 'reassigned');
    const projection = safeProjection(
      { stage: doc.stage, enteredOn, dueOn },
      today,
      durations,
      calendar,
    );
    return {
      nominationId: doc._id,
      number: doc.number ?? undefined,
      unitId: doc.unitId,
      awardCode: doc.awardCode,
      year: doc.year,
      kind: doc.kind ?? 'merit',
      nominee: { kind: doc.nominee.kind, name: doc.nominee.name },
      stage: doc.stage,
      stageLabel: STAGE_LABELS[doc.stage],
      holderRole: doc.holderRole ?? undefined,
      assignee: assigned?.detail?.vi?.replace(/^Giao xử lý: /, ''),
      enteredOn,
      dueOn,
      ...projection,
      overdue: (projection.workingDaysLeft ?? 0) < 0,
      remindersSent: (doc.alerts ?? [])
        .filter((a) => a.stage === doc.stage && (!enteredAt || a.at >= enteredAt))
        .map((a) => ({
          kind: a.kind,
          toRole: a.toRole,
          at: a.at.toISOString(),
          manual: a.key.includes(':manual'),
        })),
      seq: doc.lastSeq ?? 0,
    };
  }

  /**
   * Open nominations per stage and per unit, the closed ones by outcome, and the weekly trend,
   * all from the statistics summaries (a few documents per unit and year, kept by each step:
   * data/statistics/pipelinePosition.ts), with median working days per stage.
   */
  async pipeline(actor: Actor, q: { year?: number; weeks: number }) {
    requireDeskReader(actor);
    const calendar = await currentWorkingCalendar();
    const today = vietnamDateOf(Date.now());
    const from = weekStart(today);
    const [counts, durations] = await Promise.all([
      readPipelineCounts(q.year),
      this.stageDurations(calendar),
    ]);
    const units = [...counts.open].map(([unitId, stages]) => ({
      unitId,
      open: [...stages.values()].reduce((a, b) => a + b, 0),
      byStage: Object.fromEntries(stages),
    }));
    const openByStage = new Map<Stage, number>();
    for (const stages of counts.open.values()) {
      for (const [stage, count] of stages) {
        openByStage.set(stage, (openByStage.get(stage) ?? 0) + count);
      }
    }
    const weeks = Array.from({ length: q.weeks }, (_, i) => {
      const weekOf = weekStartMinus(from, q.weeks - 1 - i);
      return {
        weekOf,
        submitted: counts.received.get(weekOf) ?? 0,
        approved: counts.approved.get(weekOf) ?? 0,
        closedOtherwise: counts.closedOtherwise.get(weekOf) ?? 0,
      };
    });
    return {
      byStage: [...openByStage]
        .map(([stage, count]) => ({ stage, label: STAGE_LABELS[stage], count }))
        .sort((a, b) => b.count - a.count),
      closed: counts.outcome,
      byUnit: units.sort((a, b) => b.open - a.open),
      medianWorkingDays: Object.entries(durations).map(([stage, list]) => ({
        stage,
        label: STAGE_LABELS[stage as Stage],
        median: median(list!),
        samples: list!.length,
      })),
      trend: weeks,
      sample: {
        size: STAY_SAMPLE,
        note: 'medians from the completed stays of the most recently changed nominations',
      },
    };
  }

  /**
   * Every unit with its open dossiers (the units' pipeline documents of the statistics
   * summaries: one small document per unit) and its late ones (the late range of the unit's
   * `{ unitId, deskKey }` index, counted in the database).
   */
  async units(actor: Actor) {
    requireDeskReader(actor);
    const today = vietnamDateOf(Date.now());
    const [units, counts] = await Promise.all([
      UnitModel.find({}, { name: 1, blocId: 1 }).sort({ _id: 1 }).lean(),
      readPipelineCounts(),
    ]);
    const open = (unitId: string) =>
      [...(counts.open.get(unitId)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const late = await Promise.all(
      units.map((u) => countOnDesk({ unitId: u._id, deskKey: dueBefore(today) })),
    );
    return {
      items: units.map((u, i) => ({
        unitId: u._id,
        name: u.name,
        blocId: u.blocId,
        open: open(u._id),
        late: late[i]!,
      })),
    };
  }
}

function weekStartMinus(monday: IsoDate, weeks: number): IsoDate {
  const d = new Date(`${monday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7 * weeks);
  return d.toISOString().slice(0, 10) as IsoDate;
}
