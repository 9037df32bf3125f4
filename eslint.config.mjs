import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', '.data', 'coverage', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Tests read JSON responses field by field.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Workflows are deterministic (Temporal's sandbox gives them workflow time): no I/O.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['mongoose', 'express', 'node:*', 'fs', 'http'],
              message: 'Workflows do no I/O; use an activity.',
            },
            {
              group: ['**/data/**', '**/api/**'],
              message: 'Workflows reach data only through activities.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure rules are shared by workflows, API and browser: nothing with side effects.
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@temporalio/*', 'mongoose', 'express', 'node:*', 'fs'],
              message: 'Domain rules are pure.',
            },
            {
              group: ['**/data/**', '**/api/**', '**/workflows/**', '**/activities/**'],
              message: 'Domain rules import only domain rules.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser app: the DOM and the pure domain rules; the server only through its JSON API.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@temporalio/*', 'mongoose', 'express', 'node:*', 'fs'],
              message: 'The web app runs in the browser.',
            },
            {
              group: ['**/api/**', '**/data/**', '**/workflows/**', '**/activities/**'],
              message: 'The web app reaches the server only through the JSON API.',
            },
          ],
        },
      ],
    },
  },
);
