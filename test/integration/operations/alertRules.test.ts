import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { ALERT_RULES_FILE, prometheusBinary } from '../../../scripts/servers/prometheusServer';

const run = promisify(execFile);
const promtool = prometheusBinary('promtool');
if (!promtool) {
  console.warn(
    'alertRules: promtool is absent (Debian package `prometheus`, installed by `npm test`); the alerting rules are not checked here',
  );
}

/** Issue 17: the shipped alerting rules are valid and each fires on what should raise it. */
(promtool ? describe : describe.skip)('the alerting rules (config/prometheus)', () => {
  test('promtool check rules accepts them', async () => {
    const { stdout } = await run(promtool!, ['check', 'rules', ALERT_RULES_FILE]);
    expect(stdout).toMatch(/SUCCESS: 8 rules found/);
  });

  test('promtool test rules: each alert fires on its series, not before its time', async () => {
    const { stdout } = await run(promtool!, ['test', 'rules', 'alerts.test.yml'], {
      cwd: dirname(ALERT_RULES_FILE),
    });
    expect(stdout).toContain('SUCCESS');
  });
});
