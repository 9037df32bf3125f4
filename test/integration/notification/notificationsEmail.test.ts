import type { WorkflowHandle } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import mongoose from 'mongoose';
import pino from 'pino';
import { emailsFor, sendNotificationEmail } from '../../../activities/notification/emailDelivery';
import { messageIdFor } from '../../../activities/notification/emailMessage';
import { retireEmailOutbox } from '../../../activities/notification/retireEmailOutbox';
import { vietnamDateOf } from '../../../domain/calendar';
import { UserModel } from '../../../data/identity/userModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { NotificationModel } from '../../../data/notification/notificationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { nominationWorkflowId, type NominationStart } from '../../../workflows/nomination/messages';
import type { nominationWorkflow } from '../../../workflows/nomination/nominationWorkflow';
import { unitKey } from '../../../workflows/nomination/searchAttributes';
import { eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { TestSmtpServer } from './notificationsSmtpServer';

const FROM = 'Văn phòng TĐKT <no-reply@bdttg.gov.vn>';
const log = pino({ level: process.env.TDKT_TEST_LOG_LEVEL ?? 'silent' });

const EMAILS: Record<string, string> = {
  thuongtruc: 'mai.ht@bdttg.gov.vn',
  'thuongtruc.2': 'duc.tv@bdttg.gov.vn',
  chutich: 'nam.bv@bdttg.gov.vn',
  'canbo.vcsdt': 'lan.nt@bdttg.gov.vn',
  'canbo.tttt': 'hoa.lt@bdttg.gov.vn',
};
const head = {
  userId: 'vutruong.vcsdt',
  name: 'Trần Văn Hùng',
  role: 'unit_head' as const,
  unitId: 'VCSDT',
};

/**
 * Notification e-mails end to end: the real nomination workflow writes a notice, then sends
 * each of its e-mails as an activity with Temporal's retries, through nodemailer to a real
 * `smtp-server` on loopback. One stack and one SMTP server for the file's describes.
 */
let stack: TestStack;
let smtp: TestSmtpServer;
let counter = 0;

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  // The worker runs in this process and reads its settings at each e-mail.
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = FROM;
  stack = await startTestStack();
  await seedDemoData();
  // A second secretariat officer with an address, and a council member without one.
  await seedDemoData([{ _id: 'thuongtruc.2', name: 'Trịnh Văn Đức', role: 'secretariat' }]);
  for (const [user, email] of Object.entries(EMAILS)) {
    await UserModel.updateOne({ _id: user }, { $set: { email } });
  }
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  await stack?.stop();
  await smtp?.stop();
});
beforeEach(() => {
  smtp.mode = 'accept';
  smtp.received.length = 0;
  smtp.deferred = 0;
  smtp.refused = 0;
});

/** Submits a CSTĐCS nomination of VCSDT received on `receivedOn`; its workflow runs. */
async function submit(receivedOn: string): Promise<{ id: string; handle: WorkflowHandle }> {
  const id = `mail-wf-${++counter}`;
  await NominationModel.create({
    _id: id,
    unitId: 'VCSDT',
    nominee: { kind: 'individual', name: 'Lò Văn Púa' },
    awardCode: 'CSTDCS',
    kind: 'merit',
    year: 2026,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    stage: 'draft',
    createdBy: head,
  });
  const start: NominationStart = {
    nominationId: id,
    dossierId: `d-${id}`,
    unitId: 'VCSDT',
    awardCode: 'CSTDCS',
    kind: 'merit',
    year: 2026,
    receivedOn,
    submittedBy: head,
  };
  const handle = await stack.client.workflow.start<typeof nominationWorkflow>(
    'nominationWorkflow',
    {
      workflowId: nominationWorkflowId(id),
      taskQueue: stack.taskQueue,
      args: [start],
      typedSearchAttributes: [{ key: unitKey, value: 'VCSDT' }],
    },
  );
  return { id, handle };
}

/** The submission's notice to the unit officer, once its e-mail is settled. */
const settledNotice = (id: string) =>
  eventually(
    () => NotificationModel.findById(`${id}:change:1:unit_officer`).lean(),
    (n) => (n?.emails.length ?? 0) > 0,
    20000,
  );

/** How the e-mail activities of a workflow ended: attempt, and failure type if any. */
async function emailActivities(handle: WorkflowHandle) {
  const { events } = await handle.fetchHistory();
  const scheduled = new Set(
    events!
      .filter(
        (e) =>
          e.activityTaskScheduledEventAttributes?.activityType?.name === 'sendNotificationEmail',
      )
      .map((e) => String(e.eventId)),
  );
  const attempts = new Map(
    events!
      .filter((e) => scheduled.has(String(e.activityTaskStartedEventAttributes?.scheduledEventId)))
      .map((e) => [String(e.eventId), e.activityTaskStartedEventAttributes!.attempt]),
  );
  return events!.flatMap((e) => {
    const done = e.activityTaskCompletedEventAttributes ?? e.activityTaskFailedEventAttributes;
    if (!done || !scheduled.has(String(done.scheduledEventId))) return [];
    const failure = e.activityTaskFailedEventAttributes?.failure?.applicationFailureInfo;
    return [
      {
        attempt: attempts.get(String(done.startedEventId)),
        failure: failure ? { type: failure.type, nonRetryable: failure.nonRetryable } : null,
      },
    ];
  });
}

describe('notification e-mails: one per recipient', () => {
  test('a reminder, an escalation and a stage change: one e-mail per recipient, recorded, Vietnamese intact', async () => {
    // Received Thu 05/02/2026: the 10 working days (Tết break 14–22/02) ended 26/02/2026,
    // so the reminder and the escalation are both due at once.
    const { id, handle } = await submit('2026-02-05');
    await eventually(
      () => NominationModel.findById(id).lean(),
      (doc) => doc?.overdue === true,
    );
    await eventually(
      async () => smtp.received.length,
      (n) => n >= 4,
      20000,
    );

    // Sent past the deadline, so it says so (and names the dossier by its nominee and award).
    const reminders = smtp.received.filter(
      (m) => m.subject === '[TĐKT] Nhắc việc (đã quá hạn): Thẩm định',
    );
    expect(reminders.map((m) => m.to).sort()).toEqual([
      [EMAILS['thuongtruc.2']],
      [EMAILS.thuongtruc],
    ]);
    const toMai = reminders.find((m) => m.to.includes(EMAILS.thuongtruc!))!;
    expect(toMai.headers['content-type']).toMatch(/charset=utf-8/i);
    expect(toMai.headers.from).toBe(FROM);
    expect(toMai.text).toContain('Kính gửi Hoàng Thị Mai,');
    expect(toMai.text).toContain(
      'Hồ sơ đề nghị "Chiến sĩ thi đua cơ sở" năm 2026 cho Lò Văn Púa ở bước "Thẩm định" đã quá hạn (hạn 26/02/2026); đề nghị xử lý.',
    );
    expect(toMai.text).toContain('Hạn xử lý: hết ngày 26/02/2026');
    const reminder = await eventually(
      () => NotificationModel.findById(`${id}:1:reminder`).lean(),
      (n) => n?.emails.length === 2,
    );
    expect(reminder!.emails.find((e) => e.userId === 'thuongtruc')).toMatchObject({
      to: EMAILS.thuongtruc,
      status: 'sent',
      attempts: 1,
      answer: expect.stringMatching(/^250/),
    });
    expect(toMai.messageId).toBe(messageIdFor(`${id}:1:reminder`, 'thuongtruc', 'bdttg.gov.vn'));

    // The escalation goes one level up; the stage change to the unit, not to another unit.
    const escalations = smtp.received.filter((m) => m.subject === '[TĐKT] Quá hạn: Thẩm định');
    expect(escalations.map((m) => m.to)).toEqual([[EMAILS.chutich]]);
    expect(escalations[0]!.text).toContain('ở bước "Thẩm định" đã quá hạn (hạn 26/02/2026)');
    const changes = smtp.received.filter(
      (m) => m.subject === '[TĐKT] Hồ sơ chuyển bước: Thẩm định',
    );
    expect(changes.map((m) => m.to)).toEqual([[EMAILS['canbo.vcsdt']]]);
    expect(changes[0]!.text).toContain('cho Lò Văn Púa');
    expect(smtp.mailsTo(EMAILS['canbo.tttt']!)).toEqual([]);
    // Nothing else was sent: one mail per (notification, recipient), and no copy.
    expect(smtp.received).toHaveLength(4);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(4);

    // A retry of a send that was recorded (its answer lost on the way to Temporal) sends nothing.
    const [owed] = await emailsFor([{ ...reminder!, toUnitId: undefined }]);
    const retry = new MockActivityEnvironment({ attempt: 2 });
    await retry.run(sendNotificationEmail, owed!);
    expect(smtp.received).toHaveLength(4);
    await captureHistory(handle, 'nomination-notices-emailed');
  });
});

describe('notification e-mails: deferred, refused or without an address', () => {
  test('a server that defers, then recovers: retried by Temporal, delivered once', async () => {
    smtp.mode = 'defer';
    const { id, handle } = await submit(vietnamDateOf(new Date()));
    await eventually(
      async () => smtp.deferred,
      (n) => n >= 1,
      20000,
    );
    smtp.mode = 'accept';
    const notice = await settledNotice(id);
    expect(notice!.emails).toEqual([
      expect.objectContaining({ userId: 'canbo.vcsdt', status: 'sent', attempts: 2 }),
    ]);
    expect(smtp.deferred).toBe(1);
    expect(smtp.mailsTo(EMAILS['canbo.vcsdt']!)).toHaveLength(1);
    // The first attempt failed as retryable; the second completed.
    expect(await emailActivities(handle)).toEqual([{ attempt: 2, failure: null }]);
  });

  test('a recipient the server refuses for good: recorded with its answer, not retried', async () => {
    smtp.mode = 'refuse-recipient';
    const { id, handle } = await submit(vietnamDateOf(new Date()));
    const notice = await settledNotice(id);
    expect(notice!.emails).toEqual([
      expect.objectContaining({
        userId: 'canbo.vcsdt',
        to: EMAILS['canbo.vcsdt'],
        status: 'refused',
        attempts: 1,
        answer: expect.stringContaining('550'),
      }),
    ]);
    await eventually(
      () => emailActivities(handle),
      (ended) => ended.length === 1,
    );
    expect(await emailActivities(handle)).toEqual([
      { attempt: 1, failure: { type: 'SMTP_REFUSED', nonRetryable: true } },
    ]);
    expect(smtp.refused).toBe(1);
    expect(smtp.received).toEqual([]);
  });

  test('users without an address, inactive users and other units get no e-mail', async () => {
    await UserModel.updateOne({ _id: 'thuongtruc.2' }, { $set: { active: false } });
    const notice = (toRole: 'secretariat' | 'unit_officer', toUnitId?: string) => ({
      _id: `mail-test-${++counter}:reminder`,
      kind: 'reminder' as const,
      toRole,
      toUnitId,
      title: { vi: 'Sắp đến hạn', en: 'Due soon' },
      body: { vi: 'Hồ sơ cần xử lý.', en: 'A nomination is due.' },
      createdAt: new Date(),
    });
    const owed = await emailsFor([notice('secretariat'), notice('unit_officer', 'VCSDT')]);
    await UserModel.updateOne({ _id: 'thuongtruc.2' }, { $set: { active: true } });
    expect(owed.map((m) => [m.userId, m.to])).toEqual([
      ['thuongtruc', EMAILS.thuongtruc],
      ['canbo.vcsdt', EMAILS['canbo.vcsdt']],
    ]);
  });
});

describe('notification e-mails: the outbox upgrade', () => {
  test("the upgrade sends the outbox's pending mails once, records the rest and drops it", async () => {
    const db = mongoose.connection.db!;
    const outbox = db.collection('email_outbox');
    const legacy = (id: string, createdAt: Date) =>
      NotificationModel.collection.insertOne({
        _id: id,
        kind: 'reminder',
        toRole: 'council_chair',
        title: { vi: 'Sắp đến hạn: Hội đồng bỏ phiếu', en: 'Due soon: Council vote' },
        body: { vi: 'Hồ sơ cần được xử lý.', en: 'A nomination is due.' },
        readBy: [],
        createdAt,
        updatedAt: createdAt,
      } as never);
    const now = new Date();
    const weeksAgo = new Date(now.getTime() - 30 * 24 * 3_600_000);
    await legacy('old-pending:reminder', now);
    await legacy('old-sent:reminder', now);
    await legacy('old-stale:reminder', weeksAgo);
    // Not fanned out yet when the old worker stopped.
    await legacy('old-unqueued:reminder', now);
    const mail = (notificationId: string, extra: Record<string, unknown>) => ({
      _id: `${notificationId}/chutich`,
      notificationId,
      userId: 'chutich',
      to: EMAILS.chutich,
      subject: '[TĐKT] Sắp đến hạn: Hội đồng bỏ phiếu',
      text: 'Kính gửi Bùi Văn Nam,',
      messageId: messageIdFor(notificationId, 'chutich', 'bdttg.gov.vn'),
      attempts: 1,
      nextAttemptAt: now,
      createdAt: now,
      ...extra,
    });
    await outbox.insertMany([
      mail('old-pending:reminder', { status: 'pending', lastError: '451 busy' }),
      mail('old-sent:reminder', { status: 'sent', smtpResponse: '250 OK', sentAt: now }),
      mail('old-stale:reminder', { status: 'pending', createdAt: weeksAgo }),
    ] as never[]);
    await db
      .collection('email_claims')
      .insertOne({ _id: 'old-pending:reminder/chutich#1' } as never);
    await NotificationModel.collection.updateMany(
      {
        _id: { $in: ['old-pending:reminder', 'old-sent:reminder', 'old-stale:reminder'] },
      } as never,
      { $set: { emailQueuedAt: now } },
    );

    // Two workers start at once, and one again later.
    await Promise.all([retireEmailOutbox(log), retireEmailOutbox(log)]);
    await retireEmailOutbox(log);

    expect(
      smtp
        .mailsTo(EMAILS.chutich!)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['[TĐKT] Sắp đến hạn: Hội đồng bỏ phiếu', '[TĐKT] Sắp đến hạn: Hội đồng bỏ phiếu']);
    const emails = async (id: string) => (await NotificationModel.findById(id).lean())!.emails;
    expect(await emails('old-pending:reminder')).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2 }),
    ]);
    expect(await emails('old-unqueued:reminder')).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 1 }),
    ]);
    expect(await emails('old-sent:reminder')).toEqual([
      expect.objectContaining({ status: 'sent', answer: '250 OK' }),
    ]);
    expect(await emails('old-stale:reminder')).toEqual([
      expect.objectContaining({ status: 'failed', answer: expect.stringContaining('7 days') }),
    ]);
    const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map(
      (c) => c.name,
    );
    expect(collections).not.toContain('email_outbox');
    expect(collections).not.toContain('email_claims');
  });
});
