import { existsSync, readdirSync, statSync } from 'node:fs';
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

/**
 * Where `npm run build` writes the two workflow bundles, and the workflow interceptors each
 * holds (worker/workflowTracing/): `traced` for a worker with tracing, `untraced` for every
 * other. With one bundle for both, a worker without tracing made every workflow span only to
 * drop it; now a run it begins goes without the interceptors, wherever it replays.
 */
export const WORKFLOW_BUNDLES = {
  untraced: {
    path: join(repoRoot(), 'dist', 'workflow-bundle.js'),
    interceptors: require.resolve('./workflowTracing/untraced'),
  },
  traced: {
    path: join(repoRoot(), 'dist', 'workflow-bundle-traced.js'),
    interceptors: require.resolve('./workflowTracing/traced'),
  },
} as const;

export type WorkflowBundleKind = keyof typeof WORKFLOW_BUNDLES;

/**
 * Bundles the workflows at `workflowsPath` (with their imports) with the `kind`'s interceptors
 * as the worker runs them, once, at build time: no webpack at each start, and no bundle
 * statistics on the console.
 */
export async function bundleWorkflows(
  workflowsPath: string,
  kind: WorkflowBundleKind,
): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules: [WORKFLOW_BUNDLES[kind].interceptors],
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
 * Why the build's bundles cannot be trusted, if they cannot: one missing, or older than a
 * compiled file it is made of (workflows, the domain rules they import, their tracing
 * interceptors) — `tsc` alone was run. Checks both the build writes unless `bundles` are named.
 */
export function staleBundle(...bundles: string[]): string | undefined {
  const checked = bundles.length > 0 ? bundles : Object.values(WORKFLOW_BUNDLES).map((b) => b.path);
  return checked.map(staleness).find((why) => why !== undefined);
}

function staleness(bundle: string): string | undefined {
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return `${bundle} is missing: run \`npm run build\``;
  }
  const dist = dirname(bundle);
  const compiled = ['workflows', 'domain', join('worker', 'workflowTracing')]
    .map((folder) => join(dist, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
  const newer = compiled.find((file) => statSync(file).mtimeMs > built);
  return newer && `${bundle} is older than ${newer}: run \`npm run build\``;
}
