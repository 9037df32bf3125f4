import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMongoServer } from '../../scripts/servers/mongoServer';
import { startTemporalServer } from '../../scripts/servers/temporalServer';
import type { RunningServer } from '../../scripts/servers/childProcess';
import { repoRoot } from '../../config/repoRoot';
import { bundleWorkflows } from '../../worker/workflowBundler';

declare global {
  var tdktTestServers: RunningServer[] | undefined;
}

/**
 * Starts the real servers the integration tests use, on free ports and in a fresh
 * folder (so a running `npm start` is never touched), unless TEMPORAL_ADDRESS /
 * MONGODB_URI point at existing ones. Bundles the workflow code once for every test.
 */
export default async function globalSetup(): Promise<void> {
  // Integration and browser projects both name this setup; Jest runs each project's, and
  // one set of servers serves both (Jest tears down only after every project's tests).
  if (globalThis.tdktTestServers) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-test-'));
  const servers: RunningServer[] = [];
  globalThis.tdktTestServers = servers;

  const [temporal, mongo] = await Promise.all([
    process.env.TEMPORAL_ADDRESS
      ? undefined
      : startTemporalServer({ dataDir, namespace: 'default' }),
    process.env.MONGODB_URI ? undefined : startMongoServer({ dataDir, database: 'tdkt_test' }),
  ]);
  if (temporal) servers.push(temporal);
  if (mongo) servers.push(mongo);

  // Both bundles, as the build makes them: the untraced one is every worker's without tracing
  // (the default, as in production), the traced one a worker's with tracing.
  const workflows = join(repoRoot(), 'workflows', 'index.ts');
  const [bundlePath, tracedBundlePath] = await Promise.all(
    (['untraced', 'traced'] as const).map(async (kind) => {
      const path = join(dataDir, `workflow-bundle-${kind}.js`);
      writeFileSync(path, await bundleWorkflows(workflows, kind));
      return path;
    }),
  );

  process.env.TDKT_TEST_TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? temporal!.address;
  process.env.TDKT_TEST_MONGODB_URI = process.env.MONGODB_URI ?? mongo!.address;
  process.env.TDKT_WORKFLOW_BUNDLE = bundlePath;
  process.env.TDKT_WORKFLOW_BUNDLE_TRACED = tracedBundlePath;
  process.env.TDKT_TEST_DATA_DIR = dataDir;
}
