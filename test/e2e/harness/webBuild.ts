import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/servers/repoRoot';

/** Newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Compiles the web app (`web/tsconfig.json`) unless its output is newer than every source
 * it is built from (the app and the domain modules it imports): the browser tests never
 * run against a stale build, and a fresh one costs nothing.
 */
export function ensureWebBuild(): void {
  const root = repoRoot();
  const output = join(root, 'web', 'dist', 'web', 'src', 'main.js');
  const sources = Math.max(
    newest(join(root, 'web', 'src')),
    newest(join(root, 'domain')),
    statSync(join(root, 'web', 'tsconfig.json')).mtimeMs,
  );
  if (existsSync(output) && statSync(output).mtimeMs >= sources) return;
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'web/tsconfig.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
