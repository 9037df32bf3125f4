import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBundle } from '../../../worker/workflowBundler';

/** A dist/ with compiled workflows and domain rules, and a bundle built at `bundleAt` (s). */
function dist(bundleAt?: number) {
  const root = mkdtempSync(join(tmpdir(), 'tdkt-dist-'));
  const files = [
    join(root, 'workflows', 'nomination', 'index.js'),
    join(root, 'domain', 'calendar.js'),
  ];
  for (const file of files) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, 1000, 1000);
  }
  const bundle = join(root, 'workflow-bundle.js');
  if (bundleAt !== undefined) {
    writeFileSync(bundle, '');
    utimesSync(bundle, bundleAt, bundleAt);
  }
  return { bundle, files };
}

describe('the worker refuses a workflow bundle the build did not make from today’s files', () => {
  test('built after every compiled workflow and domain file: used', () => {
    expect(staleBundle(dist(2000).bundle)).toBeUndefined();
  });

  test('missing: says to run npm run build', () => {
    const { bundle } = dist();
    expect(staleBundle(bundle)).toBe(`${bundle} is missing: run \`npm run build\``);
  });

  test.each([0, 1])('older than a recompiled file (%i): names it', (which) => {
    const { bundle, files } = dist(2000);
    utimesSync(files[which]!, 3000, 3000);
    expect(staleBundle(bundle)).toBe(
      `${bundle} is older than ${files[which]}: run \`npm run build\``,
    );
  });
});
