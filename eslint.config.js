// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, arrows pointing down only: entrypoints → components / lib/dom → lib/store → lib/core.
 * Each entry forbids a layer's imports of the layers above it.
 */
const ABOVE_STORE = {
  regex: String.raw`(^|/)(dom|components|entrypoints)/`,
  message: 'lib/store sits below the page and the UI: move the shared type to lib/core.',
};
const ABOVE_PAGE = {
  regex: String.raw`(^|/)entrypoints/`,
  message: 'Entrypoints are the top layer: nothing imports them.',
};

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

/**
 * lib/core is a set of domains (detection, knowledge, normalize, notes, …), each a folder whose
 * index.ts is its public surface. Code outside a domain imports the folder, never its files.
 */
const DEEP_INTO_CORE_DOMAIN = {
  regex: String.raw`(^|/)core/[^/]+/.`,
  message: "Import a lib/core domain through its index.ts ('…/lib/core/notes'), not its files.",
};
/** The same from inside lib/core: a file at a domain's top level, or one folder deeper. */
const DEEP_INTO_SIBLING_DOMAIN = {
  regex: String.raw`^\.\./[^./][^/]*/.`,
  message: "Import another domain through its index.ts ('../notes'), not its files.",
};
const DEEP_INTO_SIBLING_DOMAIN_FROM_SUBFOLDER = {
  regex: String.raw`^\.\./\.\./[^./][^/]*/.`,
  message: "Import another domain through its index.ts ('../../notes'), not its files.",
};

/** The content script runs in the page's origin: IndexedDB there belongs to the web page. */
const DATABASE_FOR_BACKGROUND_ONLY = [
  { group: ['dexie', 'dexie/*'], message: 'Only the background opens the database.' },
  {
    group: ['**/lib/store/database', '**/lib/store/notes-service', '**/lib/store/store-listener'],
    message: 'Talk to the store through lib/store/store-client.',
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
    files: ['lib/core/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...IMPURE_FOR_CORE, DEEP_INTO_SIBLING_DOMAIN] }] },
  },
  {
    files: ['lib/core/*/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...IMPURE_FOR_CORE, DEEP_INTO_SIBLING_DOMAIN_FROM_SUBFOLDER] }],
    },
  },
  {
    files: ['lib/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
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
    files: ['lib/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_INTO_CORE_DOMAIN, ABOVE_STORE] }] },
  },
  {
    files: ['lib/dom/**/*.ts', 'entrypoints/content/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...DATABASE_FOR_BACKGROUND_ONLY, DEEP_INTO_CORE_DOMAIN, ABOVE_PAGE] },
      ],
    },
  },
  {
    // The detector and its word lists belong to the background: what the content script loads (the
    // page glue, the UI, the reader's layer) takes only its types.
    files: [
      'lib/core/reader-layer/**/*.ts',
      'lib/dom/**/*.ts',
      'entrypoints/content/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)core/detection$|^\.\./detection$`,
              allowTypeImports: true,
              message: 'Only the background runs the detector: import its types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    ignores: ['entrypoints/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_INTO_CORE_DOMAIN] }] },
  },
);
