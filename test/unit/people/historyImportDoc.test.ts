import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHistoryImportMarkdown } from '../../../data/history/import/importDoc';
import { KIND_SPECS } from '../../../data/history/import/recordKinds';

describe('docs/history-import.md is generated from the import declaration', () => {
  test('the committed document equals the rendered one (regenerate with scripts/generateHistoryImportDoc.ts)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/history-import.md'), 'utf8');
    expect(committed).toBe(renderHistoryImportMarkdown());
  });

  test('it lists every sheet and column in both languages, with the values a list accepts', () => {
    const doc = renderHistoryImportMarkdown();
    for (const spec of KIND_SPECS) {
      expect(doc).toContain(`## ${spec.sheet.vi} / ${spec.sheet.en} (\`${spec.kind}\`)`);
      for (const column of spec.columns) {
        expect(doc).toContain(`| ${column.vi} | ${column.en} | \`${column.key}\` |`);
      }
    }
    expect(doc).toContain('Hoàn thành tốt nhiệm vụ (good)');
    expect(doc).toContain('Hoàn thành tốt nhiệm vụ và có sáng kiến (good_completion_initiative)');
    expect(doc).toContain('| 12 | Ê-đê |');
  });
});
