/**
 * What converting MathML costs a capture, in real Chromium with built extensions: click → saved on a
 * page without math, on a MathJax 3 page (assistive MathML only: read twice, the converter injected
 * between) and on a page with math of every kind, for the build given as the baseline (one without
 * the converter) and for this one, in the same run; with the size of the scripts each injects.
 *
 *   npm run bench:math -- --baseline <unpacked build without the converter> [--runs 3]
 *
 * Measured 29 Nov 2026, shared 2-core machine, 9 runs each: no math 394 → 397 ms (×1.01), MathJax 3
 * page 445 → 412 ms (×0.93), mixed math page 402 → 356 ms (×0.89): within the noise; extract.js
 * 126.4 → 127.0 KB, the converter 185.5 KB on math pages only.
 */
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchExtension } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { clearStore, savedAfter } from './capture-probes';
import { countStored } from './library-bench-probes';
import { median } from './stats';

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(flag('--runs') ?? 3);
const baseline = flag('--baseline');
if (!baseline) throw new Error('Give --baseline <path of an unpacked build without the converter>.');
const builds = { baseline: resolve(baseline), current: resolve('.output/chrome-mv3') };
const pages = ['news-article', 'mathjax3-article', 'math-article'];
// tsx keeps function names with a `__name` helper that does not exist in the pages our probes run in.
const NAME_HELPER = 'globalThis.__name = (f) => f;';

const kb = (path: string) => (existsSync(path) ? `${(statSync(path).size / 1024).toFixed(1)} KB` : '—');

async function clickToSaved(server: FixtureServer, build: string): Promise<Record<string, number[]>> {
  // A private copy: others may rebuild .output while the bench runs.
  const copy = join(tmpdir(), `clean-capture-math-bench-${process.pid}`);
  cpSync(build, copy, { recursive: true });
  const session = await launchExtension({ extensionPath: copy });
  await session.context.addInitScript(NAME_HELPER);
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  await setup.close();
  const times: Record<string, number[]> = Object.fromEntries(pages.map((name) => [name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of pages) {
        const page = await session.openPage(server.pageUrl(name));
        const worker = await session.liveWorker();
        const before = await worker.evaluate(countStored);
        const saved = worker.evaluate(savedAfter, before);
        const popup = await session.clickToolbarButton(page);
        const clickedAt = await popup.evaluate<number>('performance.timeOrigin');
        times[name]?.push((await saved) - clickedAt);
        await popup.close();
        await page.close();
        await worker.evaluate(clearStore);
      }
    }
  } finally {
    await session.close();
    rmSync(copy, { recursive: true, force: true });
  }
  return times;
}

const server = await serveFixtures(resolve('tests/e2e/fixtures'));
try {
  // Builds in turn, three rounds each, so a shared machine's load drifts over both alike.
  const measured: Record<keyof typeof builds, Record<string, number[]>> = { baseline: {}, current: {} };
  for (let round = 0; round < 3; round++) {
    for (const build of ['baseline', 'current'] as const) {
      for (const [name, times] of Object.entries(await clickToSaved(server, builds[build])))
        (measured[build][name] ??= []).push(...times);
    }
  }
  console.log(`Scripts injected (baseline → current):`);
  console.log(
    `  extract.js          ${kb(join(builds.baseline, 'extract.js'))} → ${kb(join(builds.current, 'extract.js'))}`,
  );
  console.log(
    `  mathml-to-latex.js  ${kb(join(builds.baseline, 'mathml-to-latex.js'))} → ${kb(join(builds.current, 'mathml-to-latex.js'))} (math pages only)`,
  );
  console.log(`Click → saved, median of ${3 * runs} runs (ms):`);
  for (const name of pages) {
    const before = median(measured.baseline[name] ?? []);
    const after = median(measured.current[name] ?? []);
    console.log(
      `  ${name.padEnd(18)} ${Math.round(before)} → ${Math.round(after)}  (×${(after / before).toFixed(2)})`,
    );
  }
} finally {
  await server.close();
}
