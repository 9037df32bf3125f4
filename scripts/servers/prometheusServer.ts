import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  retryStartUp,
  startChild,
  stopChild,
  waitUntilReady,
  type RunningServer,
} from './childProcess';
import { freePort } from './freePort';
import { repoRoot } from '../../config/repoRoot';

/** The alerting rules shipped with the product, checked by `promtool` in the tests. */
export const ALERT_RULES_FILE = join(repoRoot(), 'config', 'prometheus', 'alerts.yml');

/** `prometheus` (Debian's package, or PROMETHEUS_PATH), or `undefined` where it is absent. */
export function prometheusBinary(
  name: 'prometheus' | 'promtool' = 'prometheus',
): string | undefined {
  const override = name === 'prometheus' ? process.env.PROMETHEUS_PATH : process.env.PROMTOOL_PATH;
  if (override) return override;
  try {
    return (
      execFileSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

interface PrometheusOptions {
  dataDir: string;
  /** Scrape jobs: job name → `host:port` serving `/metrics`. */
  targets: Record<string, string>;
  scrapeIntervalSeconds?: number;
}

/**
 * A real Prometheus server scraping `targets` with the product's alerting rules loaded, its
 * time series in `dataDir`. Resolves once it reports ready; `address` is its HTTP base URL.
 */
export function startPrometheusServer(options: PrometheusOptions): Promise<RunningServer> {
  return retryStartUp(() => startPrometheusOnce(options));
}

async function startPrometheusOnce(options: PrometheusOptions): Promise<RunningServer> {
  const binary = prometheusBinary();
  if (!binary) throw new Error('prometheus is not installed (Debian: apt-get install prometheus)');
  const port = await freePort();
  const interval = `${options.scrapeIntervalSeconds ?? 1}s`;
  const dir = join(options.dataDir, 'prometheus');
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'prometheus.yml');
  // JSON is YAML: no YAML writer needed.
  writeFileSync(
    configFile,
    JSON.stringify({
      global: { scrape_interval: interval, evaluation_interval: interval },
      rule_files: [ALERT_RULES_FILE],
      scrape_configs: Object.entries(options.targets).map(([job, target]) => ({
        job_name: job,
        static_configs: [{ targets: [target] }],
      })),
    }),
  );
  const logFile = join(options.dataDir, 'prometheus.log');
  const address = `http://127.0.0.1:${port}`;
  const child = startChild(
    'prometheus',
    binary,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    logFile,
  );
  await waitUntilReady(
    'Prometheus',
    child,
    async () => {
      const response = await fetch(`${address}/-/ready`);
      if (!response.ok) throw new Error(`not ready (${response.status})`);
    },
    60_000,
    logFile,
  );
  return { name: 'prometheus', address, pid: child.pid, stop: () => stopChild(child) };
}
