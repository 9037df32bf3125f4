import mongoose from 'mongoose';
import { CARRIED_BY, CARRIED_REASON } from '../../../data/calendar/carryOfficialSchedules';
import { OfficialScheduleRevisionModel } from '../../../data/calendar/officialScheduleModel';
import {
  CIVIL_SERVICE_CALENDAR,
  SHIPPED_OFFICIAL_SCHEDULES,
  createWorkingCalendar,
  deadlineAfter,
  parseOfficialSchedule,
  replaceSchedules,
  vietnamDateOf,
} from '../../../domain/calendar';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startUpMigrations } from '../../harness/startUpMigrations';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { submitToAppraisal } from '../../harness/submitToAppraisal';

jest.setTimeout(180_000);

/** Start-up as the API and worker processes run it, with what it logged. */
async function startUp(processes: number) {
  const lines = await startUpMigrations(processes);
  const carried = lines.filter(
    (l) => l.msg === 'official schedule carried into the calendar revisions',
  );
  return { lines, carried: carried.map((l) => [l.year, l.revision]) };
}

/** `official_schedules` as versions before calendar revisions wrote it: one document a year. */
const legacy = () =>
  mongoose.connection.db!.collection<{
    _id: number;
    schedule: unknown;
    updatedBy: string;
    createdAt: Date;
    updatedAt: Date;
  }>('official_schedules');

/**
 * Installations upgraded from a version before calendar revisions keep the days off their
 * administrators entered: carried once, at start-up, into the revisions deadlines count on.
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
let admin: ApiClient, secretariat: ApiClient, officer: ApiClient, head: ApiClient;
const today = vietnamDateOf(Date.now());
// The first working day after today becomes a day off (in January when today is the last).
const dayOff = deadlineAfter(today, 1, CIVIL_SERVICE_CALENDAR);
const dayOffYear = Number(dayOff.slice(0, 4));
const shipped = SHIPPED_OFFICIAL_SCHEDULES.find((s) => s.year === dayOffYear) ?? {
  year: dayOffYear,
  daysOff: [],
  workingDays: [],
  source: 'Thông báo thử',
};
const withDayOff = {
  ...shipped,
  daysOff: [
    ...shipped.daysOff,
    {
      date: dayOff,
      occasion: 'other',
      reason_vi: 'Nghỉ đột xuất',
      reason_en: 'Unplanned day off',
    },
  ],
};
const later = {
  year: 2030,
  daysOff: [
    {
      date: '2030-11-25',
      occasion: 'other',
      reason_vi: 'Ngày hội của cơ quan',
      reason_en: "The agency's day",
    },
  ],
  workingDays: [],
  source: 'Thông báo 12/TB-BDTTG',
};
const enteredAt = new Date('2026-01-05T02:00:00Z');
const calendarWith = (schedule: unknown) =>
  createWorkingCalendar({
    schedules: replaceSchedules(SHIPPED_OFFICIAL_SCHEDULES, [parseOfficialSchedule(schedule)]),
  });
let sla: number;

const dueOnOfNewDossier = async (name: string) => {
  const [id] = await submitToAppraisal(officer, head, [name]);
  return (await officer.get(`/api/nominations/${id}`)).body.dueOn as string;
};

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [admin, secretariat, officer, head] = await Promise.all(
    ['quantri', 'thuongtruc', 'canbo.vcsdt', 'vutruong.vcsdt'].map((u) =>
      ApiClient.signIn(stack.apiUrl, u),
    ),
  );
  sla = (await secretariat.get('/api/configuration/rule-sets')).body.items.find(
    (r: { id: string }) => r.id === 'tdkt-2025-07',
  ).values.awardRules.CSTDCS.appraisalSlaWorkingDays;
  await legacy().insertMany([
    {
      _id: 2030,
      schedule: later,
      updatedBy: 'quantri',
      createdAt: enteredAt,
      updatedAt: enteredAt,
    },
    {
      _id: dayOffYear,
      schedule: withDayOff,
      updatedBy: 'quantri',
      createdAt: enteredAt,
      updatedAt: enteredAt,
    },
    // Re-entered by an administrator on the version with revisions (below): that one stays.
    {
      _id: 2029,
      schedule: { ...later, year: 2029, daysOff: [{ ...later.daysOff[0]!, date: '2029-11-26' }] },
      updatedBy: 'quantri',
      createdAt: enteredAt,
      updatedAt: enteredAt,
    },
    // A schedule today's rules refuse (a date outside its year): left out, with a warning.
    {
      _id: 2031,
      schedule: { ...later, year: 2031 },
      updatedBy: 'quantri',
      createdAt: enteredAt,
      updatedAt: enteredAt,
    },
  ]);
  const reentered = await admin.request<any>('PUT', '/api/configuration/calendar/2029', {
    schedule: { ...later, year: 2029, daysOff: [] },
    reason: 'Nhập lại lịch năm 2029',
  });
  expect(reentered.body.revision).toBe(1);
});
afterAll(() => stack.stop());

describe('official schedules entered before calendar revisions: carried at start-up', () => {
  test('are carried once at start-up, by processes starting together, and deadlines and the calendar count them', async () => {
    // Two processes start at once, then one more: each schedule becomes one revision, once.
    const together = await startUp(2);
    expect(together.carried.sort()).toEqual(
      [
        [dayOffYear, 2],
        [2030, 3],
      ].sort(),
    );
    expect(together.lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        year: 2031,
        msg: expect.stringContaining('not carried'),
      }),
    );
    expect((await startUp(1)).carried).toEqual([]);
    const revisions = await OfficialScheduleRevisionModel.find({}).sort({ _id: 1 }).lean();
    expect(revisions).toEqual([
      expect.objectContaining({
        _id: 1,
        year: 2029,
        by: expect.objectContaining({ userId: 'quantri' }),
      }),
      expect.objectContaining({ _id: 2, year: dayOffYear, schedule: withDayOff }),
      expect.objectContaining({ _id: 3, year: 2030, schedule: later }),
    ]);
    for (const r of revisions.slice(1)) {
      expect(r).toMatchObject({
        reason: CARRIED_REASON,
        by: CARRIED_BY,
        carriedFrom: { updatedBy: 'quantri', updatedAt: enteredAt },
      });
    }
    // The old collection is left as it was, for a rollback.
    expect(await legacy().countDocuments()).toBe(4);

    // The worker plans the appraisal deadline around the day off entered before the upgrade.
    const dueOn = await dueOnOfNewDossier('Sầm Văn Khoa');
    expect(dueOn).toBe(deadlineAfter(today, sla, calendarWith(withDayOff)));
    expect(dueOn > deadlineAfter(today, sla, CIVIL_SERVICE_CALENDAR)).toBe(true);

    const calendar = (await officer.get(`/api/configuration/calendar/${dayOffYear}`)).body;
    expect(calendar).toMatchObject({
      revision: 3,
      editedBy: CARRIED_BY.userId,
      editedAt: revisions[1]!.createdAt.toISOString(),
      schedule: withDayOff,
    });
    expect(calendar.daysOff).toContainEqual(
      expect.objectContaining({ date: dayOff, reason_vi: 'Nghỉ đột xuất' }),
    );
    expect((await officer.get('/api/configuration/calendar/2030')).body.daysOff).toContainEqual(
      expect.objectContaining({ date: '2030-11-25' }),
    );
    const reentered = (await officer.get('/api/configuration/calendar/2029')).body;
    expect(reentered).toMatchObject({ editedBy: 'quantri', schedule: { daysOff: [] } });
    expect(reentered.daysOff).not.toContainEqual(expect.objectContaining({ date: '2029-11-26' }));
  });
});

describe('official schedules entered before calendar revisions: after a rollback', () => {
  test('after a rollback, an edit made on the old version is carried at the next start; later entries stay', async () => {
    const put = await admin.request<any>('PUT', '/api/configuration/calendar/2030', {
      schedule: { ...later, daysOff: [] },
      reason: 'Bỏ ngày hội',
    });
    expect(put.body.revision).toBe(4);
    // Rolled back, the previous version overwrites its document of the year: the day off goes.
    await legacy().updateOne(
      { _id: dayOffYear },
      { $set: { schedule: shipped, updatedBy: 'vutruong.vcsdt', updatedAt: new Date() } },
    );

    expect((await startUp(2)).carried).toEqual([[dayOffYear, 5]]);
    expect((await startUp(1)).carried).toEqual([]);
    expect(await dueOnOfNewDossier('Lò Thị Mai')).toBe(
      deadlineAfter(today, sla, CIVIL_SERVICE_CALENDAR),
    );
    expect((await officer.get('/api/configuration/calendar/2030')).body).toMatchObject({
      revision: 5,
      editedBy: 'quantri',
      schedule: { ...later, daysOff: [] },
    });
    expect((await OfficialScheduleRevisionModel.findById(5).lean())?.carriedFrom?.updatedBy).toBe(
      'vutruong.vcsdt',
    );
  });
});
