import { CIVIL_SERVICE_CALENDAR, deadlineAfter, vietnamDateOf } from '../../domain/calendar';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

/** Administrators change what the law leaves configurable; the process follows. */
describe('configuration', () => {
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
