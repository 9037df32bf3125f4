import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogueMarkdown } from '../../../domain/catalogue/renderMarkdown';

describe('docs/catalogue.md is generated from the data the code uses', () => {
  test('the committed document equals the rendered one (regenerate with scripts/generateCatalogueDoc.ts)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/catalogue.md'), 'utf8');
    expect(committed).toBe(renderCatalogueMarkdown());
  });

  test('it is bilingual and lists every rule set and award', () => {
    const doc = renderCatalogueMarkdown();
    expect(doc).toContain('Chiến sĩ thi đua cơ sở');
    expect(doc).toContain('Grassroots Emulation Fighter');
    expect(doc).toContain('## tdkt-2024-01');
    expect(doc).toContain('## tdkt-2025-07');
    expect(doc).toContain('Điều 23, Luật 06/2022/QH15');
  });
});
