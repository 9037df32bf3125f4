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
  stageStays,
  weekStart,
  workingDaysLeft,
  type StageDurations,
} from '../../domain/desk/projection';
import type { Actor } from '../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import { workingDaysBetween } from '../../domain/calendar';
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
import { deskCalendar } from './deskCalendar';
import { OPEN_STAGES, type DeskActionName, type StalledQuery } from './deskSchemas';
import type { z } from 'zod';
import type { extendBody, reassignBody, remindBody } from './deskSchemas';

/** How many recently updated nominations the stage durations are learnt from. */
export const DURATION_SAMPLE = 3000;
const DURATION_CACHE_MS = 5 * 60_000;
/** Past this many working days left, nothing is at risk by the planned-pace fallback. */
const PLANNED_PACE_HORIZON = 60;

const LIST_FIELDS = {
  unitId: 1,
  awardCode: 1,
  year: 1,
  kind: 1,
  nominee: 1,
  stage: 1,
  holderRole: 1,
  dueAt: 1,
  dueOn: 1,
  alerts: 1,
  lastSeq: 1,
  history: 1,
  updatedAt: 1,
} as const;

type ListDoc = {
  _id: string;
  unitId: string;
  awardCode: string;
  year: number;
  kind: string;
  nominee: { kind: string; name: string };
  stage: Stage;
  holderRole?: string | null;
  dueAt?: Date | null;
  dueOn?: string | null;
  alerts: { key: string; kind: string; toRole: string; stage: string; at: Date }[];
  lastSeq: number;
  history: { at: Date; stage: Stage; action: string; detail?: { vi?: string | null } | null }[];
};

const dayOf = (at: Date): IsoDate => vietnamDateOf(at.getTime());

/** Working days between two dates, or undefined where the calendar does not reach. */
function safeWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingCalendar) {
  try {
    return workingDaysBetween(from, to, calendar);
  } catch {
    return undefined;
  }
}

export class DeskService {
  private durations: { at: number; value: StageDurations } | undefined;

  constructor(private readonly process: NominationProcessService) {}

  /** Past completed stays per stage (working days), from the most recently updated nominations. */
  async stageDurations(calendar: WorkingCalendar): Promise<StageDurations> {
    if (this.durations && Date.now() - this.durations.at < DURATION_CACHE_MS)
      return this.durations.value;
    const docs = (await NominationModel.find({}, { history: 1 })
      .sort({ updatedAt: -1 })
      .limit(DURATION_SAMPLE)
      .lean()) as unknown as Pick<ListDoc, 'history'>[];
    const samples: Partial<Record<Stage, number[]>> = {};
    for (const doc of docs) {
      const stays = stageStays(doc.history.map((h) => ({ stage: h.stage, on: dayOf(h.at) })));
      for (const stay of stays) {
        if (!stay.leftOn) continue;
        const days = safeWorkingDays(stay.enteredOn, stay.leftOn, calendar);
        if (days !== undefined) (samples[stay.stage] ??= []).push(days);
      }
    }
    for (const list of Object.values(samples)) list.sort((a, b) => a - b);
    this.durations = { at: Date.now(), value: samples };
    return samples;
  }

  private baseFilter(q: Partial<StalledQuery>): Record<string, unknown> {
    return {
      stage: q.stage ?? { $in: OPEN_STAGES },
      ...(q.unitId && { unitId: q.unitId }),
      ...(q.awardCode && { awardCode: q.awardCode }),
      ...(q.year && { year: q.year }),
      ...(q.holder && { holderRole: q.holder }),
    };
  }

  /**
   * The query behind the stalled list, most urgent first: dossiers with a deadline by due
   * date (late first, then fewest working days left), served by the `stage, dueAt` index
   * (`unitId, stage, dueAt` with a unit). Exported for the explain-plan test.
   */
  stalledQuery(q: Partial<StalledQuery>, dueBefore?: Date) {
    return NominationModel.find(
      { ...this.baseFilter(q), dueAt: dueBefore ? { $lt: dueBefore } : { $ne: null } },
      LIST_FIELDS,
    ).sort({ dueAt: 1, _id: 1 });
  }

  async stalled(actor: Actor, q: StalledQuery) {
    requireDeskReader(actor);
    const calendar = await deskCalendar();
    const today = vietnamDateOf(Date.now());
    const durations = await this.stageDurations(calendar);
    const skip = (q.page - 1) * q.pageSize;
    const row = (doc: ListDoc) => this.row(doc, today, durations, calendar);

    if (q.risk) {
      // Late: due before now. At risk: only dossiers due within the longest past stay (or the
      // planned-pace horizon) can be projected late; the index bounds the candidates.
      const horizonDays = Math.max(
        PLANNED_PACE_HORIZON,
        ...Object.values(durations).map((d) => d[d.length - 1] ?? 0),
      );
      const dueBefore =
        q.risk === 'late'
          ? new Date()
          : new Date(endOfVietnamDate(addWorkingDays(today, horizonDays, calendar)));
      const candidates = (await this.stalledQuery(q, dueBefore).lean()) as unknown as ListDoc[];
      const rows = candidates
        .map(row)
        .filter((r) => (q.risk === 'late' ? r.risk === 'late' : r.risk !== 'on_track'))
        .sort((a, b) => compareUrgency(a, b));
      return {
        items: rows.slice(skip, skip + q.pageSize),
        page: q.page,
        pageSize: q.pageSize,
        total: rows.length,
      };
    }

    const withDeadline = this.baseFilter(q);
    const [dated, undated] = await Promise.all([
      NominationModel.countDocuments({ ...withDeadline, dueAt: { $ne: null } }),
      NominationModel.countDocuments({ ...withDeadline, dueAt: null }),
    ]);
    const items: ListDoc[] = [];
    if (skip < dated) {
      items.push(
        ...((await this.stalledQuery(q)
          .skip(skip)
          .limit(q.pageSize)
          .lean()) as unknown as ListDoc[]),
      );
    }
    if (items.length < q.pageSize && skip + items.length >= dated) {
      // Then those without a deadline (e.g. waiting for a council round), longest waiting first.
      items.push(
        ...((await NominationModel.find({ ...withDeadline, dueAt: null }, LIST_FIELDS)
          .sort({ updatedAt: 1, _id: 1 })
          .skip(Math.max(0, skip - dated))
          .limit(q.pageSize - items.length)
          .lean()) as unknown as ListDoc[]),
      );
    }
    return { items: items.map(row), page: q.page, pageSize: q.pageSize, total: dated + undated };
  }

  private row(doc: ListDoc, today: IsoDate, durations: StageDurations, calendar: WorkingCalendar) {
    const stays = stageStays(doc.history.map((h) => ({ stage: h.stage, on: dayOf(h.at) })));
    const current = stays[stays.length - 1];
    const enteredOn = current?.stage === doc.stage ? current.enteredOn : today;
    const enteredAt = [...doc.history].reverse().find((h, i, all) => {
      const before = all[i + 1];
      return h.stage === doc.stage && (!before || before.stage !== doc.stage);
    })?.at;
    const sinceEntry = doc.history.filter((h) => !enteredAt || h.at >= enteredAt);
    const assigned = [...sinceEntry].reverse().find((h) => h.action === 'reassigned');
    let projection;
    try {
      projection = project(
        { stage: doc.stage, enteredOn, dueOn: (doc.dueOn ?? undefined) as IsoDate | undefined },
        today,
        durations,
        calendar,
      );
    } catch {
      projection = { daysInStage: 0, basis: 'none' as const, risk: 'no_deadline' as const };
    }
    return {
      nominationId: doc._id,
      unitId: doc.unitId,
      awardCode: doc.awardCode,
      year: doc.year,
      kind: doc.kind,
      nominee: { kind: doc.nominee.kind, name: doc.nominee.name },
      stage: doc.stage,
      stageLabel: STAGE_LABELS[doc.stage],
      holderRole: doc.holderRole ?? undefined,
      assignee: assigned?.detail?.vi?.replace(/^Giao xử lý: /, ''),
      enteredOn,
      dueOn: doc.dueOn ?? undefined,
      ...projection,
      overdue: (projection.workingDaysLeft ?? 0) < 0,
      remindersSent: doc.alerts
        .filter((a) => a.stage === doc.stage && (!enteredAt || a.at >= enteredAt))
        .map((a) => ({
          kind: a.kind,
          toRole: a.toRole,
          at: a.at,
          manual: a.key.includes(':manual'),
        })),
      seq: doc.lastSeq,
    };
  }

  /** Counts per stage and per unit, median working days per stage, and the weekly trend. */
  async pipeline(actor: Actor, q: { year?: number; weeks: number }) {
    requireDeskReader(actor);
    const calendar = await deskCalendar();
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
      sample: { size: DURATION_SAMPLE, note: 'medians from the most recently updated nominations' },
    };
  }

  /** Every unit with its open and late dossiers. */
  async units(actor: Actor) {
    requireDeskReader(actor);
    const [units, open, late] = await Promise.all([
      UnitModel.find({}, { name: 1, blocId: 1 }).sort({ _id: 1 }).lean(),
      NominationModel.aggregate<{ _id: string; count: number }>([
        { $match: { stage: { $in: OPEN_STAGES } } },
        { $group: { _id: '$unitId', count: { $sum: 1 } } },
      ]),
      NominationModel.aggregate<{ _id: string; count: number }>([
        { $match: { stage: { $in: OPEN_STAGES }, dueAt: { $lt: new Date() } } },
        { $group: { _id: '$unitId', count: { $sum: 1 } } },
      ]),
    ]);
    const count = (list: { _id: string; count: number }[], id: string) =>
      list.find((x) => x._id === id)?.count ?? 0;
    return {
      items: units.map((u) => ({
        unitId: u._id,
        name: u.name,
        blocId: u.blocId,
        open: count(open, u._id),
        late: count(late, u._id),
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
