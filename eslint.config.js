// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that only the platform layer may make: extension APIs, IndexedDB, Node I/O. */
const platformModules = [
  { name: 'webextension-polyfill', message: 'Extension APIs belong in lib/platform/.' },
  { name: 'wxt/browser', message: 'Extension APIs belong in lib/platform/.' },
  { name: '#imports', message: 'Import explicitly, and keep extension APIs in lib/platform/.' },
  { name: 'dexie', message: 'The database belongs in lib/platform/.' },
];
const platformPatterns = [
  { group: ['**/platform/*', '**/platform'], message: 'Pure code never imports lib/platform/.' },
  { group: ['**/cli/*'], message: 'Pure code never imports the command line.' },
  { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ never depends on the UI.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Pure code does no Node I/O.' },
];
const browserGlobals = ['window', 'document', 'browser', 'chrome', 'indexedDB', 'localStorage'].map(
  (name) => ({ name, message: `Pure lib/ code takes ${name} as a parameter instead of reaching for it.` }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: no extension APIs, no database, no Node I/O, no globals.
    files: ['lib/**/*.ts'],
    ignores: ['lib/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: platformModules, patterns: platformPatterns }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    // Platform code may use extension APIs but never the UI.
    files: ['lib/platform/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ never depends on the UI.' },
          ],
        },
      ],
    },
  },
  {
    // Entrypoints are thin glue: they wire browser events and pages to lib/ and components/, and
    // reach the database and extension APIs through lib/platform/ (the background's own listeners
    // use wxt/browser). One entrypoint never imports another's files.
    files: ['entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'The database belongs in lib/platform/.' },
            { name: 'webextension-polyfill', message: 'Use wxt/browser, or a helper in lib/platform/.' },
            { name: '#imports', message: 'Import explicitly: every file shows what it depends on.' },
          ],
          patterns: [
            {
              // From entrypoints/<name>/x.ts, "../<other>/…" is a sibling entrypoint's folder.
              regex: String.raw`^\.\./(?!\.\./|lib/|components/)`,
              message:
                'An entrypoint never imports another entrypoint; share the code through lib/ or components/.',
            },
            { group: ['**/cli/**', '**/cli'], message: 'Browser code never imports the command line.' },
            { group: ['**/tests/**'], message: 'Production code never imports tests.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'The database belongs in lib/platform/.' },
        { name: 'chrome', message: 'Use browser from wxt/browser (it works in Firefox too).' },
      ],
    },
  },
  {
    // Presentational components: props in, callbacks out.
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformModules,
          patterns: [
            {
              group: ['**/platform/*', '**/platform'],
              message: 'Components load no data; do it in App.tsx or a use-*.ts hook.',
            },
            { group: ['**/entrypoints/**'], message: 'Components never import entrypoints.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['indexedDB', 'chrome', 'browser', 'localStorage'].map((name) => ({
          name,
          message: 'Components load no data and call no extension API; the App or a use-*.ts hook does.',
        })),
      ],
    },
  },
);
