import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../../config/repoRoot';

/**
 * Saves the page as `docs/screenshots/<name>.png` (linked from the README) once its data has
 * loaded: no placeholder rows left, the caret hidden, the viewport fixed by `newPerson`.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('.placeholder').first().waitFor({ state: 'detached' });
  const dir = join(repoRoot(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, caret: 'hide' });
}
