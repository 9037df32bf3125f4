import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../../config/repoRoot';

/** Every file under `dir`, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
    );
}

/**
 * Compiles the web app (`web/tsconfig.json`) unless the build was made from exactly the
 * sources there now (the app and the domain modules it imports). A content hash, not
 * modification times: a compile that started before an edit and ended after it would
 * otherwise look fresh, and the browser tests would run against stale code.
 */
export function ensureWebBuild(): void {
  const root = repoRoot();
  const hash = createHash('sha256');
  const sources = [
    ...filesUnder(join(root, 'web', 'src')),
    ...filesUnder(join(root, 'domain')),
    join(root, 'web', 'tsconfig.json'),
  ];
  for (const file of sources) hash.update(relative(root, file)).update(readFileSync(file));
  const digest = hash.digest('hex');
  const stamp = join(root, 'web', 'dist', '.sources.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'web/tsconfig.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  writeFileSync(stamp, digest);
}
