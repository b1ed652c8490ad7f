import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const root = new URL('../..', import.meta.url).pathname;

// End-to-end files live under tests/e2e/ only; one left elsewhere would silently never run.
const strays = readdirSync(`${root}tests`, { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.e2e.ts') && !path.startsWith('e2e/'));
if (strays.length > 0) throw new Error(`Move these end-to-end files under tests/e2e/: ${strays.join(', ')}`);

// End-to-end tests drive the built extension in real browsers: .output/chrome-mv3 in Chromium, and
// .output/firefox-mv2 in firefox-esr (tests/e2e/firefox/); build both first (`npm test` does). One
// browser per file, files one after another: the machine may have only two cores.
export default defineConfig({
  test: {
    root,
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // One worker keeps its modules (Playwright's among them) from file to file: importing them again
    // for each of the 53 files took 41.5 s of a 914 s run, against 13.5 s this way. No harness
    // module keeps state between files.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A poll waits for what a user would wait for: at most 1 s by default, which a machine three
    // times slower than usual missed (5,000 records read and shown in 1.4 s, the list at 2,000 when
    // the poll gave up). A poll that succeeds ends as soon as it does.
    expect: { poll: { timeout: 15_000 } },
  },
});
