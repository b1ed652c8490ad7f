/**
 * The library at scale, in real headless Chromium with the production build: generated articles
 * written into the extension's own IndexedDB at 1,000 / 10,000 / 100,000, then popup open, library
 * open, search, export, capture and storage measured with medians and a naive baseline in the same
 * run. Run: `npm run bench` (builds first), `npm run bench -- --quick` for 1,000 and 10,000 only,
 * `npm run bench -- --sizes 100000` for chosen sizes, `-- --build <folder>` for another build.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures } from '../harness/serve-fixtures';
import { buildQueries } from './bench-queries';
import { generateArticles } from './generate-articles';
import { savedAfter } from './capture-probes';
import { generateBigPage } from './generate-big-page';
import { generateNewsPage } from './generate-news-page';
import {
  countStored,
  naiveRenderAll,
  naiveSearch,
  newestFifty,
  readAllBodies,
  storageUsage,
  timeSearches,
} from './library-bench-probes';
import { FLOOR_PAGE, writeFloorPage } from './floor-page';
import { openMarked, waitForFirstScreen, waitMark } from './marked-pages';
import { dropSearchIndex, seedArticles } from './seed-store';
import { watchWorkerHeap, workerHeapBytes } from './worker-heap';
import { median, percentile } from './stats';

const quick = process.argv.includes('--quick');
const sizesArg = process.argv.indexOf('--sizes');
// `--sizes 100000` runs one size alone (seeding the articles below it too, as one library).
const sizes =
  sizesArg !== -1
    ? String(process.argv[sizesArg + 1])
        .split(',')
        .map(Number)
    : quick
      ? [1_000, 10_000]
      : [1_000, 10_000, 100_000];
const repeats = quick ? 3 : 5;
// `--build <folder>`: measure another unpacked build (another branch's, as a baseline) instead of ours.
const buildArg = process.argv.indexOf('--build');
const build = buildArg !== -1 ? String(process.argv[buildArg + 1]) : '.output/chrome-mv3';

interface Row {
  metric: string;
  articles: number;
  value: number;
  unit: string;
  target: string;
  pass: boolean | null;
  baseline: number | null;
  /** baseline / value for times: how many times faster than the naive way. */
  ratio: number | null;
}
const rows: Row[] = [];
function record(
  metric: string,
  articles: number,
  value: number,
  unit: string,
  target: number | null,
  baseline: number | null = null,
  lowerIsBetter = true,
) {
  const round = (n: number) => Math.round(n * 10) / 10;
  const row: Row = {
    metric,
    articles,
    value: round(value),
    unit,
    target: target === null ? '—' : `${lowerIsBetter ? '≤' : '≥'} ${target}`,
    pass: target === null ? null : lowerIsBetter ? value <= target : value >= target,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || value === 0 ? null : round(baseline / value),
  };
  rows.push(row);
  console.log(
    `  ${metric} @${articles}: ${round(value)} ${unit}${baseline === null ? '' : ` (baseline ${round(baseline)})`}`,
  );
  // One JSON line per figure as it is measured: a long run stopped half-way keeps what it has.
  console.log(JSON.stringify(row));
}

const LIBRARY_VIEW = { width: 1100, height: 800 };
// At 100,000 the search index and the storage line take seconds, under load far more.
const LONG_WAIT = 600_000;

async function measureOpenings(session: ExtensionSession, n: number) {
  const popup: number[] = [];
  const floor: number[] = [];
  const library: number[] = [];
  const ready: number[] = [];
  const firstPart: number[] = [];
  const storage: number[] = [];
  // One popup open first, unmeasured, as a user's last one: the articles were written straight into
  // IndexedDB, past the writes that keep the popup's first screen in storage.local, so the first
  // popup reads the database and writes the first screen (at 100,000 that open took 162 ms, the
  // next four 87–107). bench:open does the same before its rounds.
  const first = await openMarked(session, 'popup.html', { rows: 'ul.list li' }, { width: 400, height: 600 });
  await waitMark(first, 'rows', LONG_WAIT);
  await waitForFirstScreen(first);
  await first.close();
  // Every size gets `repeats` popup opens (five in a full run: the issue asks for at least five);
  // a library open at 100,000 reads every record and the storage line, so there are three of those.
  const libraryOpens = n > 10_000 ? Math.min(3, repeats) : repeats;
  for (let i = 0; i < repeats; i++) {
    // Each popup open is paired with one of the floor page, in turn before and after it.
    for (const path of i % 2 ? [FLOOR_PAGE, 'popup.html'] : ['popup.html', FLOOR_PAGE]) {
      const p = await openMarked(session, path, { rows: 'ul.list li' }, { width: 400, height: 600 });
      (path === FLOOR_PAGE ? floor : popup).push(await waitMark(p, 'rows', LONG_WAIT));
      await p.close();
    }
    if (i >= libraryOpens) continue;
    const l = await openMarked(
      session,
      'library.html',
      {
        rows: '.list li.row',
        ready: '[data-search=ready]',
        part: '[data-search=partial], [data-search=ready]',
        storage: '.storage-usage',
      },
      LIBRARY_VIEW,
    );
    library.push(await waitMark(l, 'rows', LONG_WAIT));
    firstPart.push(await waitMark(l, 'part', LONG_WAIT));
    ready.push(await waitMark(l, 'ready', LONG_WAIT));
    storage.push(await waitMark(l, 'storage', LONG_WAIT));
    await l.close();
  }
  const probe = await session.openExtensionPage('library.html');
  const listing = [];
  const renderAll: number[] = [];
  for (let i = 0; i < repeats; i++) {
    listing.push(await probe.evaluate(newestFifty));
    renderAll.push(await probe.evaluate(naiveRenderAll));
  }
  const naiveAll = median(listing.map((x) => x.naiveMs));
  await probe.close();
  record('popup open → first rows painted', n, median(popup), 'ms', 100, null);
  console.log(
    `    popup opens: ${popup.map(Math.round).join(', ')} ms (worst ${Math.round(Math.max(...popup))})`,
  );
  // What any extension page takes to show a row on this machine now: the popup's target is only
  // within reach where the floor is well under it.
  record('  floor: a static extension page with one row', n, median(floor), 'ms', null);
  record(
    '  popup above the floor (each open less its pair)',
    n,
    median(popup.map((ms, i) => ms - (floor[i] as number))),
    'ms',
    null,
  );
  record(
    '  newest 50: indexed read vs load-all-and-sort',
    n,
    median(listing.map((x) => x.indexedMs)),
    'ms',
    null,
    naiveAll,
  );
  record('library open → interactive (rows + search box)', n, median(library), 'ms', 300, median(renderAll));
  record('library open → full text of the newest 2,000 searchable', n, median(firstPart), 'ms', null);
  record('library open → full-text search ready (index loaded)', n, median(ready), 'ms', null);
  // Measured in idle time after the rows paint: it reads every body, so it must never delay them.
  record('library open → storage line shown', n, median(storage), 'ms', null);
}

/** The library page's JS heap once it holds every record (after a full GC): what the list keeps in memory. */
async function measureLibraryHeap(session: ExtensionSession, n: number) {
  const page = await openMarked(session, 'library.html', { storage: '.storage-usage' }, LIBRARY_VIEW);
  await waitMark(page, 'storage', LONG_WAIT);
  const cdp = await session.context.newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  record('library page JS heap, every record read (after GC)', n, usedSize / 1e6, 'MB', null);
  await cdp.detach();
  await page.close();
}

async function measureSearch(
  session: ExtensionSession,
  n: number,
  corpus: ReturnType<typeof generateArticles>,
) {
  const page = await openMarked(session, 'library.html', { ready: '[data-search=ready]' }, LIBRARY_VIEW);
  await waitMark(page, 'ready', LONG_WAIT);
  record(
    'search worker memory (JS heap + array buffers, index loaded)',
    n,
    (await workerHeapBytes(session.context, page)) / 1e6,
    'MB',
    null,
  );
  const queries = buildQueries(corpus.articles.slice(0, n), corpus.vocabulary, 50).map((q) => q.text);
  const times: number[] = [];
  const inWorker: number[] = [];
  const rounds: number[][] = [];
  for (let round = 0; round < 3; round++) {
    const { ms, workerMs } = await page.evaluate(timeSearches, queries);
    times.push(...ms);
    inWorker.push(...workerMs);
    rounds.push(ms);
    await page.evaluate(timeSearches, ['']);
  }
  const naive: number[] = [];
  for (const q of queries.slice(0, n > 10_000 ? 2 : 5)) naive.push((await page.evaluate(naiveSearch, q)).ms);
  record(
    'search p95 (50 queries × 3, input → rows in DOM)',
    n,
    percentile(times, 95),
    'ms',
    50,
    median(naive),
  );
  record('search median', n, median(times), 'ms', null, median(naive));
  record('  of which in the search worker (index + packing), p95', n, percentile(inWorker, 95), 'ms', null);
  // The first round starts as soon as the index answers, with the worker's code cold and, at large
  // sizes, the page still reading its records: how much of the p95 is that start.
  record('  search p95, first round alone', n, percentile(rounds[0] ?? [], 95), 'ms', null);
  record('  search p95, second and third rounds', n, percentile(rounds.slice(1).flat(), 95), 'ms', null);
  await page.close();
}

async function measureExport(session: ExtensionSession, n: number) {
  const page = await openMarked(
    session,
    'library.html',
    { ready: '[data-search=ready]', storage: '.storage-usage' },
    LIBRARY_VIEW,
  );
  await waitMark(page, 'ready', LONG_WAIT);
  // The storage line is measured once every record is read: before that, "Export … shown" would
  // export only the records read so far (at 100,000, the first few thousand).
  await waitMark(page, 'storage', LONG_WAIT);
  const exportAll = page.getByRole('button', { name: `Export ${n.toLocaleString('en')} shown` });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  // The zips are written in a worker the export starts: its heap counts with the page's.
  const exportWorker = await watchWorkerHeap(cdp, /export-worker/);
  const before = await heap();
  let peak = before;
  let pagePeak = before;
  let workerPeak = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const [inPage, inWorker] = await Promise.all([heap(), exportWorker.used()]);
      peak = Math.max(peak, inPage + inWorker);
      pagePeak = Math.max(pagePeak, inPage);
      workerPeak = Math.max(workerPeak, inWorker);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  // A large export is several zips, all handed to the downloads together once the last is written.
  const files: Download[] = [];
  page.on('download', (file) => files.push(file));
  const start = Date.now();
  const first = page.waitForEvent('download', { timeout: 900_000 });
  await exportAll.click();
  await first;
  const ms = Date.now() - start;
  polling = false;
  await poller;
  await page
    .locator('.notice')
    .getByText(/^Exported/)
    .waitFor({ timeout: 60_000 });
  const floor = await page.evaluate(readAllBodies);
  const target = n <= 1_000 ? 2_000 : n <= 10_000 ? 20_000 : 180_000;
  // Baseline: only reading the same bodies out of IndexedDB, the floor any export pays.
  record(
    `export ${n.toLocaleString('en')} → zip download starts (baseline: read bodies only)`,
    n,
    ms,
    'ms',
    target,
    floor,
  );
  record('  peak JS heap during export, library page + export worker', n, peak / 1e6, 'MB', 300);
  record('    of which the page alone, peak', n, pagePeak / 1e6, 'MB', null);
  record('    of which the export worker alone, peak', n, workerPeak / 1e6, 'MB', null);
  record('  JS heap added by the export', n, (peak - before) / 1e6, 'MB', null);
  record('  zips written', n, files.length, 'files', null);
  for (const file of files) await file.delete();
  await cdp.detach();
  await page.close();
}

/**
 * Click → saved on two 5 MB / 50,000-element pages: a news page (a long read inside heavy chrome and
 * thousands of comments, the shape of large real pages, where the ≤ 1 s target applies) and a
 * book-length article with no chrome (the converter's worst case, reported without a target).
 */
async function measureCapture(session: ExtensionSession, n: number) {
  const root = resolve('test-output/bench-pages');
  const pages = { news: generateNewsPage(), book: generateBigPage() };
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(`${root}/${name}`, { recursive: true });
    writeFileSync(`${root}/${name}/source.html`, html);
  }
  const server = await serveFixtures(root);
  for (const [name, html] of Object.entries(pages)) {
    const times: number[] = [];
    let elements = 0;
    for (let i = 0; i < (quick ? 2 : 3); i++) {
      const page = await session.openPage(server.pageUrl(name));
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const before = await session.worker.evaluate(countStored);
      // Clocked in the browser, from the popup's start to the record in IndexedDB: this process's CDP
      // round trips around the click are not capture time.
      const saved = session.worker.evaluate(savedAfter, before);
      const popup = await session.clickToolbarButton(page);
      const clickedAt = await popup.evaluate<number>('performance.timeOrigin');
      times.push((await saved) - clickedAt);
      await popup.close();
      await page.close();
      // Each run must store a new article, and the library measurements must not see it: remove it.
      await session.worker.evaluate(removeBenchPages);
    }
    const label = name === 'news' ? 'news page' : 'book-length article';
    record(
      `capture ${label}, ${(html.length / 1e6).toFixed(1)} MB / ${elements.toLocaleString('en')} elements, click → saved`,
      n,
      median(times),
      'ms',
      name === 'news' ? 1_000 : null,
    );
  }
  await server.close();
}

/** Runs in the service worker: deletes the articles saved from the local bench server. */
async function removeBenchPages(): Promise<void> {
  const db = await new Promise<IDBDatabase>((done) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
  });
  await new Promise<void>((done) => {
    const tx = db.transaction(['articles', 'bodies'], 'readwrite');
    const idx = tx.objectStore('articles').index('canonicalUrl');
    const req = idx.openCursor();
    req.onsuccess = () => {
      const c = req.result;
      if (!c) return;
      if (String((c.value as { canonicalUrl: string }).canonicalUrl).includes('127.0.0.1')) {
        tx.objectStore('bodies').delete((c.value as { id: number }).id);
        c.delete();
      }
      c.continue();
    };
    tx.oncomplete = () => done();
  });
  db.close();
}

async function main() {
  const corpus = generateArticles(sizes[sizes.length - 1] as number);
  const avgKb = corpus.articles.reduce((s, a) => s + a.markdown.length, 0) / corpus.articles.length / 1024;
  const loadAtStart = loadavg()[0] ?? 0;
  console.log(`Generated ${corpus.articles.length} articles, average body ${avgKb.toFixed(1)} KB`);
  // A private copy of the build: others may rebuild .output while a long run is going.
  const extensionPath = join(tmpdir(), `clean-capture-bench-${process.pid}`);
  cpSync(build, extensionPath, { recursive: true });
  writeFloorPage(extensionPath);
  const session = await launchExtension({ extensionPath });
  // tsx keeps function names with a `__name` helper that does not exist in the page our probes run in.
  await session.context.addInitScript('globalThis.__name = (f) => f;');
  try {
    const setup = await session.openExtensionPage('library.html');
    await setup.locator('.empty').waitFor();
    // The database exists now. A library page's worker would hold the search index (one owner at
    // a time, see open-fts5-database.ts): the setup page seeds from the options page instead.
    await setup.goto(setup.url().replace('library.html', 'options.html'));
    let seeded = 0;
    for (const n of sizes) {
      console.log(`\n${n.toLocaleString('en')} articles`);
      let t = Date.now();
      await seedArticles(setup, corpus.articles.slice(seeded, n));
      seeded = n;
      console.log(`  seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      await dropSearchIndex(setup);
      t = Date.now();
      const build = await openMarked(
        session,
        'library.html',
        { ready: '[data-search=ready]', merged: '[data-search=ready]:not([data-index-merging])' },
        LIBRARY_VIEW,
      );
      await waitMark(build, 'ready', 3_600_000);
      // Saving the index right after the build is part of the rebuild.
      record('search index rebuild (with progress), open → ready', n, Date.now() - t, 'ms', null);
      // Then the worker merges the index's segments, answering searches meanwhile (fts5-merge.ts).
      // A user who keeps the tab open a little longer has the merged index; so do the figures below.
      await waitMark(build, 'merged', 3_600_000);
      record('  then its segments merged, open → merged', n, Date.now() - t, 'ms', null);
      await build.close();
      const bytes = await setup.evaluate(storageUsage);
      record('storage per article (articles + search index)', n, bytes / n / 1024, 'KB', null);
      await measureOpenings(session, n);
      await measureLibraryHeap(session, n);
      await measureSearch(session, n, corpus);
      await measureExport(session, n);
      if (n === 10_000) await measureCapture(session, n);
    }
  } finally {
    await session.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
  // Issue 16: popup, library open and search p95 grow no more than 1.5× from the smallest size to the largest.
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  if (small !== large)
    for (const metric of [
      'popup open → first rows painted',
      'library open → interactive (rows + search box)',
      'search p95 (50 queries × 3, input → rows in DOM)',
    ]) {
      const at = (n: number) => rows.find((r) => r.metric === metric && r.articles === n)?.value ?? NaN;
      record(`growth ${small} → ${large}: ${metric}`, large, at(large) / at(small), '×', 1.5);
    }
  console.log('');
  console.table(rows.map((r) => ({ ...r, pass: r.pass === null ? '' : r.pass ? 'yes' : 'NO' })));
  // The machine may be shared: a high load average makes every figure slower than it is alone.
  const load = { start: +loadAtStart.toFixed(1), end: +(loadavg()[0] ?? 0).toFixed(1) };
  console.log(`1-minute load average: ${load.start} at start, ${load.end} at end (cores: ${cpus().length})`);
  mkdirSync('test-output', { recursive: true });
  writeFileSync(
    'test-output/library-bench.json',
    JSON.stringify({ quick, averageBodyKb: +avgKb.toFixed(1), loadAverage: load, rows }, null, 2),
  );
}

await main();
