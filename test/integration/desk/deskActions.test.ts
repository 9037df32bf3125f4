import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  displayDate,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../../../domain/calendar';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { NotificationModel } from '../../../data/notification/notificationModel';
import { deskKey } from '../../../data/desk/deskKey';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';

const today = (): IsoDate => vietnamDateOf(Date.now());
const system = { userId: 'system', name: 'Hệ thống', role: 'system' as const };

/**
 * The secretariat's desk over real HTTP, Temporal and the database (issue 5).
 * One stack for the file; each describe goes on from the nominations the ones before moved.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
let inspector: ApiClient;
const submitted: string[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat, inspector] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'thanhtra'].map((u) =>
      ApiClient.signIn(stack.apiUrl, u),
    ),
  );
  submitted.push(
    ...(await submitToAppraisal(officer, head, ['Lò Văn Púa', 'Hà Thị Mỷ', 'Giàng A Lử'])),
  );
});
afterAll(() => stack.stop());

const timeline = async (id: string) =>
  (await NominationModel.findById(id).lean())!.history.map((h) => h.action);

describe('the secretariat’s desk: the stalled list and extended deadlines', () => {
  test('the stalled list: stage, holder, days in stage, working days left, reminders; filters', async () => {
    const list = await secretariat.get('/api/desk/stalled?unitId=VCSDT&stage=appraisal');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(3);
    const row = list.body.items.find(
      (r: { nominationId: string }) => r.nominationId === submitted[0],
    );
    expect(row).toMatchObject({
      stage: 'appraisal',
      holderRole: 'secretariat',
      daysInStage: 0,
      risk: 'on_track',
      overdue: false,
      remindersSent: [],
      enteredOn: today(),
    });
    expect(row.workingDaysLeft).toBe(10);
    expect((await secretariat.get('/api/desk/stalled?unitId=TTTT')).body.total).toBe(0);
    expect((await secretariat.get('/api/desk/stalled?holder=minister')).body.total).toBe(0);
    expect((await inspector.get('/api/desk/stalled')).status).toBe(200);
    expect((await officer.get('/api/desk/stalled')).status).toBe(403);
    const bad = await secretariat.get('/api/desk/stalled?stage=nowhere');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'stage' });
  });

  test('extend a deadline with a reason: the workflow re-plans it and records why', async () => {
    const id = submitted[0]!;
    const before = (await NominationModel.findById(id).lean())!;
    expect(
      (await secretariat.post(`/api/desk/nominations/${id}/extend`, { workingDays: 5 })).status,
    ).toBe(400);
    expect(
      (await inspector.post(`/api/desk/nominations/${id}/extend`, { workingDays: 5, reason: 'x' }))
        .status,
    ).toBe(403);
    const extended = await secretariat.post(`/api/desk/nominations/${id}/extend`, {
      workingDays: 5,
      reason: 'Chờ ý kiến của Vụ Hợp tác quốc tế',
    });
    expect(extended.status).toBe(200);
    const expectedDue = addWorkingDays(before.dueOn as IsoDate, 5, CIVIL_SERVICE_CALENDAR);
    const after = (await NominationModel.findById(id).lean())!;
    expect(after.dueOn).toBe(expectedDue);
    expect(extended.body.dueAt).toBe(new Date(endOfVietnamDate(expectedDue)).toISOString());
    const entry = after.history.at(-1)!;
    expect(entry).toMatchObject({
      action: 'deadline_extended',
      reason: 'Chờ ý kiến của Vụ Hợp tác quốc tế',
    });
    expect(entry.detail?.vi).toContain('Gia hạn thêm 5 ngày làm việc');
    expect(after.stage).toBe('appraisal');
  });
});

describe('the secretariat’s desk: reminders and escalations', () => {
  test('remind and escalate at once: notifications with their own keys, shown on the desk', async () => {
    const id = submitted[1]!;
    expect((await secretariat.post(`/api/desk/nominations/${id}/remind`, {})).status).toBe(200);
    const noNote = await secretariat.post(`/api/desk/nominations/${id}/escalate`, {});
    expect(noNote.status).toBe(400);
    expect(
      (
        await secretariat.post(`/api/desk/nominations/${id}/escalate`, {
          note: 'Đề nghị xử lý gấp',
        })
      ).status,
    ).toBe(200);
    const doc = (await NominationModel.findById(id).lean())!;
    expect(doc.alerts.map((a) => [a.kind, a.toRole])).toEqual([
      ['reminder', 'secretariat'],
      ['escalation', 'council_chair'],
    ]);
    expect(
      await NotificationModel.countDocuments({
        nominationId: id,
        kind: { $in: ['reminder', 'escalation'] },
      }),
    ).toBe(2);
    expect((await timeline(id)).slice(-2)).toEqual(['manual_reminder', 'manual_escalation']);
    const row = (await secretariat.get('/api/desk/stalled?stage=appraisal')).body.items.find(
      (r: { nominationId: string }) => r.nominationId === id,
    );
    expect(row.remindersSent).toHaveLength(2);
    expect(row.remindersSent.every((r: { manual: boolean }) => r.manual)).toBe(true);
  });

  test('an escalation before the deadline says so to the chair, with the note, naming the nominee and award', async () => {
    const id = submitted[1]!;
    const doc = (await NominationModel.findById(id).lean())!;
    const due = displayDate(doc.dueOn as IsoDate);
    // Escalated in the test above, on the day of submission: 10 working days before the deadline.
    expect(doc.overdue).toBe(false);
    expect(doc.alerts.map((a) => a.overdue)).toEqual([false, false]);

    const chair = await ApiClient.signIn(stack.apiUrl, 'chutich');
    const notice = (await chair.get('/api/inbox')).body.notifications.items.find(
      (n: { nominationId: string }) => n.nominationId === id,
    );
    expect(notice.title.vi).toBe('Báo cáo sớm (chưa quá hạn): Thẩm định');
    expect(notice.body.vi).toContain(`chưa quá hạn, sắp đến hạn ngày ${due}`);
    expect(notice.body.vi).not.toContain('đã quá hạn');
    expect(notice.body.vi).toContain('"Chiến sĩ thi đua cơ sở" năm 2025 cho Hà Thị Mỷ');
    expect(notice.body.vi).toContain(
      'Ghi chú của Hoàng Thị Mai (Thường trực Hội đồng): Đề nghị xử lý gấp',
    );
    expect(notice.body.en).toContain(`not yet overdue, due ${due}`);
    expect(`${notice.title.vi} ${notice.body.vi} ${notice.body.en}`).not.toContain(id);

    // The timeline, as the API shows it: who, why (the note), and that it was early.
    const entry = (await secretariat.get(`/api/nominations/${id}`)).body.history.find(
      (h: { action: string }) => h.action === 'manual_escalation',
    );
    expect(entry).toMatchObject({
      actor: { userId: 'thuongtruc', role: 'secretariat' },
      reason: 'Đề nghị xử lý gấp',
      detail: { vi: `Báo cáo Chủ tịch Hội đồng: hồ sơ chưa quá hạn, sắp đến hạn ngày ${due}.` },
    });
  });
});

describe('the secretariat’s desk: reassigning and bulk actions', () => {
  test('reassign to a named person; bulk actions succeed or are refused one by one', async () => {
    const id = submitted[2]!;
    const nobody = await secretariat.post(`/api/desk/nominations/${id}/reassign`, {
      assigneeUserId: 'nobody',
    });
    expect(nobody.status).toBe(422);
    expect(
      (
        await secretariat.post(`/api/desk/nominations/${id}/reassign`, {
          assigneeUserId: 'thuongtruc',
        })
      ).status,
    ).toBe(200);
    const row = (await secretariat.get('/api/desk/stalled?stage=appraisal')).body.items.find(
      (r: { nominationId: string }) => r.nominationId === id,
    );
    expect(row.assignee).toBe('Hoàng Thị Mai');

    const draft = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Chưa trình' },
      awardCode: 'LDTT',
      year: 2025,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
    });
    const bulk = await secretariat.post(
      '/api/desk/bulk',
      {
        action: 'extend',
        nominationIds: [...submitted.slice(1), draft.body._id],
        params: { workingDays: 2, reason: 'Nghỉ bù theo thông báo' },
      },
      { 'idempotency-key': 'bulk-extend-0001' },
    );
    expect(bulk.status).toBe(200);
    expect(bulk.body).toMatchObject({ done: 2, refused: 1 });
    expect(bulk.body.results[2]).toMatchObject({
      nominationId: draft.body._id,
      status: 'refused',
      // A unit's draft is not the secretariat's to see.
      error: { code: 'NOMINATION_NOT_FOUND' },
    });
    // The same key again: each workflow update has one effect.
    await secretariat.post(
      '/api/desk/bulk',
      {
        action: 'extend',
        nominationIds: submitted.slice(1),
        params: { workingDays: 2, reason: 'Nghỉ bù theo thông báo' },
      },
      { 'idempotency-key': 'bulk-extend-0001' },
    );
    expect((await timeline(submitted[1]!)).filter((a) => a === 'deadline_extended')).toHaveLength(
      1,
    );
  });
});

describe('the secretariat’s desk: late, at risk, and the pipeline', () => {
  test('late and at-risk: the projection flags a dossier that will miss its deadline, not only late ones', async () => {
    const t = today();
    const dayStart = (d: IsoDate) => new Date(endOfVietnamDate(d) - 86_400_000);
    const base = {
      unitId: 'TTTT',
      nominee: { kind: 'individual', name: 'Đinh Thị Hồng' },
      awardCode: 'BKBO',
      kind: 'merit',
      year: 2025,
      achievements: '…',
      createdBy: system,
      holderRole: 'secretariat',
    };
    const entered = addWorkingDays(t, -9, CIVIL_SERVICE_CALENDAR);
    // Late: due two working days ago.
    const lateDue = addWorkingDays(t, -2, CIVIL_SERVICE_CALENDAR);
    // At risk: 9 days in, due in 1 working day, under the planned pace (9/10 ≥ 0.7).
    const riskDue = addWorkingDays(t, 1, CIVIL_SERVICE_CALENDAR);
    // On track: just entered, 10 days left.
    const okDue = addWorkingDays(t, 10, CIVIL_SERVICE_CALENDAR);
    // Written past the workflows, with the desk key recordTransition would give them.
    const doc = (id: string, stage: 'forwarded', enteredOn: IsoDate, dueOn: IsoDate) => ({
      ...base,
      _id: id,
      stage,
      dueOn,
      deskKey: deskKey(id, stage, dueOn, dayStart(enteredOn)),
      dueAt: new Date(endOfVietnamDate(dueOn)),
      history: [{ seq: 1, at: dayStart(enteredOn), action: 'submitted', stage, actor: system }],
    });
    await NominationModel.create([
      doc('risk-late', 'forwarded', entered, lateDue),
      doc('risk-soon', 'forwarded', entered, riskDue),
      doc('risk-fine', 'forwarded', t, okDue),
    ] as any[]);
    const late = await secretariat.get('/api/desk/stalled?unitId=TTTT&risk=late');
    expect(late.body.items.map((r: { nominationId: string }) => r.nominationId)).toEqual([
      'risk-late',
    ]);
    expect(late.body.items[0]).toMatchObject({ overdue: true, workingDaysLeft: -2, risk: 'late' });
    const risky = await secretariat.get('/api/desk/stalled?unitId=TTTT&risk=at_risk');
    expect(
      risky.body.items.map((r: { nominationId: string; risk: string }) => [r.nominationId, r.risk]),
    ).toEqual([
      ['risk-late', 'late'],
      ['risk-soon', 'at_risk'],
    ]);
    expect(risky.body.items[1]).toMatchObject({
      daysInStage: 9,
      workingDaysLeft: 1,
      basis: 'planned_pace',
    });
    // Sorted by urgency: late first, then fewest working days left.
    const all = await secretariat.get('/api/desk/stalled?unitId=TTTT');
    expect(all.body.items.map((r: { nominationId: string }) => r.nominationId)).toEqual([
      'risk-late',
      'risk-soon',
      'risk-fine',
    ]);
  });

  test('the pipeline: counts per stage and unit, medians, weekly trend; units', async () => {
    const pipeline = await inspector.get('/api/desk/pipeline?weeks=4');
    expect(pipeline.status).toBe(200);
    expect(
      pipeline.body.byStage.find((s: { stage: string }) => s.stage === 'appraisal').count,
    ).toBe(3);
    expect(
      pipeline.body.byUnit.find((u: { unitId: string }) => u.unitId === 'VCSDT'),
    ).toMatchObject({
      open: 3,
      byStage: { appraisal: 3 },
    });
    expect(pipeline.body.trend).toHaveLength(4);
    expect(pipeline.body.trend[3].submitted).toBe(3);
    expect(Array.isArray(pipeline.body.medianWorkingDays)).toBe(true);
    const units = await secretariat.get('/api/desk/units');
    const unit = (id: string) => units.body.items.find((u: { unitId: string }) => u.unitId === id);
    // Open ones as the statistics count them (their workflows' steps); late ones from the desk.
    expect(unit('VCSDT')).toMatchObject({ open: 3, late: 0 });
    expect(unit('TTTT')).toMatchObject({ late: 1 });
  });
});
