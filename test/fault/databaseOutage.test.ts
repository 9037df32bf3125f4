import { expectIntactAfterFault } from './harness/afterFault';
import { useFaultStack } from './harness/useFaultStack';
import { AnswerLog, PatientClient, type Answer } from './harness/patientClient';
import { sleep } from './harness/timing';
import { underBotLoad } from './harness/underBotLoad';

const OUTAGE_MS = 30_000;
/** First it hangs (open connections, no answers), then it is gone (connections refused). */
const FROZEN_MS = 10_000;

/**
 * Issue #7: the database (FerretDB) out for 30 s under load — frozen with SIGSTOP, then
 * killed with SIGKILL — and started again on the same port and files. Meanwhile the API
 * says so (503, bilingual) and never hangs, the activities retry, and afterwards
 * everything carries on with nothing lost.
 */
describe('the database down for 30 s', () => {
  const stack = useFaultStack();

  test('the API answers 503; afterwards every nomination finishes once and all agrees', async () => {
    const officer = await PatientClient.signIn(stack().apiUrl, 'canbo.vcsdt', new AnswerLog());
    const duringOutage: (Answer | undefined)[] = [];
    const run = await underBotLoad(stack(), 'database-outage', async () => {
      const down = Date.now();
      stack().database.freeze();
      await sleep(FROZEN_MS);
      await stack().database.kill();
      await sleep(1000);
      duringOutage.push(
        await officer.sendOnce('GET', '/api/nominations'),
        await officer.sendOnce(
          'POST',
          '/api/nominations',
          {
            nominee: { kind: 'individual', name: 'Mùa A Sính' },
            awardCode: 'LDTT',
            year: 2025,
            achievements: 'Hoàn thành tốt nhiệm vụ.',
          },
          'outage-draft-1',
        ),
      );
      await sleep(OUTAGE_MS - (Date.now() - down));
      await stack().database.start();
    });

    for (const answer of duringOutage) {
      expect(answer?.status).toBe(503);
      expect(answer?.body.error).toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        messageVi: expect.stringContaining('Cơ sở dữ liệu tạm thời không truy cập được'),
        message: expect.stringContaining('database is temporarily unavailable'),
      });
    }
    expect(run.answers.count('503 DATABASE_UNAVAILABLE')).toBeGreaterThan(0);
    await expectIntactAfterFault(stack(), run);
  });
});
