/**
 * Writes docs/catalogue.md from the catalogue and rule-set data the code uses.
 * Usage (after `tsc`): node dist/scripts/generateCatalogueDoc.js [output path]
 * The default output is docs/catalogue.md under the current directory (the repository root).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderCatalogueMarkdown } from '../domain/catalogue/renderMarkdown';

function writeCatalogueDoc(outputPath = resolve(process.cwd(), 'docs/catalogue.md')): string {
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, renderCatalogueMarkdown(), 'utf8');
  return outputPath;
}

if (require.main === module) {
  const written = writeCatalogueDoc(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Wrote ${written}`);
}
