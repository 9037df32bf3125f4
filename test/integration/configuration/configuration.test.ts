import { defaultPayloadConverter } from '@temporalio/common';
import type { DeadlinePlan } from '../../../activities/deadline/planDeadline';
import { saveCalendarRevision } from '../../../data/calendar/workingCalendarInForce';
import { latestOverride, saveOverrideRevision } from '../../../data/configuration/ruleSetsInForce';
import {
  CIVIL_SERVICE_CALENDAR,
  SHIPPED_OFFICIAL_SCHEDULES,
  createWorkingCalendar,
  deadlineAfter,
  parseOfficialSchedule,
  replaceSchedules,
  vietnamDateOf,
} from '../../../domain/calendar';
import { findRuleSet, validateConfigOverride } from '../../../domain/ruleSets';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { XLSX, historySheets, workbook } from '../people/historyFixtures';

/**
 * Administrators change what the law leaves configurable; the process follows. One stack
 * for the file: each describe goes on from what the ones before changed.
 */
let stack: TestStack;
let admin: ApiClient, secretariat: ApiClient, officer: ApiClient, head: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [admin, secretariat, officer, head] = await Promise.all(
    ['quantri', 'thuongtruc', 'canbo.vcsdt', 'vutruong.vcsdt'].map((u) =>
      ApiClient.signIn(stack.apiUrl, u),
    ),
  );
});
afterAll(() => stack.stop());

describe('configuration: rule sets', () => {
  test('a changed appraisal deadline applies to dossiers received after it, with the revision named', async () => {
    const before = await secretariat.get('/api/configuration/rule-sets');
    const current = before.body.items.find((r: { id: string }) => r.id === 'tdkt-2025-07');
    expect(current.configRevision).toBeNull();
    const ldtt = current.values.awardRules.LDTT;

    const refused = await secretariat.request('PUT', '/api/configuration/rule-sets/tdkt-2025-07', {
      values: { awardRules: { LDTT: { ...ldtt, appraisalSlaWorkingDays: 7 } } },
      reason: 'x',
    });
    expect(refused.status).toBe(403);
    const openBallot = await admin.request<any>(
      'PUT',
      '/api/configuration/rule-sets/tdkt-2025-07',
      {
        values: {
          awardRules: {
            CSTDBO: {
              ...current.values.awardRules.CSTDBO,
              council: { ...current.values.awardRules.CSTDBO.council, ballot: 'open' },
            },
          },
        },
        reason: 'Thử bỏ phiếu công khai',
      },
    );
    expect(openBallot.status).toBe(422);
    expect(openBallot.body.error.code).toBe('CONFIG_OVERRIDE_INVALID');

    const saved = await admin.request<any>('PUT', '/api/configuration/rule-sets/tdkt-2025-07', {
      values: { awardRules: { LDTT: { ...ldtt, appraisalSlaWorkingDays: 7 } } },
      reason: 'Quyết định của Bộ trưởng rút ngắn thời hạn thẩm định LĐTT',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.configRevision).toBe('tdkt-2025-07:1');
    expect(saved.body.changes).toEqual([
      expect.objectContaining({ key: 'awardRules', entry: 'LDTT' }),
    ]);

    const id = (
      await officer.post('/api/nominations', {
        nominee: { kind: 'individual', name: 'Hà Văn Tủa' },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ.',
      })
    ).body._id;
    await head.post(`/api/nominations/${id}/submit`);
    const doc = await eventually(
      () => officer.get(`/api/nominations/${id}`),
      (r) => r.body.lastSeq >= 2,
    );
    expect(doc.body.dueOn).toBe(
      deadlineAfter(vietnamDateOf(Date.now()), 7, CIVIL_SERVICE_CALENDAR),
    );
  });
});

describe('configuration: rule sets across API processes', () => {
  test('a rule set change saved by any API process judges the very next dossier, and each check names the revision it used', async () => {
    // Recruited on 01/05/2026: 8 months by the end of 2026, enough under the shipped 6.
    const sheets = historySheets();
    const file = await workbook({
      'Cá nhân': [
        sheets['Cá nhân']![0]!,
        ['CB-020', 'Vi Thị Lan', null, 'Nữ', 'Tày', 'VCSDT', null, null, '01/05/2026', null],
      ],
      'Đánh giá xếp loại': [
        sheets['Đánh giá xếp loại']![0]!,
        ['CB-020', 2026, 'Hoàn thành tốt nhiệm vụ', 80],
      ],
    });
    expect((await secretariat.postFile('/api/history/import', file, XLSX)).status).toBe(200);
    const submitLdtt = async () => {
      const id = (
        await officer.post('/api/nominations', {
          nominee: { kind: 'individual', name: 'Vi Thị Lan', personId: 'CB-020' },
          awardCode: 'LDTT',
          year: 2026,
          achievements: 'Hoàn thành tốt nhiệm vụ năm 2026.',
        })
      ).body._id;
      expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
      const doc = await eventually(
        () => officer.get(`/api/nominations/${id}`),
        (r) => r.body.checks?.ranAt !== undefined,
      );
      return doc.body.checks;
    };
    const recruitment = (checks: any) =>
      checks.reasons.find((r: any) => r.code.startsWith('LDTT_RECRUIT'));

    // This process has just read the configuration (the rule sets list, an earlier dossier).
    const before = (await officer.get('/api/configuration/rule-sets')).body.items.find(
      (r: { id: string }) => r.id === 'tdkt-2025-07',
    );
    // Another API process saves the next revision, exactly as its PUT does.
    const latest = (await latestOverride('tdkt-2025-07'))!;
    const override = { ...(latest.override as object), ldttMinMonthsSinceRecruitment: 10 };
    const valid = validateConfigOverride(findRuleSet('tdkt-2025-07')!, override);
    expect(valid.ok).toBe(true);
    const saved = await saveOverrideRevision({
      ruleSetId: 'tdkt-2025-07',
      revision: latest.revision + 1,
      override,
      changes: valid.ok ? valid.changes : [],
      reason: 'Quy định của Bộ: 10 tháng',
      by: { userId: 'quantri', name: 'Quản trị', role: 'admin' },
    });
    expect(saved).not.toBeNull();
    const stricter = await submitLdtt();
    expect(before.configRevision).toBe(`tdkt-2025-07:${latest.revision}`);
    expect(stricter.configRevision).toBe(`tdkt-2025-07:${latest.revision + 1}`);
    expect(stricter.verdict).toBe('not_eligible');
    expect(recruitment(stricter)).toMatchObject({
      code: 'LDTT_RECRUITED_TOO_RECENTLY',
      facts: { minimumMonths: 10, monthsInService: 8 },
    });

    // Through this process's API: the reply says from when; the next dossier and the preview follow.
    const put = await admin.request<any>('PUT', '/api/configuration/rule-sets/tdkt-2025-07', {
      values: { ldttMinMonthsSinceRecruitment: 6 },
      reason: 'Trở lại 6 tháng theo Luật',
    });
    expect(put.status).toBe(200);
    expect(put.body.configRevision).toBe(`tdkt-2025-07:${latest.revision + 2}`);
    expect(Date.parse(put.body.inForceFrom)).toBeLessThanOrEqual(Date.now());
    const relaxed = await submitLdtt();
    expect(relaxed.configRevision).toBe(put.body.configRevision);
    expect(recruitment(relaxed).code).toBe('LDTT_RECRUITMENT_MET');
    const preview = await officer.get('/api/people/CB-020/eligibility?award=LDTT&year=2026');
    expect(preview.body.configRevision).toBe(put.body.configRevision);
  });
});

describe('configuration: the calendar', () => {
  test('the calendar shows the schedule in force to edit; an entered day off replaces the shipped schedule', async () => {
    const shipped = await officer.get('/api/configuration/calendar/2026');
    expect(shipped.body.editedBy).toBeNull();
    expect(shipped.body.schedule).toMatchObject({ year: 2026 });
    expect(shipped.body.schedule.daysOff.map((d: { date: string }) => d.date)).toContain(
      '2026-01-02',
    );
    const added = {
      date: '2026-11-24',
      occasion: 'other',
      reason_vi: 'Ngày Văn hóa Việt Nam',
      reason_en: 'Vietnam Culture Day',
    };
    const schedule = {
      ...shipped.body.schedule,
      daysOff: [...shipped.body.schedule.daysOff, added],
    };
    const saved = await admin.request('PUT', '/api/configuration/calendar/2026', {
      schedule,
      reason: 'Bổ sung ngày nghỉ',
    });
    expect(saved.status).toBe(200);
    const after = await officer.get('/api/configuration/calendar/2026');
    expect(after.body.editedBy).toBe('quantri');
    expect(after.body.schedule.daysOff).toContainEqual(added);
    expect(after.body.daysOff.map((d: { date: string }) => d.date)).toContain('2026-11-24');
    expect((await officer.get('/api/configuration/calendar/2030')).body.schedule).toBeNull();
  });

  test('an official schedule entered for a year replaces the estimate; a bad one is refused', async () => {
    const before = await officer.get('/api/configuration/calendar/2030');
    expect(before.status).toBe(200);
    const bad = await admin.request<any>('PUT', '/api/configuration/calendar/2030', {
      schedule: {
        year: 2030,
        daysOff: [{ date: '2031-01-01', reason: { vi: 'x', en: 'x' } }],
        workingDays: [],
        source: 'Thông báo thử',
      },
      reason: 'Nhập lịch nghỉ',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('SCHEDULE_INVALID');
    expect(
      (
        await officer.request('PUT', '/api/configuration/calendar/2030', {
          schedule: {},
          reason: 'x',
        })
      ).status,
    ).toBe(403);
  });
});

describe('configuration: the calendar across processes', () => {
  test('a day off saved by any process moves the very next deadline the worker plans, and each plan names the calendar revision it used', async () => {
    const sla: number = (await secretariat.get('/api/configuration/rule-sets')).body.items.find(
      (r: { id: string }) => r.id === 'tdkt-2025-07',
    ).values.awardRules.LDTT.appraisalSlaWorkingDays;
    const today = vietnamDateOf(Date.now());
    const year = Number(today.slice(0, 4));
    const calendarOf = async (y: number) =>
      (await officer.get(`/api/configuration/calendar/${y}`)).body;
    // The schedules in force this year and next (a period may run into January).
    const inForce = await Promise.all([year, year + 1].map(calendarOf));
    const calendarWith = (schedules: unknown[]) =>
      createWorkingCalendar({
        schedules: replaceSchedules(
          SHIPPED_OFFICIAL_SCHEDULES,
          schedules.filter(Boolean).map(parseOfficialSchedule),
        ),
      });
    const schedulesBefore = inForce.map((c) => c.schedule);
    const dueBefore = deadlineAfter(today, sla, calendarWith(schedulesBefore));

    // Each plan the workflow got: a local activity's marker (its type in the marker's data) or,
    // in histories from before the short steps ran locally, an activity task's result.
    const planned = async (nominationId: string): Promise<DeadlinePlan[]> => {
      const history = await stack.client.workflow
        .getHandle(`nomination-${nominationId}`)
        .fetchHistory();
      const events = history.events ?? [];
      const scheduled = new Set(
        events
          .filter(
            (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'planDeadline',
          )
          .map((e) => String(e.eventId)),
      );
      return events.flatMap((e) => {
        const marker = e.markerRecordedEventAttributes;
        if (marker?.markerName === 'core_local_activity') {
          const data = defaultPayloadConverter.fromPayload<{ activity_type: string }>(
            marker.details!.data!.payloads![0]!,
          );
          return data.activity_type === 'planDeadline'
            ? [
                defaultPayloadConverter.fromPayload<DeadlinePlan>(
                  marker.details!.result!.payloads![0]!,
                ),
              ]
            : [];
        }
        const done = e.activityTaskCompletedEventAttributes;
        return done && scheduled.has(String(done.scheduledEventId))
          ? [defaultPayloadConverter.fromPayload<DeadlinePlan>(done.result!.payloads![0]!)]
          : [];
      });
    };
    const submitLdtt = async (name: string) => {
      const id = (
        await officer.post('/api/nominations', {
          nominee: { kind: 'individual', name },
          awardCode: 'LDTT',
          year,
          achievements: 'Hoàn thành tốt nhiệm vụ.',
        })
      ).body._id;
      expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
      const doc = await eventually(
        () => officer.get(`/api/nominations/${id}`),
        (r) => r.body.lastSeq >= 2,
      );
      return { dueOn: doc.body.dueOn, plan: (await planned(id)).at(-1)! };
    };

    // The worker in this process plans a deadline, and keeps the calendar it read.
    const first = await submitLdtt('Sầm Thị Lụa');
    expect(first.dueOn).toBe(dueBefore);
    expect(first.plan.calendarRevision).toBe(inForce[0].revision);

    // Another API process saves the next revision, exactly as its PUT does: the first working
    // day of the period becomes a day off.
    const dayOff = deadlineAfter(today, 1, calendarWith(schedulesBefore));
    const index = Number(dayOff.slice(0, 4)) - year;
    const edited = schedulesBefore[index] ?? {
      year: year + index,
      daysOff: [],
      workingDays: [],
      source: 'Thông báo thử',
    };
    const withDayOff = {
      ...edited,
      daysOff: [
        ...edited.daysOff,
        {
          date: dayOff,
          occasion: 'other',
          reason_vi: 'Nghỉ đột xuất',
          reason_en: 'Unplanned day off',
        },
      ],
    };
    const revision = (inForce[0].revision ?? 0) + 1;
    const saved = await saveCalendarRevision({
      revision,
      year: withDayOff.year,
      schedule: withDayOff,
      reason: 'Thông báo nghỉ bù',
      by: { userId: 'quantri', name: 'Quản trị', role: 'admin' },
    });
    expect(saved).not.toBeNull();
    const schedulesAfter = schedulesBefore.map((s, i) => (i === index ? withDayOff : s));
    const second = await submitLdtt('Lục Văn Páo');
    expect(second.dueOn).toBe(deadlineAfter(today, sla, calendarWith(schedulesAfter)));
    expect(second.dueOn > first.dueOn).toBe(true);
    expect(second.plan.calendarRevision).toBe(revision);

    // Through this process's API: the reply says from when, and the next deadline follows.
    const put = await admin.request<any>('PUT', `/api/configuration/calendar/${withDayOff.year}`, {
      schedule: edited,
      reason: 'Hủy ngày nghỉ đột xuất',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: withDayOff.year, saved: true, revision: revision + 1 });
    expect(Date.parse(put.body.inForceFrom)).toBeLessThanOrEqual(Date.now());
    const third = await submitLdtt('Hoàng Thị Dung');
    expect(third.dueOn).toBe(first.dueOn);
    expect(third.plan.calendarRevision).toBe(revision + 1);
    expect(await calendarOf(withDayOff.year)).toMatchObject({
      revision: revision + 1,
      editedBy: 'quantri',
      schedule: edited,
    });
  });
});
