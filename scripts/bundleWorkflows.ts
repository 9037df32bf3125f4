import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKFLOW_BUNDLE, bundleWorkflows } from '../worker/workflowBundler';

/**
 * The build's last step (`npm run build`, and scripts/bootstrap.sh for `npm start` and
 * `npm test`): the compiled workflows in dist/ bundled once into dist/workflow-bundle.js,
 * which the worker loads in development as in production.
 */
async function main(): Promise<void> {
  writeFileSync(WORKFLOW_BUNDLE, await bundleWorkflows(join(__dirname, '..', 'workflows')));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
