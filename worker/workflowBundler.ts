import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';
import { repoRoot } from '../config/repoRoot';

type ConfigHook = NonNullable<NonNullable<WorkerOptions['bundlerOptions']>['webpackConfigHook']>;

/**
 * `@dqcai/vn-lunar` (behind the working-day calendar, which workflows use) declares
 * `"type": "module"` yet points its `require` entry at CommonJS. Workflows compiled to
 * CommonJS `require` it, so webpack would pick that entry and fail with "exports is not
 * defined"; send it to the package's ES module build instead. Used by the worker and by
 * the tests' bundle alike, so both run the same code.
 */
export const webpackConfigHook: ConfigHook = (config) => {
  const entry = require.resolve('@dqcai/vn-lunar');
  const esmBuild = join(dirname(entry), 'index.mjs');
  const alias = config.resolve?.alias;
  config.resolve = {
    ...config.resolve,
    alias: { ...(Array.isArray(alias) ? {} : alias), '@dqcai/vn-lunar$': esmBuild },
  };
  return config;
};

/** OpenTelemetry's workflow interceptors: a workflow span, and one per activity it schedules. */
const WORKFLOW_TRACING_INTERCEPTORS = require.resolve(
  '@temporalio/interceptors-opentelemetry/lib/workflow-interceptors',
);

/** Where `npm run build` writes the workflow bundle the worker loads. */
export const WORKFLOW_BUNDLE = join(repoRoot(), 'dist', 'workflow-bundle.js');

/**
 * Bundles the workflows at `workflowsPath` (with their imports) as the worker runs them, once,
 * at build time: no webpack at each start, and no bundle statistics on the console.
 */
export async function bundleWorkflows(workflowsPath: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    // Always in the bundle, for the bundle is built once: with tracing off the worker's sink
    // drops the workflow spans (worker/createWorker.ts).
    workflowInterceptorModules: [WORKFLOW_TRACING_INTERCEPTORS],
    webpackConfigHook,
    logger: {
      info() {},
      debug() {},
      trace() {},
      log() {},
      warn: console.warn,
      error: console.error,
    },
  });
  return code;
}

/**
 * Why the build's bundle cannot be trusted, if it cannot: missing, or older than a compiled
 * file it is made of (workflows and the domain rules they import) — `tsc` alone was run.
 */
export function staleBundle(bundle = WORKFLOW_BUNDLE): string | undefined {
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return `${bundle} is missing: run \`npm run build\``;
  }
  const dist = dirname(bundle);
  for (const folder of ['workflows', 'domain']) {
    for (const entry of readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      if (entry.isFile() && file.endsWith('.js') && statSync(file).mtimeMs > built) {
        return `${bundle} is older than ${file}: run \`npm run build\``;
      }
    }
  }
  return undefined;
}
