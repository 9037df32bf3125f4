/**
 * Writes docs/history-import.md from the history import's own declaration.
 * Usage (after `tsc`): node dist/scripts/generateHistoryImportDoc.js [output path]
 * The default output is docs/history-import.md under the current directory (the repository root).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderHistoryImportMarkdown } from '../data/history/import/importDoc';

if (require.main === module) {
  const output = resolve(process.argv[2] ?? 'docs/history-import.md');
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, renderHistoryImportMarkdown(), 'utf8');
  console.log(`Wrote ${output}`);
}
