import pino from 'pino';
import { enqueueNotificationEmails } from '../../activities/notification/emailOutbox';
import { EmailSender, startEmailDispatch } from '../../activities/notification/emailSender';
import type { Role } from '../../domain/process/roles';
import { UserModel } from '../../data/identity/userModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { EmailClaimModel, EmailOutboxModel } from '../../data/notification/emailOutboxModel';
import { NotificationModel } from '../../data/notification/notificationModel';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { nominationWorkflowId, type NominationStart } from '../../workflows/nomination/messages';
import type { nominationWorkflow } from '../../workflows/nomination/nominationWorkflow';
import { unitKey } from '../../workflows/nomination/searchAttributes';
import { eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';
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

/**
 * Notification e-mails end to end: the real nomination workflow raises a reminder, the
 * outbox fans it out, nodemailer delivers it over SMTP to a real `smtp-server` on loopback.
 */
describe('notification e-mails', () => {
  let stack: TestStack;
  let smtp: TestSmtpServer;
  let counter = 0;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    // A second secretariat officer with an address, and a council member without one.
    await seedDemoData([{ _id: 'thuongtruc.2', name: 'Trịnh Văn Đức', role: 'secretariat' }]);
    for (const [user, email] of Object.entries(EMAILS)) {
      await UserModel.updateOne({ _id: user }, { $set: { email } });
    }
    smtp = await TestSmtpServer.start();
  });
  afterAll(async () => {
    await smtp?.stop();
    await stack?.stop();
  });
  beforeEach(() => {
    smtp.mode = 'accept';
    smtp.received.length = 0;
  });

  const sender = (options: { backoffMs?: number; maxAttempts?: number } = {}) =>
    new EmailSender({ smtpUrl: smtp.url, from: FROM, maxAttempts: 5, log, ...options });

  /** A notification as a reminder activity writes it, for the tests of delivery itself. */
  async function notification(toRole: Role, toUnitId?: string): Promise<string> {
    const id = `mail-test-${++counter}:reminder`;
    await NotificationModel.create({
      _id: id,
      kind: 'reminder',
      toRole,
      toUnitId,
      nominationId: `mail-test-${counter}`,
      title: { vi: 'Sắp đến hạn: Hội đồng bỏ phiếu', en: 'Due soon: Council vote' },
      body: {
        vi: `Hồ sơ mail-test-${counter} cần được xử lý trước hết ngày 31/12/2026.`,
        en: `Nomination mail-test-${counter} is due by 31/12/2026.`,
      },
      dueAt: new Date('2026-12-31T16:59:59.999Z'),
    });
    return id;
  }

  test('a reminder from the workflow: exactly one e-mail per recipient, Vietnamese intact', async () => {
    const id = 'mail-wf-1';
    await NominationModel.create({
      _id: id,
      unitId: 'VCSDT',
      nominee: { kind: 'individual', name: 'Lò Văn Púa' },
      awardCode: 'CSTDCS',
      kind: 'merit',
      year: 2026,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      stage: 'draft',
      createdBy: { userId: 'vutruong.vcsdt', name: 'Trần Văn Hùng', role: 'unit_head' },
    });
    // Received Thu 05/02/2026: the 10 working days (Tết break 14–22/02) ended 26/02/2026,
    // so the reminder and the escalation are both due at once.
    const start: NominationStart = {
      nominationId: id,
      dossierId: `d-${id}`,
      unitId: 'VCSDT',
      awardCode: 'CSTDCS',
      kind: 'merit',
      year: 2026,
      receivedOn: '2026-02-05',
      submittedBy: {
        userId: 'vutruong.vcsdt',
        name: 'Trần Văn Hùng',
        role: 'unit_head',
        unitId: 'VCSDT',
      },
    };
    await stack.client.workflow.start<typeof nominationWorkflow>('nominationWorkflow', {
      workflowId: nominationWorkflowId(id),
      taskQueue: stack.taskQueue,
      args: [start],
      typedSearchAttributes: [{ key: unitKey, value: 'VCSDT' }],
    });
    await eventually(
      () => NominationModel.findById(id).lean(),
      (doc) => doc?.overdue === true,
    );

    // Two dispatch rounds, and a fan-out repeated as after a crash before `emailQueuedAt`
    // was written: still one mail per (notification, recipient).
    await enqueueNotificationEmails(FROM);
    await sender().sendDue();
    await NotificationModel.updateMany({ nominationId: id }, { $unset: { emailQueuedAt: 1 } });
    await enqueueNotificationEmails(FROM);
    await sender().sendDue();

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
    const outbox = await EmailOutboxModel.findById(`${id}:1:reminder/thuongtruc`).lean();
    expect(outbox).toMatchObject({ status: 'sent', attempts: 1 });
    expect(toMai.messageId).toBe(outbox!.messageId);

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
  });

  test('a server that defers, then recovers: retried with backoff and delivered once', async () => {
    const id = await notification('council_chair');
    await enqueueNotificationEmails(FROM);
    smtp.mode = 'defer';
    const mailer = sender({ backoffMs: 100 });
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    // Not due again before its backoff has passed.
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const waiting = await EmailOutboxModel.findById(`${id}/chutich`).lean();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.lastError).toContain('451');

    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    smtp.mode = 'accept';
    await eventually(
      () => mailer.sendDue(),
      (report) => report.sent === 1,
      5000,
    );
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    mailer.close();

    expect(smtp.deferred).toBe(2);
    expect(smtp.mailsTo(EMAILS.chutich!)).toHaveLength(1);
    expect(await EmailOutboxModel.findById(`${id}/chutich`).lean()).toMatchObject({
      status: 'sent',
      attempts: 3,
    });
  });

  test('a recipient the server refuses for good fails at once, without retries', async () => {
    const id = await notification('council_chair');
    await enqueueNotificationEmails(FROM);
    smtp.mode = 'refuse-recipient';
    const mailer = sender({ backoffMs: 1 });
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    mailer.close();
    const failed = await EmailOutboxModel.findById(`${id}/chutich`).lean();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.lastError).toContain('550');
  });

  test('two dispatchers at once: every mail delivered exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await notification('secretariat'));
    const dispatchers = [1, 2].map(() =>
      startEmailDispatch({ smtpUrl: smtp.url, from: FROM, maxAttempts: 5, pollMs: 20, log }),
    );
    const outbox = () => EmailOutboxModel.find({ notificationId: { $in: ids } }).lean();
    const done = await eventually(
      outbox,
      (mails) => mails.length === 24 && mails.every((m) => m.status === 'sent'),
      20000,
    );
    await Promise.all(dispatchers.map((d) => d.stop()));

    expect(done.every((m) => m.attempts === 1)).toBe(true);
    expect(smtp.received).toHaveLength(24);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(24);
    expect(smtp.mailsTo(EMAILS.thuongtruc!)).toHaveLength(12);
    expect(smtp.mailsTo(EMAILS['thuongtruc.2']!)).toHaveLength(12);
  });

  test('a mail another sender is sending is left alone; once its sender died, it is sent again with the same Message-ID', async () => {
    const id = await notification('council_chair');
    await enqueueNotificationEmails(FROM);
    const outboxId = `${id}/chutich`;
    // Another sender holds attempt 1 and its lease runs: not ours to send.
    await EmailClaimModel.create({
      _id: `${outboxId}#1`,
      outboxId,
      attempt: 1,
      leaseUntil: new Date(Date.now() + 60_000),
    });
    const mailer = sender();
    expect(await mailer.sendDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
    // That sender died (maybe after the server's 250, before marking it): the lease expires.
    await EmailClaimModel.updateOne(
      { _id: `${outboxId}#1` },
      { $set: { leaseUntil: new Date(Date.now() - 1) } },
    );
    expect(await mailer.sendDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    mailer.close();
    const mail = await EmailOutboxModel.findById(outboxId).lean();
    expect(mail).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.mailsTo(EMAILS.chutich!).map((m) => m.messageId)).toEqual([mail!.messageId]);
    expect(await EmailClaimModel.countDocuments({ outboxId })).toBe(0);
  });

  test('users without an address, inactive users and other units get no e-mail', async () => {
    await UserModel.updateOne({ _id: 'thuongtruc.2' }, { $set: { active: false } });
    const id = await notification('secretariat');
    const unitOnly = await notification('unit_officer', 'VCSDT');
    await enqueueNotificationEmails(FROM);
    await UserModel.updateOne({ _id: 'thuongtruc.2' }, { $set: { active: true } });
    expect(
      (await EmailOutboxModel.find({ notificationId: { $in: [id, unitOnly] } }).lean())
        .map((m) => m._id)
        .sort(),
    ).toEqual([`${id}/thuongtruc`, `${unitOnly}/canbo.vcsdt`]);
    expect(await NotificationModel.findById(unitOnly).lean()).toMatchObject({
      emailRecipients: 1,
    });
  });
});
