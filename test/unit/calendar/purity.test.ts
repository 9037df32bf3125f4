/**
 * The calendar is bundled into Temporal workflows and the browser: it must not read the clock,
 * use randomness, do I/O or import Node built-ins — and neither may the lunar library.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SOURCE_DIR = join(__dirname, '../../../domain/calendar');
const ALLOWED_PACKAGES = new Set(['@dqcai/vn-lunar', 'zod']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Source text without comments, so that documentation may mention what the code avoids. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('domain/calendar is pure', () => {
  const files = sourceFiles(SOURCE_DIR);

  test('has source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files.map((f) => [f.slice(SOURCE_DIR.length + 1), f]))(
    '%s imports only itself, @dqcai/vn-lunar and zod, and reads no clock or randomness',
    (_name, path) => {
      const text = code(path);
      const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const specifier of imports) {
        expect(specifier.startsWith('.') || ALLOWED_PACKAGES.has(specifier)).toBe(true);
      }
      expect(text).not.toMatch(/\brequire\s*\(/);
      expect(text).not.toMatch(/\bimport\s*\(/);
      expect(text).not.toMatch(
        /Date\.now|new Date\s*\(|performance\.|Math\.random|process\.|globalThis/,
      );
    },
  );

  test('loading the calendar and computing a deadline never touches the clock or Math.random', () => {
    const RealDate = Date;
    const realRandom = Math.random;
    const trap = (what: string) => () => {
      throw new Error(`${what} was called`);
    };
    class TrappedDate extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date> | []) {
        if (args.length === 0) throw new Error('new Date() was called');
        super(...(args as ConstructorParameters<typeof Date>));
      }
      static now = trap('Date.now');
    }
    globalThis.Date = TrappedDate as unknown as DateConstructor;
    Math.random = trap('Math.random');
    try {
      jest.isolateModules(() => {
        // Fresh module registry: the library and every calendar module load under the traps.
        type Calendar = typeof import('../../../domain/calendar');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const calendar: Calendar = require('../../../domain/calendar');
        // Wed 03/02/2027 + 30: the provisional Tết 2027 break (4–10/02) is skipped.
        const due = calendar.deadlineAfter(
          calendar.parseIsoDate('2027-02-03'),
          30,
          calendar.CIVIL_SERVICE_CALENDAR,
        );
        expect(due).toBe('2027-03-24');
        expect(calendar.vietnamDateOf(RealDate.UTC(2025, 0, 28, 17))).toBe('2025-01-29');
      });
    } finally {
      globalThis.Date = RealDate;
      Math.random = realRandom;
    }
  });

  test('the lunar library build used by bundlers (ESM) reads the clock only in LunarCalendar.today()', () => {
    const esm = readFileSync(
      join(dirname(require.resolve('@dqcai/vn-lunar')), 'index.mjs'),
      'utf8',
    );
    expect(esm.match(/new Date\b/g)).toHaveLength(1);
    expect(esm).toMatch(/static today\(\)\{const \w+=new Date;/);
    expect(esm).not.toMatch(/Date\.now|Math\.random|process\.|require\(|\bimport\s*\(|from\s*["']/);
  });
});
