import { expectIntactAfterFault } from './harness/afterFault';
import { useFaultStack } from './harness/useFaultStack';
import { sleep } from './harness/timing';
import { underBotLoad } from './harness/underBotLoad';

/**
 * Issue #7: the Temporal dev server killed with SIGKILL under load and started again on
 * the same port and SQLite file; the worker and the API reconnect by themselves.
 */
describe('the Temporal server killed and restarted', () => {
  const stack = useFaultStack();

  test('every nomination finishes once, numbers stay 1..N, read model and audit agree', async () => {
    const run = await underBotLoad(stack(), 'temporal-restart', async () => {
      await stack().temporal.kill();
      await sleep(5000);
      await stack().temporal.start();
    });
    await expectIntactAfterFault(stack(), run);
  });
});
