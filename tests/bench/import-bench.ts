/**
 * Import of a 10,000-article export zip, in real headless Chromium with the production build: the
 * zip is built in Node by the export itself (generated articles), chosen in the library's Import…
 * picker, and timed in the page from the file chosen to its preview on screen. Twice: into an empty
 * library (all new) and into a library holding the same articles (all already present, every body
 * compared). The baseline of the same run: the page only reading the zip's bytes and unzipping every
 * entry with DecompressionStream, the floor any import pays. One JSON line per figure.
 *
 *   npm run bench:import [-- --articles 10000 --repeats 3]
 */
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { launchExtension } from '../harness/launch-extension';
import { generateArticles } from './generate-articles';
import { seedArticles } from './seed-store';
import { median } from './stats';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const count = arg('articles', 10_000);
const repeats = arg('repeats', 3);
// Built once and kept: the same generated articles always make the same zip.
const zipPath = join(tmpdir(), `clean-capture-import-bench-${count}.zip`);

const { articles } = generateArticles(count);
let t = Date.now();
if (!existsSync(zipPath)) {
  const chunks = await buildExportZip(articles, { total: count, now: new Date('2026-11-30T00:00:00Z') });
  writeFileSync(`${zipPath}.part`, Buffer.concat(chunks));
  renameSync(`${zipPath}.part`, zipPath);
  console.log(
    `Built the ${count.toLocaleString('en')}-article zip in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
}
console.log(`${zipPath}: ${(statSync(zipPath).size / 1e6).toFixed(0)} MB`);

/** Chooses the zip in the library's picker; ms from the choice to the preview's counts on screen. */
async function previewOnce(page: Page): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.evaluate(() => {
    // The change event fires when the file is set: the clock starts there.
    document.addEventListener(
      'change',
      () => ((window as unknown as { __chosen: number }).__chosen = performance.now()),
      {
        capture: true,
        once: true,
      },
    );
  });
  await (await chooser).setFiles(zipPath);
  await page.locator('.import-counts').waitFor({ timeout: 300_000 });
  const ms = await page.evaluate(
    () => performance.now() - (window as unknown as { __chosen: number }).__chosen,
  );
  await page.getByRole('button', { name: /^(Cancel|Close)$/ }).click();
  await page.locator('.import-dialog').waitFor({ state: 'detached' });
  return ms;
}

/** Baseline: the page reads the file and inflates every entry, with no checks and no comparison. */
async function unzipOnly(page: Page): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-baseline';
    document.body.append(input);
    input.click();
  });
  await (await chooser).setFiles(zipPath);
  return page.evaluate(async () => {
    const start = performance.now();
    const file = (document.getElementById('bench-baseline') as HTMLInputElement).files?.[0] as File;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const view = new DataView(bytes.buffer);
    // The streamed zip's local headers carry no sizes (they follow the data): walk the central directory.
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    let inflated = 0;
    for (let i = 0; i < count; i++) {
      const method = view.getUint16(at + 10, true);
      const size = view.getUint32(at + 20, true);
      const local = view.getUint32(at + 42, true);
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      const plain =
        method === 8
          ? new Uint8Array(
              await new Response(
                new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
              ).arrayBuffer(),
            )
          : data;
      inflated += new TextDecoder().decode(plain).length;
    }
    document.getElementById('bench-baseline')?.remove();
    return inflated > 0 ? performance.now() - start : NaN;
  });
}

const session = await launchExtension();
await session.context.addInitScript('globalThis.__name = (f) => f;');
const rows: object[] = [];
function report(metric: string, runs: number[], target: number | null, baseline: number) {
  const m = median(runs);
  const row = {
    metric,
    articles: count,
    median: Math.round(m),
    worst: Math.round(Math.max(...runs)),
    runs: runs.map(Math.round),
    unit: 'ms',
    target,
    pass: target === null ? null : m <= target,
    baseline: Math.round(baseline),
    ratio: Math.round((m / baseline) * 100) / 100,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
try {
  const page = await session.openExtensionPage('library.html');
  await page.locator('.empty').waitFor();
  const floor: number[] = [];
  const fresh: number[] = [];
  for (let i = 0; i < repeats; i++) {
    floor.push(await unzipOnly(page));
    fresh.push(await previewOnce(page));
  }
  report(
    `import ${count.toLocaleString('en')} into an empty library → preview shown`,
    fresh,
    10_000,
    median(floor),
  );
  t = Date.now();
  await seedArticles(page, articles);
  console.log(`Seeded the same articles in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  await page.reload();
  await page.locator('.list li.row').first().waitFor();
  // The search index takes in the seeded articles first (a library whose articles came by capture
  // or import has them indexed already): measured meanwhile, the preview shared the CPU with it.
  t = Date.now();
  // It starts a moment after the list is shown.
  await page
    .locator('.index-status')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.locator('.index-status').waitFor({ state: 'detached', timeout: 900_000 });
  console.log(`Search index caught up in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  const present: number[] = [];
  for (let i = 0; i < repeats; i++) present.push(await previewOnce(page));
  report(
    `import ${count.toLocaleString('en')} into a library holding them → preview shown`,
    present,
    10_000,
    median(floor),
  );
} finally {
  await session.close();
}
console.log(`1-minute load average at end: ${(loadavg()[0] ?? 0).toFixed(1)} (cores: ${cpus().length})`);
