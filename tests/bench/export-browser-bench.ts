/**
 * The export benchmark in real Chromium, where the targets apply: 1,000 articles ≤ 2 s,
 * 10,000 ≤ 20 s, peak heap < 300 MB. Bundles export-browser-entry.ts with esbuild, opens it from
 * a file:// page (a secure context, for Web Crypto) and reports medians against the naive
 * all-in-memory zipSync measured in the same page.
 *
 *   npm run bench:export:browser            1,000 and 10,000 articles
 *   npm run bench:export:browser -- 2000    one size
 *   npm run bench:export:browser -- 50000 --modes native --repeats 1
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserMode } from './export-browser-entry';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../harness/chromium-flags';

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
try {
  const page = await browser.newPage();
  await page.goto(`file://${join(dir, 'index.html')}`);
  const run = (count: number, mode: BrowserMode) =>
    page.evaluate(
      async ([n, m]) => {
        (globalThis as unknown as { gc?: () => void }).gc?.();
        const g = globalThis as unknown as {
          runExport: (
            n: number,
            m: string,
          ) => Promise<{ ms: number; peakMb: number; zipMb: number; retainedMb: number }>;
        };
        return g.runExport(n, m);
      },
      [count, mode] as const,
    );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const sizes = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
    .map(Number)
    .filter((n) => n > 0);
  const flag = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  for (const count of sizes.length > 0 ? sizes : [1_000, 10_000]) {
    const repeats = Number(flag('repeats') ?? (count <= 2000 ? 5 : 3));
    // `--modes native,naive`: the naive baseline holds every article at once, too much at 50,000.
    const modes = (flag('modes')?.split(',') ?? ['naive', 'native', 'fflate']) as BrowserMode[];
    const runs = new Map<
      BrowserMode,
      Array<{ ms: number; peakMb: number; zipMb: number; retainedMb: number }>
    >(modes.map((m) => [m, []]));
    for (let round = 0; round < repeats; round++)
      for (const mode of modes) runs.get(mode)?.push(await run(count, mode));
    const baseline = median((runs.get(modes[0] as BrowserMode) ?? []).map((r) => r.ms));
    console.log(
      `\nChromium, ${count.toLocaleString('en')} articles (generated in the page), median of ${repeats}`,
    );
    console.log(
      `variant                          median ms   peak heap MB   after GC MB   zip MB   time vs ${modes[0]}`,
    );
    for (const mode of modes) {
      const list = runs.get(mode) ?? [];
      const ms = median(list.map((r) => r.ms));
      const label = mode === 'naive' ? 'naive: all in memory + zipSync' : `streamed, ${mode} DEFLATE`;
      console.log(
        `${label.padEnd(32)} ${ms.toFixed(0).padStart(9)} ${Math.max(...list.map((r) => r.peakMb))
          .toFixed(0)
          .padStart(14)} ${Math.max(...list.map((r) => r.retainedMb))
          .toFixed(0)
          .padStart(13)} ${(list[0]?.zipMb ?? 0).toFixed(1).padStart(8)}   ${(ms / baseline).toFixed(2)}×`,
      );
    }
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
