import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { repoRoot } from '../../../config/repoRoot';
import {
  WORKFLOW_BUNDLES,
  webpackConfigHook,
  type WorkflowBundleKind,
} from '../../../worker/workflowBundler';

/**
 * The worker bundles the compiled JavaScript in dist/, not the TypeScript the other tests
 * bundle: CommonJS `require`s resolve packages differently (it once broke the lunar
 * calendar in production only). `npm test` builds dist/ before Jest runs.
 */
test('the compiled workflows bundle as the worker bundles them', async () => {
  const compiled = join(repoRoot(), 'dist', 'workflows', 'index.js');
  expect(existsSync(compiled)).toBe(true);
  const { code } = await bundleWorkflowCode({
    workflowsPath: compiled,
    webpackConfigHook,
    logger: { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} },
  });
  // The ES module build of the lunar library is in; its CommonJS entry (which fails) is not.
  expect(code).toContain('vn-lunar/lib/index.mjs');
  expect(code).not.toContain('vn-lunar/lib/index.js');
});

test('the build writes both bundles, each with its workflow interceptors', () => {
  // What the bundle's interceptor import names: the SDK loads the modules listed there.
  const interceptorsOf = (kind: WorkflowBundleKind) => {
    const code = readFileSync(WORKFLOW_BUNDLES[kind].path, 'utf8');
    return code.slice(code.indexOf('function importInterceptors'));
  };
  expect(interceptorsOf('untraced')).toContain('worker/workflowTracing/untraced.js');
  expect(interceptorsOf('traced')).toContain('worker/workflowTracing/traced.js');
});
