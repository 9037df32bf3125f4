import type { UpdateDefinition } from '@temporalio/client';
import {
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
  type WorkingCalendar,
} from '../../domain/calendar';
import {
  compareUrgency,
  median,
  project,
  weekStart,
  workingDaysLeft,
  type OpenNominationFacts,
  type Projection,
  type StageDurations,
} from '../../domain/desk/projection';
import type { Actor } from '../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import { workingDaysBetween } from '../../domain/calendar';
import { readBucket, readDirectory } from '../../data/desk/bucketProjection';
import { pageOfBuckets } from '../../data/desk/bucketPage';
import {
  DESK_DIRECTORY,
  bucketDay,
  deskCountKey,
  deskProjection,
  isDueBucket,
  matchesDesk,
  type DeskEntry,
  type DeskFilter,
} from '../../data/desk/deskEntry';
import { STAY_SAMPLE, readCompletedStays } from '../../data/desk/stageStaySample';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { UserModel } from '../../data/identity/userModel';
import {
  escalateUpdate,
  extendDeadlineUpdate,
  reassignUpdate,
  remindUpdate,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { ApiError } from '../errors/apiError';
import type { NominationProcessService } from '../nominations/nominationProcessService';
import { requireDeskReader, requireSecretariat } from './deskAccess';
import { currentWorkingCalendar } from '../../data/calendar/workingCalendarInForce';
import { OPEN_STAGES, type DeskActionName, type StalledQuery } from './deskSchemas';
import type { z } from 'zod';
import type { extendBody, reassignBody, remindBody } from './deskSchemas';

/** Past this many working days left, nothing is at risk by the planned-pace fallback. */
const PLANNED_PACE_HORIZON = 60;
const DURATION_CACHE_MS = 5 * 60_000;

const dayOf = (at: Date): IsoDate => vietnamDateOf(at.getTime());
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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

/**
 * The secretariat's desk. Its lists read the `desk_days` projection (data/desk), by `_id`
 * only: FerretDB 1.x reads the whole collection for any other filter.
 */
export class DeskService {
  private durations: { at: number; value: StageDurations } | undefined;

  constructor(private readonly process: NominationProcessService) {}

  /** Working days of the most recent completed stays per stage (data/desk/stageStaySample). */
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
   * left), then those without a deadline (e.g. waiting for a council round), longest waiting
   * first. A page reads the directory and the day buckets it shows, never the nominations;
   * `late` and `at_risk` read the buckets due before today (or the risk horizon).
   */
  async stalled(actor: Actor, q: StalledQuery) {
    requireDeskReader(actor);
    const calendar = await currentWorkingCalendar();
    const today = vietnamDateOf(Date.now());
    const durations = await this.stageDurations(calendar);
    const skip = (q.page - 1) * q.pageSize;
    const filter: DeskFilter = {
      unitId: q.unitId,
      awardCode: q.awardCode,
      year: q.year,
      stage: q.stage,
      holderRole: q.holder,
    };
    const matches = (entry: DeskEntry) => matchesDesk(entry, filter);
    const row = (entry: DeskEntry) => this.row(entry, today, durations, calendar);

    if (q.risk) {
      // Late: due before today. At risk: only dossiers due within the longest past stay (or
      // the planned-pace horizon) can be projected late.
      const horizonDays = Math.max(
        PLANNED_PACE_HORIZON,
        ...Object.values(durations).map((d) => d[d.length - 1] ?? 0),
      );
      const dueBefore = q.risk === 'late' ? today : addWorkingDays(today, horizonDays, calendar);
      const countKey = deskCountKey(filter);
      const counts = await readDirectory(deskProjection, DESK_DIRECTORY);
      const candidates: DeskEntry[] = [];
      for (const bucket of Object.keys(counts).filter(isDueBucket).sort()) {
        if (bucketDay(bucket) >= dueBefore) break;
        if (countKey && !counts[bucket]![countKey]) continue;
        const entries = await readBucket(deskProjection, DESK_DIRECTORY, bucket);
        candidates.push(...entries.filter(matches).sort(byId));
      }
      const ranked = candidates
        .map((entry) => ({ entry, ...safeProjection(entry, today, durations, calendar) }))
        .filter((r) => (q.risk === 'late' ? r.risk === 'late' : r.risk !== 'on_track'))
        .sort((a, b) => compareUrgency(a, b));
      return {
        items: ranked.slice(skip, skip + q.pageSize).map((r) => row(r.entry)),
        page: q.page,
        pageSize: q.pageSize,
        total: ranked.length,
      };
    }

    const { entries, total } = await pageOfBuckets<DeskEntry>(deskProjection, DESK_DIRECTORY, {
      direction: 'asc',
      countKey: deskCountKey(filter),
      matches,
      compare: byId,
      skip,
      limit: q.pageSize,
    });
    return {
      items: entries.map(row),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  private row(
    entry: DeskEntry,
    today: IsoDate,
    durations: StageDurations,
    calendar: WorkingCalendar,
  ) {
    const projection = safeProjection(entry, today, durations, calendar);
    return {
      nominationId: entry.id,
      number: entry.number,
      unitId: entry.unitId,
      awardCode: entry.awardCode,
      year: entry.year,
      kind: entry.kind,
      nominee: entry.nominee,
      stage: entry.stage,
      stageLabel: STAGE_LABELS[entry.stage],
      holderRole: entry.holderRole,
      assignee: entry.assignee,
      enteredOn: entry.enteredOn,
      dueOn: entry.dueOn,
      ...projection,
      overdue: (projection.workingDaysLeft ?? 0) < 0,
      remindersSent: entry.remindersSent,
      seq: entry.seq,
    };
  }

  /** Counts per stage and per unit, median working days per stage, and the weekly trend. */
  async pipeline(actor: Actor, q: { year?: number; weeks: number }) {
    requireDeskReader(actor);
    const calendar = await currentWorkingCalendar();
    const today = vietnamDateOf(Date.now());
    const year = q.year ? { year: q.year } : {};
    const from = weekStart(today);
    const firstWeek = weekStartMinus(from, q.weeks - 1);
    const [byStage, byUnitStage, submitted, closed, durations] = await Promise.all([
      NominationModel.aggregate<{ _id: Stage; count: number }>([
        { $match: { ...year, stage: { $ne: 'draft' } } },
        { $group: { _id: '$stage', count: { $sum: 1 } } },
      ]),
      NominationModel.aggregate<{ _id: { unitId: string; stage: Stage }; count: number }>([
        { $match: { ...year, stage: { $in: OPEN_STAGES } } },
        { $group: { _id: { unitId: '$unitId', stage: '$stage' }, count: { $sum: 1 } } },
      ]),
      NominationModel.aggregate<{ _id: string; count: number }>([
        { $match: { ...year, receivedOn: { $gte: firstWeek } } },
        { $group: { _id: '$receivedOn', count: { $sum: 1 } } },
      ]),
      NominationModel.find(
        {
          ...year,
          stage: { $in: ['approved', 'rejected', 'withdrawn', 'cancelled'] },
          updatedAt: { $gte: new Date(endOfVietnamDate(firstWeek) - 86_400_000) },
        },
        { stage: 1, updatedAt: 1 },
      ).lean(),
      this.stageDurations(calendar),
    ]);
    const units = new Map<
      string,
      { unitId: string; open: number; byStage: Record<string, number> }
    >();
    for (const { _id, count } of byUnitStage) {
      const unit = units.get(_id.unitId) ?? { unitId: _id.unitId, open: 0, byStage: {} };
      unit.open += count;
      unit.byStage[_id.stage] = count;
      units.set(_id.unitId, unit);
    }
    const weeks = Array.from({ length: q.weeks }, (_, i) => ({
      weekOf: weekStartMinus(from, q.weeks - 1 - i),
      submitted: 0,
      approved: 0,
      closedOtherwise: 0,
    }));
    const week = (date: IsoDate) => weeks.find((w) => w.weekOf === weekStart(date));
    for (const s of submitted) {
      const w = week(s._id as IsoDate);
      if (w) w.submitted += s.count;
    }
    for (const c of closed) {
      const w = week(dayOf(c.updatedAt));
      if (!w) continue;
      if (c.stage === 'approved') w.approved += 1;
      else w.closedOtherwise += 1;
    }
    return {
      byStage: byStage
        .map((s) => ({ stage: s._id, label: STAGE_LABELS[s._id], count: s.count }))
        .sort((a, b) => b.count - a.count),
      byUnit: [...units.values()].sort((a, b) => b.open - a.open),
      medianWorkingDays: Object.entries(durations).map(([stage, list]) => ({
        stage,
        label: STAGE_LABELS[stage as Stage],
        median: median(list!),
        samples: list!.length,
      })),
      trend: weeks,
      sample: { size: STAY_SAMPLE, note: 'medians from the most recent completed stays per stage' },
    };
  }

  /** Every unit with its open and late dossiers, from the desk's directory alone. */
  async units(actor: Actor) {
    requireDeskReader(actor);
    const today = vietnamDateOf(Date.now());
    const [units, counts] = await Promise.all([
      UnitModel.find({}, { name: 1, blocId: 1 }).sort({ _id: 1 }).lean(),
      readDirectory(deskProjection, DESK_DIRECTORY),
    ]);
    const sum = (unitId: string, lateOnly: boolean) =>
      Object.entries(counts)
        .filter(([bucket]) => !lateOnly || (isDueBucket(bucket) && bucketDay(bucket) < today))
        .reduce((total, [, c]) => total + (c[`unitId=${unitId}`] ?? 0), 0);
    return {
      items: units.map((u) => ({
        unitId: u._id,
        name: u.name,
        blocId: u.blocId,
        open: sum(u._id, false),
        late: sum(u._id, true),
      })),
    };
  }

  /** One desk action on one nomination, through its workflow (which validates it). */
  async act(
    actor: Actor,
    nominationId: string,
    name: DeskActionName,
    body: unknown,
    idempotencyKey?: string,
  ): Promise<NominationStatus> {
    requireSecretariat(actor);
    const { update, args } = await this.updateFor(name, body);
    return this.process.act(actor, nominationId, {
      name: `desk-${name}`,
      update: update as UpdateDefinition<NominationStatus, [never]>,
      args,
      idempotencyKey: idempotencyKey && `${idempotencyKey}:${nominationId}`,
    });
  }

  private async updateFor(
    name: DeskActionName,
    body: unknown,
  ): Promise<{ update: unknown; args: object }> {
    switch (name) {
      case 'remind':
        return { update: remindUpdate, args: body as z.infer<typeof remindBody> };
      case 'escalate':
        return { update: escalateUpdate, args: body as object };
      case 'extend':
        return { update: extendDeadlineUpdate, args: body as z.infer<typeof extendBody> };
      case 'reassign': {
        const { assigneeUserId, reason } = body as z.infer<typeof reassignBody>;
        const user = await UserModel.findById(assigneeUserId).lean();
        if (!user || !user.active) {
          throw new ApiError(
            422,
            'ASSIGNEE_NOT_FOUND',
            { vi: 'Không có người dùng này.', en: 'No such active user.' },
            'assigneeUserId',
          );
        }
        return {
          update: reassignUpdate,
          args: { assignee: { userId: user._id, name: user.name }, reason },
        };
      }
    }
  }

  /** The same action on many nominations; each succeeds or is refused on its own. */
  async bulk(
    actor: Actor,
    name: DeskActionName,
    ids: readonly string[],
    body: unknown,
    idempotencyKey?: string,
  ) {
    requireSecretariat(actor);
    const results: {
      nominationId: string;
      status: 'done' | 'refused';
      result?: NominationStatus;
      error?: ReturnType<ApiError['toBody']>['error'];
    }[] = [];
    const queue = [...new Set(ids)];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          results.push({
            nominationId: id,
            status: 'done',
            result: await this.act(actor, id, name, body, idempotencyKey),
          });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ nominationId: id, status: 'refused', error: error.toBody().error });
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const order = new Map(ids.map((id, i) => [id, i]));
    results.sort((a, b) => order.get(a.nominationId)! - order.get(b.nominationId)!);
    return {
      action: name,
      done: results.filter((r) => r.status === 'done').length,
      refused: results.filter((r) => r.status === 'refused').length,
      results,
    };
  }
}

function weekStartMinus(monday: IsoDate, weeks: number): IsoDate {
  const d = new Date(`${monday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7 * weeks);
  return d.toISOString().slice(0, 10) as IsoDate;
}

export { workingDaysLeft };
