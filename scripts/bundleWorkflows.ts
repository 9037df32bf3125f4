import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  WORKFLOW_BUNDLES,
  bundleWorkflows,
  type WorkflowBundleKind,
} from '../worker/workflowBundler';

/**
 * The build's last step (`npm run build`, and scripts/bootstrap.sh for `npm start` and
 * `npm test`): the compiled workflows in dist/ bundled once into each of the worker's two
 * bundles (worker/workflowBundler.ts), which it loads in development as in production.
 */
async function main(): Promise<void> {
  const workflows = join(__dirname, '..', 'workflows');
  for (const kind of Object.keys(WORKFLOW_BUNDLES) as WorkflowBundleKind[]) {
    writeFileSync(WORKFLOW_BUNDLES[kind].path, await bundleWorkflows(workflows, kind));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
