import { expectIntactAfterFault } from './harness/afterFault';
import { useFaultStack } from './harness/useFaultStack';
import { AnswerLog, PatientClient } from './harness/patientClient';
import { sleep, until } from './harness/timing';
import { underBotLoad } from './harness/underBotLoad';

/** Issue #7: `kill -9` the worker mid-flow under a steady bot load, then start it again. */
describe('the worker killed with SIGKILL mid-flow', () => {
  const stack = useFaultStack();

  test('every nomination finishes once, numbers stay 1..N, read model and audit agree', async () => {
    const run = await underBotLoad(stack(), 'worker-kill', async () => {
      await stack().worker.kill();
      await sleep(5000);
      stack().worker.start();
    });
    await expectIntactAfterFault(stack(), run);
  });

  test('with no worker an action is answered 503, not left hanging; its repeat takes effect once', async () => {
    const answers = new AnswerLog();
    const [officer, head, secretariat] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((user) =>
        PatientClient.signIn(stack().apiUrl, user, answers),
      ),
    );
    const drafted = await officer.post(
      '/api/nominations',
      {
        nominee: { kind: 'individual', name: 'Lầu Thị Xua' },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ.',
      },
      'no-worker-draft',
    );
    const id: string = drafted.body._id;
    await head.post(`/api/nominations/${id}/submit`, {}, 'no-worker-submit');
    const nomination = async () => (await officer.get(`/api/nominations/${id}`)).body;
    await until('checks recorded', async () => (await nomination()).lastSeq >= 2, 60_000);

    await stack().worker.kill();
    const appraisal = { outcome: 'accept', note: 'Đủ hồ sơ' };
    const path = `/api/nominations/${id}/appraisal`;
    const unanswered = await secretariat.sendOnce<any>('POST', path, appraisal, 'no-worker-1');
    expect([unanswered?.status, unanswered?.body.error.code]).toEqual([
      503,
      'ACTION_NOT_YET_RECORDED',
    ]);
    expect(unanswered?.body.error.messageVi).toContain('cùng Idempotency-Key');

    stack().worker.start();
    const repeated = await secretariat.post(path, appraisal, 'no-worker-1');
    expect([repeated.status, repeated.body.stage]).toEqual([200, 'awaiting_decision']);
    expect((await nomination()).history.map((h: { action: string }) => h.action)).toEqual([
      'drafted',
      'submitted',
      'checks_needs_judgement',
      'appraisal_accepted',
    ]);
    expect(answers.broken).toEqual([]);
  });
});
