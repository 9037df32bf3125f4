import { CIVIL_SERVICE_CALENDAR, addWorkingDays, deadlineAfter } from '../../../domain/calendar';
import { NotificationModel } from '../../../data/notification/notificationModel';
import { appraiseUpdate, resubmitUpdate } from '../../../workflows/nomination/messages';
import { eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import {
  head,
  otherHead,
  secretariat,
  today,
  nominationWorkflowSuite,
} from './nominationWorkflowSuite';

/** The nomination workflow on the real dev server with real activities and database. */
describe('nominationWorkflow: the appraisal clock, returns and supplements', () => {
  const { submit, idOf, record, actions } = nominationWorkflowSuite('clock');

  test('§7.2 return pauses the appraisal clock; resubmission shows in the timeline and restarts it', async () => {
    const receivedOn = addWorkingDays(today(), -3, CIVIL_SERVICE_CALENDAR);
    const handle = await submit('CSTDCS', { receivedOn });
    expect((await record(handle))!.dueOn).toBe(
      deadlineAfter(receivedOn, 10, CIVIL_SERVICE_CALENDAR),
    );

    const returned = await handle.executeUpdate(appraiseUpdate, {
      args: [
        {
          actor: secretariat,
          outcome: 'return',
          reasons: [
            {
              code: 'MISSING_DOCUMENT',
              message: { vi: 'Thiếu báo cáo thành tích', en: 'Achievement report missing' },
              item: 'documents.achievement_report',
            },
          ],
        },
      ],
    });
    expect(returned.stage).toBe('returned');
    const atReturn = await record(handle);
    expect(atReturn).toMatchObject({
      holderRole: 'unit_head',
      dueOn: deadlineAfter(today(), 10, CIVIL_SERVICE_CALENDAR),
    });
    expect(atReturn!.history.at(-1)!.reasons![0]).toMatchObject({
      code: 'MISSING_DOCUMENT',
      item: 'documents.achievement_report',
    });

    await expect(
      handle.executeUpdate(resubmitUpdate, { args: [{ actor: head, dossierVersion: 1 }] }),
    ).rejects.toMatchObject({ cause: { type: 'INVALID_ACTION' } });
    await expect(
      handle.executeUpdate(resubmitUpdate, { args: [{ actor: otherHead, dossierVersion: 2 }] }),
    ).rejects.toMatchObject({ cause: { type: 'NOT_YOUR_UNIT' } });
    const back = await handle.executeUpdate(resubmitUpdate, {
      args: [{ actor: head, dossierVersion: 2 }],
    });
    expect(back.stage).toBe('appraisal');
    // 3 of the 10 working days were used before the return; 7 remain from today.
    expect((await record(handle))!.dueOn).toBe(deadlineAfter(today(), 7, CIVIL_SERVICE_CALENDAR));
    // What was sent each time is written by the workflow itself, not by the API.
    expect((await record(handle))!.submissions.map((s) => s.version)).toEqual([1, 2]);
    // nomination-resubmitted.json is this path before its steps wrote the submissions and
    // checks, nomination-resubmitted-written-with-steps.json before its short steps ran locally.
    await captureHistory(handle, 'nomination-resubmitted-local-steps');
  });

  test('a supplement not sent in time ends the nomination, after a reminder and an escalation', async () => {
    // Received and returned (by a letter of that day) 15 working days ago.
    const letter = addWorkingDays(today(), -15, CIVIL_SERVICE_CALENDAR);
    const handle = await submit('BKBO', { receivedOn: letter });
    await handle.executeUpdate(appraiseUpdate, {
      args: [
        {
          actor: secretariat,
          outcome: 'return',
          effectiveOn: letter,
          reasons: [
            { code: 'MISSING_DOCUMENT', message: { vi: 'Thiếu biên bản', en: 'Minutes missing' } },
          ],
        },
      ],
    });
    expect((await handle.result()).stage).toBe('rejected');
    expect(await actions(handle)).toEqual([
      'submitted',
      'checks_needs_judgement',
      'returned',
      'supplement_deadline_missed',
    ]);
    // The appraisal's own deadline had passed as well; the unit's period is the one here.
    const alerts = (await record(handle))!.alerts.filter((a) => a.stage === 'returned');
    expect(alerts.map((a) => [a.kind, a.toRole])).toEqual([
      ['reminder', 'unit_head'],
      ['escalation', 'secretariat'],
    ]);
    const reminder = await NotificationModel.findOne({
      nominationId: idOf(handle),
      kind: 'reminder',
      toRole: 'unit_head',
    }).lean();
    expect(reminder!.toUnitId).toBe('VP');
    await captureHistory(handle, 'nomination-supplement-missed');
  });

  test('across Tết 2026: reminder on the 7th and escalation after the 10th working day', async () => {
    // Received Thu 05/02/2026; Tết break 14–22/02 (Thông báo 9441): the 10 working days end 26/02.
    const handle = await submit('CSTDCS', { receivedOn: '2026-02-05' });
    await eventually(
      () => record(handle),
      (doc) => doc!.overdue === true,
    );
    const doc = await record(handle);
    expect(doc).toMatchObject({ dueOn: '2026-02-26', holderRole: 'secretariat', overdue: true });
    expect(doc!.alerts.map((a) => [a.kind, a.toRole])).toEqual([
      ['reminder', 'secretariat'],
      ['escalation', 'council_chair'],
    ]);
    const escalation = await NotificationModel.findOne({
      nominationId: idOf(handle),
      kind: 'escalation',
    }).lean();
    expect(escalation?.body?.vi).toContain('26/02/2026');
    // Overdue, not stuck: the secretariat can still act, and the next stage has a fresh deadline.
    const status = await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(status.stage).toBe('council_review');
    expect((await record(handle))!.overdue).toBe(false);
    await captureHistory(handle, 'nomination-escalated-across-tet');
  });
});
