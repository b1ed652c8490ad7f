/**
 * Images benchmark, beside today's text-only figures measured in the same run:
 * 1. capture, in headless Chromium with the built extension, of an article with 20 JPEGs of about
 *    200 KB on its own site: click → text saved and click → images saved, against the same article
 *    without images;
 * 2. what each such article costs in storage;
 * 3. export of 1,000 articles with stored images (in Node, images read one at a time from an
 *    in-memory source), against the same 1,000 articles exported text-only;
 * 4. in the library page, export of 1,000 articles without images, images local (the default,
 *    which looks up every article's images) against Keep image links remote.
 *
 *   npm run bench:images                 5 captures per page, export 3 times each
 *   npm run bench:images -- --runs 3
 *   npm run bench:images -- --export-only
 */
import { cpSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes } from '../../lib/format/format-bytes';
import { launchExtension } from '../harness/launch-extension';
import { serveFixtures } from '../harness/serve-fixtures';
import { clearStore, savedAfter } from './capture-probes';
import { imagesSettledAt, storedCost } from './images-probes';
import { generateArticles } from './generate-articles';
import {
  EXPORT_ARTICLES,
  EXPORT_IMAGE_BYTES,
  EXPORT_IMAGES_PER_ARTICLE,
  exportRun,
  generateOnly,
  paddedJpeg,
  type ExportRun,
} from './images-export-runs';
import { countStored } from './library-bench-probes';
import { seedArticles } from './seed-store';
import { median } from './stats';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const IMAGES = 20;
const IMAGE_BYTES = 200 * 1024;
const loadAtStart = loadavg()[0] ?? 0;
// tsx keeps function names with a `__name` helper that does not exist in the pages our probes run in.
const NAME_HELPER = 'globalThis.__name = (f) => f;';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the gallery story: the harbour, the mill and the people who keep them, told at length so the text is an article and not a caption.</p>`;

function galleryPage(withImages: boolean): string {
  const body = Array.from({ length: IMAGES }, (_, i) =>
    [
      paragraph(2 * i),
      withImages
        ? `<figure><img src="/img/${i}.jpg" width="1200" height="800" alt="Photo ${i}"></figure>`
        : '',
      paragraph(2 * i + 1),
    ].join(''),
  ).join('\n');
  const name = withImages ? 'A gallery of the harbour' : 'The harbour in words';
  return `<!doctype html><html lang="en"><head><title>${name}</title><meta property="og:type" content="article"></head><body><article><h1>${name}</h1>${body}</article></body></html>`;
}

let imageRound = 0;
const server = await serveFixtures(tmpdir(), {
  '/gallery/': (_request, response) =>
    void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(galleryPage(true)),
  '/words/': (_request, response) =>
    void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(galleryPage(false)),
  ...Object.fromEntries(
    Array.from({ length: IMAGES }, (_, i) => [
      `/img/${i}.jpg`,
      (_request: unknown, response: import('node:http').ServerResponse) =>
        // New bytes each round, so no run finds its images stored by the one before.
        void response
          .writeHead(200, { 'content-type': 'image/jpeg', 'x-round': String(imageRound) })
          .end(paddedJpeg(IMAGE_BYTES)),
    ]),
  ),
});

interface CaptureRun {
  text: number;
  images: number | null;
  stored: number;
  cost: Awaited<ReturnType<typeof storedCost>>;
  empty: number;
}

/** Toolbar click → text saved, and → every image stored, timed in the browser. */
async function capture(path: string, images: number): Promise<CaptureRun[]> {
  const extensionPath = join(tmpdir(), `clean-capture-images-bench-${process.pid}`);
  cpSync('.output/chrome-mv3', extensionPath, { recursive: true });
  const session = await launchExtension({ extensionPath });
  await session.context.addInitScript(NAME_HELPER);
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  await setup.close();
  const results: CaptureRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      imageRound++;
      const empty = (await session.worker.evaluate(storedCost)).usage;
      const page = await session.openPage(`${server.origin}${path}`);
      const before = await session.worker.evaluate(countStored);
      const saved = session.worker.evaluate(savedAfter, before);
      const settled = images > 0 ? session.worker.evaluate(imagesSettledAt, images) : null;
      const popup = await session.clickToolbarButton(page);
      const clickedAt = await popup.evaluate<number>('performance.timeOrigin');
      const text = (await saved) - clickedAt;
      const done = settled ? await settled : null;
      const cost = await session.worker.evaluate(storedCost);
      results.push({
        text,
        images: done ? done.at - clickedAt : null,
        stored: done?.stored ?? 0,
        cost,
        empty,
      });
      await popup.close();
      await page.close();
      await session.worker.evaluate(clearStore);
    }
  } finally {
    await session.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
  return results;
}

async function captureReport(): Promise<void> {
  const words = await capture('/words/', 0);
  const gallery = await capture('/gallery/', IMAGES);
  const perArticle = (run: CaptureRun) => run.cost.body + run.cost.record + run.cost.images;
  const usage = (run: CaptureRun) => run.cost.usage - run.empty;
  console.log(
    `\nCapture, median of ${runs} (load average ${loadAtStart.toFixed(1)} at start, ${availableParallelism()} cores)`,
  );
  console.table([
    {
      page: `text only (today), ${IMAGES * 2} paragraphs`,
      'click → text saved ms': Math.round(median(words.map((r) => r.text))),
      'click → images saved ms': '',
      'stored per article': formatBytes(median(words.map(perArticle))),
      'browser usage per article': formatBytes(median(words.map(usage))),
    },
    {
      page: `${IMAGES} images of ${formatBytes(IMAGE_BYTES)}, same text`,
      'click → text saved ms': Math.round(median(gallery.map((r) => r.text))),
      'click → images saved ms': Math.round(median(gallery.map((r) => r.images ?? 0))),
      'stored per article': formatBytes(median(gallery.map(perArticle))),
      'browser usage per article': formatBytes(median(gallery.map(usage))),
    },
  ]);
  const stored = gallery.map((r) => r.stored);
  if (stored.some((n) => n !== IMAGES)) console.log(`Warning: images stored per run: ${stored.join(', ')}`);
  console.log(
    `Text saved with images ÷ text only: ${(median(gallery.map((r) => r.text)) / median(words.map((r) => r.text))).toFixed(2)}×`,
  );
}

/** Library page, 1,000 articles without images: Export click → download, local and remote alternating. */
async function libraryExport(): Promise<void> {
  const extensionPath = join(tmpdir(), `clean-capture-images-bench-library-${process.pid}`);
  cpSync('.output/chrome-mv3', extensionPath, { recursive: true });
  const session = await launchExtension({ extensionPath });
  await session.context.addInitScript(NAME_HELPER);
  const times = { local: [] as number[], remote: [] as number[] };
  try {
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 800 });
    await page.locator('.empty').waitFor();
    await seedArticles(page, generateArticles(EXPORT_ARTICLES).articles);
    await page.reload();
    await page.locator('.list li.row').first().waitFor();
    const choice = page.getByLabel('Keep image links remote (text-only zip)');
    for (let round = 0; round < runs; round++) {
      for (const mode of ['local', 'remote'] as const) {
        if ((await choice.isChecked()) !== (mode === 'remote')) await choice.click();
        const download = page.waitForEvent('download', { timeout: 600_000 });
        const start = Date.now();
        await page.getByRole('button', { name: /^Export .* shown$/ }).click();
        const file = await download;
        times[mode].push(Date.now() - start);
        await file.delete();
      }
    }
  } finally {
    await session.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
  const local = median(times.local);
  const remote = median(times.remote);
  console.log(
    `\nLibrary page, ${EXPORT_ARTICLES.toLocaleString('en')} articles without images, Export → download starts, median of ${runs}:`,
  );
  console.log(
    `  images local (default) ${Math.round(local)} ms, image links remote ${Math.round(remote)} ms: ${(local / remote).toFixed(2)}×`,
  );
}

try {
  if (!process.argv.includes('--export-only')) {
    await captureReport();
    await libraryExport();
  }

  const exports = {
    text: [] as ExportRun[],
    images: [] as ExportRun[],
    generate: [] as ExportRun[],
  };
  // Interleaved, so load from other processes on the machine spreads over every variant alike.
  for (let round = 0; round < 3; round++) {
    exports.text.push(await exportRun(false));
    exports.images.push(await exportRun(true));
    exports.generate.push(generateOnly());
  }
  const row = (name: string, list: ExportRun[]) => ({
    export: name,
    'wall ms': Math.round(median(list.map((r) => r.ms))),
    'peak MB': Math.round(Math.max(...list.map((r) => r.peakMb))),
    'zip MB': +(list[0]?.zipMb ?? 0).toFixed(1),
  });
  console.log(
    `\nExport of ${EXPORT_ARTICLES.toLocaleString('en')} articles, median of 3, in Node (peak = most heap + array buffers above the start)`,
  );
  console.table([
    row('text only (today)', exports.text),
    row(`${EXPORT_IMAGES_PER_ARTICLE} images of ${formatBytes(EXPORT_IMAGE_BYTES)} each`, exports.images),
    row('(making those images only; output = MB made)', exports.generate),
  ]);
  console.log(
    `With images ÷ text only: ${(median(exports.images.map((r) => r.ms)) / median(exports.text.map((r) => r.ms))).toFixed(2)}× the time`,
  );
  console.log(`1-minute load average at the end: ${(loadavg()[0] ?? 0).toFixed(1)}`);
} finally {
  await server.close();
}
