// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports lib/core must never make: it is pure TypeScript that runs in Node and any context. */
const IMPURE_FOR_CORE = [
  { group: ['dexie', 'dexie/*'], message: 'lib/core is pure: no Dexie.' },
  { group: ['preact', 'preact/*'], message: 'lib/core is pure: no Preact.' },
  { group: ['wxt', 'wxt/*', 'webextension-polyfill'], message: 'lib/core is pure: no browser APIs.' },
  {
    group: ['**/lib/dom/**', '../dom/*', '**/lib/store/**', '../store/*', '**/components/**'],
    message: 'lib/core depends on nothing above it.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: IMPURE_FOR_CORE }],
      // No DOM or browser globals either: lib/core must run unchanged in Node.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'location',
        'browser',
        'chrome',
        'indexedDB',
      ],
    },
  },
  {
    // The content script runs in the page's origin: IndexedDB there belongs to the web page.
    files: ['lib/dom/**/*.ts', 'entrypoints/content/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie/*'], message: 'Only the background opens the database.' },
            {
              group: ['**/lib/store/database', '**/lib/store/notes-service', '**/lib/store/store-listener'],
              message: 'Talk to the store through lib/store/store-client.',
            },
          ],
        },
      ],
    },
  },
);
