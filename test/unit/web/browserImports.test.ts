import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The web app is compiled by tsc alone and loaded by the browser module by module, so every
 * relative import it reaches at run time (its own and the domain modules it shares) must name
 * a file: a browser cannot resolve a folder's index the way Node does. A folder import in a
 * shared domain module left the sign-in page blank while every type-check passed.
 */
const root = resolve(__dirname, '../../..');
const webSources = join(root, 'web', 'src');

// Value imports and re-exports only: `import type` and `export type` vanish at compile time.
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  return ['.ts', '.tsx'].map((ext) => base + ext).find((p) => existsSync(p));
}

describe('modules the browser loads', () => {
  it('import files, never folders, from the web app down through the shared domain', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const queue = sourceFiles(webSources);
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = resolveFile(file, specifier!);
        if (target) queue.push(target);
        else problems.push(`${relative(root, file)} imports '${specifier}'`);
      }
    }
    expect(problems).toEqual([]);
    // It did walk into the shared domain, not only the web app's own files.
    expect([...seen].some((f) => relative(root, f).startsWith('domain/'))).toBe(true);
  });
});
