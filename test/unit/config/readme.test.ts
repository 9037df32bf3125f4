import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { environmentVariables } from '../../../config/env';

/** The README's configuration table must not drift from the validated schema. */
test('the README documents every environment variable', () => {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  for (const { name } of environmentVariables()) expect(readme).toContain(`| \`${name}\` |`);
});
