/**
 * Popup and library open at any size, in real headless Chromium with the production build: each size
 * is seeded once into a persistent profile (kept under `$OPEN_BENCH_DIR`, default a folder in the
 * temporary directory, so 100,000 articles are written once across runs), then
 * - popup open → first rows painted, cold (a fresh browser on that profile, its first popup) and warm
 *   (the next opens in the same browser), median and worst of `--opens` each;
 * - library open → first rows painted and → interactive (the end of the last long task before three
 *   quiet seconds, as Lighthouse's TTI but with a shorter window), median and worst;
 * - library open → every record read (the count names the whole library, no longer "60 of …");
 * with the naive baselines of library-bench (read every record and sort; render every row) in the
 * same run. One JSON line per figure; the growth lines carry the baseline build's growth too.
 * Before the rounds each build opens the library and the popup once, as a user's browser has: a
 * build that keeps the popup's first screen in storage.local writes it then (its size is printed).
 *
 *   npm run bench:open -- --sizes 1000,100000 --opens 5
 *   … --build <dir>              the build to measure (default .output/chrome-mv3)
 *   … --baseline-build <dir>     another build (say main's), round by round in the same run
 *   … --popup-only               rounds without the library open (nor the library's open before them)
 *   … --floor                    also a static page with one row and no script, opened the same
 *                                way (cold and warm): what any extension page costs on this machine now
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../harness/chromium-flags';
import { generateArticles } from './generate-articles';
import { naiveRenderAll, newestFifty, wholeLibraryMark } from './library-bench-probes';
import { openMarked as openMarkedPage, waitForFirstScreen, waitMark } from './marked-pages';
import { FLOOR_PAGE, writeFloorPage } from './floor-page';
import { idleAfter, longTasks } from './open-bench-probes';
import { seedArticles } from './seed-store';
import { median } from './stats';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const sizes = (arg('sizes') ?? '1000,100000').split(',').map(Number);
const opens = Number(arg('opens') ?? 5);
const root = resolve(process.env.OPEN_BENCH_DIR ?? join(tmpdir(), 'clean-capture-open-bench'));
// One fixed path: an unpacked extension's id comes from its path, and the seeded data belongs to that id.
const extensionPath = join(root, 'extension');
const current = resolve(arg('build') ?? '.output/chrome-mv3');
// Another build (say, main's) measured in the same run, round by round: the figures' baseline.
// `--popup-only`: rounds without the library open, for more popup opens in the same time.
const popupOnly = process.argv.includes('--popup-only');
const withFloor = process.argv.includes('--floor');
const baselineBuild =
  arg('baseline-build') === undefined ? undefined : resolve(arg('baseline-build') as string);

interface Launched {
  context: BrowserContext;
  extensionId: string;
}

async function launch(profile: string): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      `--load-extension=${extensionPath}`,
      `--disable-extensions-except=${extensionPath}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // tsx keeps function names with a `__name` helper that does not exist in the pages our probes run in.
  await context.addInitScript('globalThis.__name = (f) => f;');
  return { context, extensionId: new URL(worker.url()).host };
}

/** Every page of this bench keeps its long tasks too (see `idleAfter`). */
const openMarked = (
  session: Launched,
  path: string,
  selectors: Record<string, string>,
  viewport: { width: number; height: number },
  initScripts: Array<() => void> = [],
) => openMarkedPage(session, path, selectors, viewport, [longTasks, ...initScripts]);

async function seed(profile: string, n: number): Promise<void> {
  const marker = `${profile}.seeded`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(n)) return;
  rmSync(profile, { recursive: true, force: true });
  rmSync(`${profile}-baseline`, { recursive: true, force: true });
  const t = Date.now();
  const session = await launch(profile);
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.locator('.empty').waitFor();
  await seedArticles(page, generateArticles(n).articles);
  // One library tab at a time: the FTS5 index's file belongs to the first tab's worker, and a
  // second tab would wait for it (never "ready") while the first stays open.
  await page.close();
  // The first library open builds the search index; later opens load it, as a user's library does
  // (a user's index is written at capture time, so no open of theirs indexes the whole library).
  const build = await openMarked(
    session,
    'library.html',
    // Ready, and done merging the index's segments after the bulk build (fts5-merge.ts).
    { ready: '[data-search=ready]:not([data-index-merging])' },
    { width: 1100, height: 800 },
  );
  await waitMark(build, 'ready', 3_600_000);
  await session.context.close();
  writeFileSync(marker, String(n));
  console.log(
    `  seeded ${n.toLocaleString('en')} articles and built the index in ${((Date.now() - t) / 1000).toFixed(0)} s`,
  );
}

interface Figure {
  metric: string;
  articles: number;
  median: number;
  worst: number;
  runs: number[];
  unit: 'ms';
  target: number | null;
  pass: boolean | null;
  baseline: number | null;
  /** The baseline build's worst and every one of its runs, from the same run. */
  baselineWorst: number | null;
  baselineRuns: number[] | null;
  /** baseline / median: how many times faster than the baseline build. */
  ratio: number | null;
}
const figures: Figure[] = [];
const round = (x: number) => Math.round(x * 10) / 10;

function report(
  metric: string,
  n: number,
  runs: number[],
  target: number | null,
  baseline: number | null = null,
  baselineRuns: number[] = [],
) {
  const m = median(runs);
  const worst = Math.max(...runs);
  const figure: Figure = {
    metric,
    articles: n,
    median: round(m),
    worst: round(worst),
    runs: runs.map(round),
    unit: 'ms',
    target,
    // Both the median and the worst open must meet the target.
    pass: target === null ? null : worst <= target,
    baseline: baseline === null ? null : round(baseline),
    baselineWorst: baselineRuns.length > 0 ? round(Math.max(...baselineRuns)) : null,
    baselineRuns: baselineRuns.length > 0 ? baselineRuns.map(round) : null,
    ratio: baseline === null || m === 0 ? null : round(baseline / m),
  };
  figures.push(figure);
  console.log(JSON.stringify(figure));
}

/** Puts a build where the profile expects the extension (its id comes from that path). */
function install(build: string): void {
  rmSync(extensionPath, { recursive: true, force: true });
  cpSync(build, extensionPath, { recursive: true });
  writeFloorPage(extensionPath);
}

interface Opens {
  cold: number[];
  warm: number[];
  floorCold: number[];
  floorWarm: number[];
  rows: number[];
  interactive: number[];
  whole: number[];
}

/** One round with one build: a fresh browser's first popup (cold), its second (warm), a library open. */
async function round1(profile: string, into: Opens): Promise<void> {
  const session = await launch(profile);
  try {
    // A user clicks once the browser is up, not in its first instant.
    await new Promise((r) => setTimeout(r, 1_000));
    const popupAt = { width: 400, height: 600 };
    for (const list of [into.cold, into.warm]) {
      const popup = await openMarked(session, 'popup.html', { rows: 'ul.list li' }, popupAt);
      list.push(await waitMark(popup, 'rows'));
      await popup.close();
    }
    if (popupOnly) return;
    const library = await openMarked(
      session,
      'library.html',
      { rows: '.list li.row' },
      { width: 1100, height: 800 },
      [wholeLibraryMark],
    );
    const painted = await waitMark(library, 'rows');
    into.rows.push(painted);
    into.interactive.push(Math.max(painted, await library.evaluate(idleAfter, 3_000)));
    into.whole.push(await waitMark(library, 'whole', 600_000));
    await library.close();
  } finally {
    await session.context.close();
  }
}

/** A fresh browser's first and second open of the floor page, as round1 opens the popup. */
async function floorRound(profile: string, into: Opens): Promise<void> {
  const session = await launch(profile);
  try {
    await new Promise((r) => setTimeout(r, 1_000));
    for (const list of [into.floorCold, into.floorWarm]) {
      const page = await openMarked(session, FLOOR_PAGE, { rows: 'ul.list li' }, { width: 400, height: 600 });
      list.push(await waitMark(page, 'rows'));
      await page.close();
    }
  } finally {
    await session.context.close();
  }
}

async function naiveBaselines(profile: string): Promise<{ list: number; render: number }> {
  const session = await launch(profile);
  try {
    const probe = await session.context.newPage();
    await probe.goto(`chrome-extension://${session.extensionId}/library.html`);
    const list: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < 3; i++) {
      list.push((await probe.evaluate(newestFifty)).naiveMs);
      render.push(await probe.evaluate(naiveRenderAll));
    }
    return { list: median(list), render: median(render) };
  } finally {
    await session.context.close();
  }
}

async function measure(n: number): Promise<void> {
  const profile = join(root, `profile-${n}`);
  install(current);
  await seed(profile, n);
  // Each build opens its own copy of the seeded profile: a newer schema upgrades the database,
  // which an older build then could not open.
  const theirProfile = `${profile}-baseline`;
  if (baselineBuild !== undefined && !existsSync(theirProfile))
    cpSync(profile, theirProfile, { recursive: true });
  // One library open per build before the rounds, until its storage line shows: a library that has
  // been opened before (a new schema's one-time work, such as measuring bodies stored without a size, is done).
  // Not with --popup-only: the popup reads none of what that open prepares.
  for (const [build, dir] of [
    [current, profile],
    [baselineBuild, theirProfile],
  ] as const) {
    if (build === undefined) continue;
    install(build);
    const session = await launch(dir);
    const page = await session.context.newPage();
    if (!popupOnly) {
      await page.goto(`chrome-extension://${session.extensionId}/library.html`);
      await page.locator('.storage-usage').waitFor({ timeout: 1_800_000 });
      // A build whose index schema is newer than the profile's rebuilds it here, not in the rounds;
      // one that merges an index built before it (fts5-merge.ts) does so here too.
      await page.locator('[data-search=ready]:not([data-index-merging])').waitFor({ timeout: 3_600_000 });
    }
    // One popup open, as a user's last one: a build that keeps the popup's first screen in
    // storage.local writes it then, for a library seeded before it existed.
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator('ul.list li').first().waitFor({ timeout: 60_000 });
    const snapshot = await waitForFirstScreen(page);
    if (snapshot !== null)
      console.log(`  ${build === current ? 'this build' : 'baseline'}: first screen ${snapshot}`);
    await session.context.close();
  }
  const opened = (): Opens => ({
    cold: [],
    warm: [],
    floorCold: [],
    floorWarm: [],
    rows: [],
    interactive: [],
    whole: [],
  });
  const mine = opened();
  const theirs = opened();
  // Rounds alternate between the builds, so a load that changes during the run weighs on both alike.
  for (let i = 0; i < opens; i++) {
    const order =
      baselineBuild === undefined ? [current] : i % 2 ? [current, baselineBuild] : [baselineBuild, current];
    for (const build of order) {
      install(build);
      await (build === current ? round1(profile, mine) : round1(theirProfile, theirs));
      if (build === current && withFloor) await floorRound(profile, mine);
    }
  }
  install(current);
  const naive = await naiveBaselines(profile);
  const before = (list: number[]) => (list.length > 0 ? median(list) : null);
  const label = baselineBuild === undefined ? '' : ' (baseline: the --baseline-build, same run)';
  report(
    `popup open → first rows, cold (first open after the browser starts)${label}`,
    n,
    mine.cold,
    100,
    before(theirs.cold),
    theirs.cold,
  );
  report(`popup open → first rows, warm${label}`, n, mine.warm, 100, before(theirs.warm), theirs.warm);
  if (withFloor) {
    report('  floor: a static extension page with one row, cold', n, mine.floorCold, null);
    report('  floor: a static extension page with one row, warm', n, mine.floorWarm, null);
  }
  if (popupOnly) return;
  report(`library open → first rows painted${label}`, n, mine.rows, null, before(theirs.rows), theirs.rows);
  report(
    `library open → interactive (no long task after)${label}`,
    n,
    mine.interactive,
    300,
    before(theirs.interactive),
    theirs.interactive,
  );
  report(`library open → every record read${label}`, n, mine.whole, null, before(theirs.whole), theirs.whole);
  report('  naive: newest 50 by reading every record and sorting', n, [naive.list], null);
  report('  naive: library rendering every row', n, [naive.render], null);
}

mkdirSync(root, { recursive: true });
const loadAtStart = loadavg()[0] ?? 0;
for (const n of sizes) {
  console.log(`\n${n.toLocaleString('en')} articles`);
  await measure(n);
}
const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
if (small !== large) {
  for (const metric of new Set(figures.map((f) => f.metric))) {
    const at = (n: number) => figures.find((f) => f.metric === metric && f.articles === n);
    const growth = (at(large)?.median ?? NaN) / (at(small)?.median ?? NaN);
    const theirs = (at(large)?.baseline ?? NaN) / (at(small)?.baseline ?? NaN);
    console.log(
      JSON.stringify({
        metric: `growth ${small} → ${large}: ${metric}`,
        value: round(growth * 100) / 100,
        unit: '×',
        target: 1.5,
        pass: growth <= 1.5,
        // The same growth for the --baseline-build, from the same run.
        baseline: Number.isNaN(theirs) ? null : round(theirs * 100) / 100,
      }),
    );
  }
}
console.log(
  `1-minute load average: ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (cores: ${cpus().length})`,
);
