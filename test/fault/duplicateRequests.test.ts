import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import { IdempotentRequestModel } from '../../data/http/idempotentRequestModel';
import { DossierModel } from '../../data/nomination/dossierModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { expectRecordsAgree } from './harness/afterFault';
import { useFaultStack } from './harness/useFaultStack';
import { AnswerLog, PatientClient } from './harness/patientClient';
import { sleep, until } from './harness/timing';

const TIMES = 20;
const concurrently = <T>(send: () => Promise<T>) =>
  Promise.all(Array.from({ length: TIMES }, send));

/** The audit entry is appended just after the answer; a second one would follow as fast. */
async function expectOneAuditEntry(idempotencyKey: string): Promise<void> {
  const count = () => AuditEntryModel.countDocuments({ idempotencyKey });
  await until(`audit entry of ${idempotencyKey}`, async () => (await count()) > 0, 30_000);
  await sleep(1000);
  expect(await count()).toBe(1);
}

/**
 * Issue #7: the same request sent 20 times at once with one Idempotency-Key — a client
 * retrying over a flaky network — has exactly one effect; and a key whose first request
 * died unanswered can be used again.
 */
describe('the same request many times at once', () => {
  const stack = useFaultStack();
  const answers = new AnswerLog();
  let officer: PatientClient, head: PatientClient, secretariat: PatientClient;
  let chair: PatientClient, member1: PatientClient, member2: PatientClient;
  let nominationId: string;

  beforeAll(async () => {
    [officer, head, secretariat, chair, member1, member2] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'chutich', 'hoidong.1', 'hoidong.2'].map(
        (user) => PatientClient.signIn(stack().apiUrl, user, answers),
      ),
    );
  });

  const nomination = async () =>
    (await officer.get(`/api/nominations/${nominationId}`)).body as {
      stage: string;
      lastSeq: number;
      history: { action: string }[];
    };

  test('20 identical submissions: one dossier, one step, one audit entry, 20 equal answers', async () => {
    const drafted = await officer.post(
      '/api/nominations',
      {
        nominee: { kind: 'individual', name: 'Sùng Thị Máy', position: 'Chuyên viên' },
        awardCode: 'CSTDCS',
        year: 2025,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
      },
      'dup-draft',
    );
    nominationId = drafted.body._id;
    const submits = await concurrently(() =>
      head.post(`/api/nominations/${nominationId}/submit`, {}, 'dup-submit'),
    );
    expect(new Set(submits.map((s) => s.status))).toEqual(new Set([202]));
    expect(new Set(submits.map((s) => JSON.stringify(s.body))).size).toBe(1);
    expect(await DossierModel.countDocuments({ nominationIds: nominationId })).toBe(1);
    await until('checks recorded', async () => (await nomination()).lastSeq >= 2, 60_000);
    expect((await nomination()).history.map((h) => h.action)).toEqual([
      'drafted',
      'submitted',
      'checks_needs_judgement',
    ]);
    await expectOneAuditEntry('dup-submit');
  });

  test('20 identical appraisals: one transition', async () => {
    const appraisals = await concurrently(() =>
      secretariat.post(
        `/api/nominations/${nominationId}/appraisal`,
        { outcome: 'accept', note: 'Đủ hồ sơ' },
        'dup-appraisal',
      ),
    );
    expect(new Set(appraisals.map((a) => `${a.status} ${a.body.stage}`))).toEqual(
      new Set(['200 council_review']),
    );
    expect((await nomination()).history.map((h) => h.action)).toEqual([
      'drafted',
      'submitted',
      'checks_needs_judgement',
      'appraisal_accepted',
    ]);
    await expectOneAuditEntry('dup-appraisal');
  });

  test('20 identical secret ballots from one member: one ballot counted', async () => {
    const round = await secretariat.post(
      '/api/council-rounds',
      {
        title: 'Phiên họp xét Chiến sĩ thi đua cơ sở năm 2025',
        members: ['hoidong.1', 'hoidong.2', 'chutich'],
        chairId: 'chutich',
        scheduledOn: '2026-01-15',
        deadline: new Date(Date.now() + 3600_000).toISOString(),
      },
      'dup-round',
    );
    expect(round).toMatchObject({ status: 201 });
    const roundId: string = round.body._id;
    const path = `/api/council-rounds/${roundId}`;
    const added = await secretariat.post(
      `${path}/nominations`,
      {
        nominations: [{ nominationId }],
        ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 20 }],
      },
      'dup-add-to-round',
    );
    expect(added).toMatchObject({ status: 200 });
    await until('council vote', async () => (await nomination()).stage === 'council_vote', 60_000);
    const present = { present: ['hoidong.1', 'hoidong.2', 'chutich'] };
    expect((await chair.post(`${path}/attendance`, present, 'dup-attendance')).status).toBe(200);
    expect((await chair.post(`${path}/open`, {}, 'dup-open-ballot')).status).toBe(200);

    const approve = { choices: [{ nominationId, choice: 'approve' }] };
    const ballots = await concurrently(() =>
      member1.post(`${path}/ballot`, approve, 'dup-ballot-1'),
    );
    expect(ballots.map((b) => b.status)).toEqual(ballots.map(() => 200));
    expect(ballots.filter((b) => b.body.secretBallot === 'recorded')).toHaveLength(1);
    expect(ballots.filter((b) => b.body.secretBallot === 'already_recorded')).toHaveLength(
      TIMES - 1,
    );
    for (const [member, key] of [
      [member2, 'dup-ballot-2'],
      [chair, 'dup-ballot-3'],
    ] as const) {
      expect((await member.post(`${path}/ballot`, approve, key)).status).toBe(200);
    }
    expect((await chair.post(`${path}/close`, {}, 'dup-close-ballot')).status).toBe(200);
    let closed: any;
    await until(
      'round closed',
      async () => (closed = (await chair.get(path)).body).status === 'closed',
      60_000,
    );
    expect(closed.results[0].counts).toEqual({ approve: 3, reject: 0, abstain: 0 });
    await until(
      'council passed',
      async () => (await nomination()).stage === 'awaiting_decision',
      60_000,
    );
  });

  test('a key whose request died unanswered is in use for a while, then runs again', async () => {
    const body = {
      nominee: { kind: 'individual', name: 'Thào A Chứ' },
      awardCode: 'LDTT',
      year: 2025,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
    };
    const first = await officer.post('/api/nominations', body, 'dup-abandoned');
    expect(first.status).toBe(201);
    const stored = { 'body._id': first.body._id };
    await until(
      'answer stored',
      async () => (await IdempotentRequestModel.countDocuments({ ...stored, state: 'done' })) > 0,
      30_000,
    );
    // As the API leaves a key when the database or the process dies mid-request: pending.
    const abandon = (ageMs: number) =>
      IdempotentRequestModel.collection.updateOne(stored, {
        $set: { state: 'pending', createdAt: new Date(Date.now() - ageMs) },
        $unset: { status: '' },
      });
    await abandon(0);
    const whileRunning = await officer.sendOnce<any>(
      'POST',
      '/api/nominations',
      body,
      'dup-abandoned',
    );
    expect([whileRunning?.status, whileRunning?.body.error.code]).toEqual([
      409,
      'IDEMPOTENCY_KEY_IN_USE',
    ]);
    await abandon(60_000);
    const again = await officer.sendOnce<any>('POST', '/api/nominations', body, 'dup-abandoned');
    expect([again?.status, again?.body._id]).toEqual([201, first.body._id]);
    expect(await NominationModel.countDocuments({ 'nominee.name': 'Thào A Chứ' })).toBe(1);
  });

  test('no answer broke the promise; the read model equals the workflow; the audit chain holds', async () => {
    expect(answers.broken).toEqual([]);
    await expectRecordsAgree(stack(), 1);
  });
});
