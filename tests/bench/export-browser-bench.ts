/**
 * The export benchmark in real Chromium, where the targets apply: 100,000 articles in 3 minutes or
 * less with a peak JS heap under 300 MB (issue 16); 1,000 ≤ 2 s and 10,000 ≤ 20 s before it.
 * Bundles export-browser-entry.ts with esbuild and opens it from a file:// page (a secure context,
 * for Web Crypto). For `read` and `library` it first writes the articles into the page's IndexedDB
 * (the real schema); `library` exports them as the library does, in as many zips as it takes, and
 * `read` only reads them in the same batches, the floor any export pays. The first mode is the
 * baseline of the others. Prints a table and one JSON line per mode, medians of the repeats.
 *
 *   npm run bench:export:browser                       1,000 and 10,000, every mode
 *   npm run bench:export:browser -- --sizes 100000     (modes read,library above 30,000)
 *   npm run bench:export:browser -- --sizes 30000 --modes read,library,native --repeats 1
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserMode, ExportRun } from './export-browser-entry';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../harness/chromium-flags';
import { median } from './stats';

const flag = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
  .map(Number)
  .filter((n) => n > 0);
const sizes = flag('sizes')?.split(',').map(Number) ?? (positional.length > 0 ? positional : [1_000, 10_000]);
const TARGETS: Record<number, { ms: number; heapMb: number }> = {
  1_000: { ms: 2_000, heapMb: 300 },
  10_000: { ms: 20_000, heapMb: 300 },
  100_000: { ms: 180_000, heapMb: 300 },
};

const dir = await mkdtemp(join(tmpdir(), 'export-bench-'));
await build({
  entryPoints: [join(import.meta.dirname, 'export-browser-entry.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  outfile: join(dir, 'bench.js'),
  logLevel: 'error',
});
await writeFile(
  join(dir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>',
);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [
    ...CHROMIUM_FLAGS,
    // Exact heap figures instead of the bucketed ones pages normally get.
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
type Page = Awaited<ReturnType<typeof browser.newPage>>;
const run = (page: Page, count: number, mode: BrowserMode) =>
  page.evaluate(
    async ([n, m]) => {
      (globalThis as unknown as { gc?: () => void }).gc?.();
      const g = globalThis as unknown as { runExport: (n: number, m: string) => Promise<ExportRun> };
      return g.runExport(n, m);
    },
    [count, mode] as const,
  );
try {
  const page = await browser.newPage();
  await page.goto(`file://${join(dir, 'index.html')}`);
  for (const count of sizes) {
    const repeats = Number(flag('repeats') ?? (count <= 2000 ? 5 : count <= 10_000 ? 3 : 1));
    // The naive baseline holds every article at once: too much past 30,000.
    const modes = (flag('modes')?.split(',') ??
      (count > 30_000 ? ['read', 'library'] : ['read', 'library', 'naive', 'native'])) as BrowserMode[];
    if (modes.includes('read') || modes.includes('library')) {
      const began = Date.now();
      const seeded = await page.evaluate(
        (n) => (globalThis as unknown as { seedLibrary: (n: number) => Promise<number> }).seedLibrary(n),
        count,
      );
      console.log(
        `Seeded ${seeded.toLocaleString('en')} articles in ${((Date.now() - began) / 1000).toFixed(0)} s`,
      );
    }
    const runs = new Map<BrowserMode, ExportRun[]>(modes.map((m) => [m, []]));
    for (let round = 0; round < repeats; round++)
      for (const mode of modes) runs.get(mode)?.push(await run(page, count, mode));
    const baselineMode = modes[0] as BrowserMode;
    const baseline = median((runs.get(baselineMode) ?? []).map((r) => r.ms));
    const target = TARGETS[count];
    console.log(`\nChromium, ${count.toLocaleString('en')} articles, median of ${repeats}`);
    console.log(
      `variant                               median ms   peak heap MB   after GC MB   out MB  zips   vs ${baselineMode}`,
    );
    for (const mode of modes) {
      const list = runs.get(mode) ?? [];
      const ms = median(list.map((r) => r.ms));
      const peakMb = Math.max(...list.map((r) => r.peakMb));
      const label = {
        read: 'read every article from IndexedDB',
        library: 'library export (IndexedDB, zips)',
        naive: 'naive: all in memory + zipSync',
        native: 'streamed, native DEFLATE',
        fflate: 'streamed, fflate DEFLATE',
      }[mode];
      console.log(
        `${label.padEnd(37)} ${ms.toFixed(0).padStart(9)} ${peakMb.toFixed(0).padStart(14)} ${Math.max(
          ...list.map((r) => r.retainedMb),
        )
          .toFixed(0)
          .padStart(
            13,
          )} ${(list[0]?.zipMb ?? 0).toFixed(1).padStart(8)} ${String(list[0]?.zips ?? 1).padStart(5)}   ${(ms / baseline).toFixed(2)}×`,
      );
      console.log(
        JSON.stringify({
          metric: `export ${count.toLocaleString('en')}: ${label}`,
          articles: count,
          mode,
          median: Math.round(ms),
          runs: list.map((r) => Math.round(r.ms)),
          unit: 'ms',
          peakHeapMb: Math.round(peakMb),
          retainedHeapMb: Math.round(Math.max(...list.map((r) => r.retainedMb))),
          outMb: Math.round(list[0]?.zipMb ?? 0),
          zips: list[0]?.zips ?? 1,
          target: mode === 'library' && target ? target : null,
          pass: mode === 'library' && target ? ms <= target.ms && peakMb < target.heapMb : null,
          baseline: { mode: baselineMode, median: Math.round(baseline) },
          ratio: Math.round((ms / baseline) * 100) / 100,
        }),
      );
    }
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
console.log(`1-minute load average at end: ${(loadavg()[0] ?? 0).toFixed(1)} (cores: ${cpus().length})`);
