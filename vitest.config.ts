import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// A test file that holds state outside its own modules (the fake browser's storage, fake IndexedDB,
// module mocks, spies, stubbed globals or timers) gets a fresh module graph, as vitest gives by
// default. The rest share one per worker: importing the same modules again for each of some 150
// files cost about half the unit run's CPU. The markers are read from each file, so a new test that
// starts using one of them is isolated without anyone listing it here.
const STATE_MARKERS = /fake-indexeddb|fakeBrowser|vi\.(mock|doMock|spyOn|stubGlobal|useFakeTimers)\b/;
const ISOLATED_FOLDERS = ['platform', 'entrypoints', 'import', 'robustness'];

const testFiles = readdirSync('tests', { recursive: true })
  .map((path) => `tests/${String(path)}`)
  .filter((path) => /\.test\.tsx?$/.test(path));
const ownState = testFiles.filter(
  (path) =>
    ISOLATED_FOLDERS.some((folder) => path.startsWith(`tests/${folder}/`)) ||
    STATE_MARKERS.test(readFileSync(path, 'utf8')),
);
const shared = testFiles.filter((path) => !ownState.includes(path));

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    testTimeout: 20_000,
    // vitest's default is one worker fewer than the cores, which is one on a 2-core machine: the
    // whole run took 163 s there with one core mostly idle, and 108 s with two workers.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    exclude: configDefaults.exclude,
    projects: [
      { extends: true, test: { name: 'own-state', include: ownState } },
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
    ],
  },
});
