import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Tests that hold state outside their own modules (the fake browser's storage, fake IndexedDB,
// module mocks, stubbed globals or timers) each get a fresh module graph. The rest share one per
// worker: importing the same modules again for each of some 150 files cost about half the unit run's CPU.
const ownState = [
  ...['platform', 'entrypoints', 'import', 'robustness'].map(
    (folder) => `tests/${folder}/**/*.test.{ts,tsx}`,
  ),
  'tests/search/index-schedule.test.ts',
  'tests/search/search-index-store.test.ts',
];
const include = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'own-state', include: ownState } },
      {
        extends: true,
        test: { name: 'shared', include, exclude: [...configDefaults.exclude, ...ownState], isolate: false },
      },
    ],
  },
});
