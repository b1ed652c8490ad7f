/**
 * Chrome traces of the popup's cold and warm opens (a fresh browser's first popup and its second),
 * with a summary of the popup renderer's main thread from navigation to the first frame with rows:
 * each top-level task with what ran in it, the page's fetches, and the frames. For finding where a
 * popup open's time goes, beside the open bench's figures.
 *
 *   tsx tests/bench/trace-popup-open.ts --articles 1000 [--build dir] [--out dir] [--opens 1]
 *
 * Seeds its own profile (kept under `$TRACE_DIR`, default a folder in the temporary directory),
 * writes each trace as JSON into `--out` and prints the summaries.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../harness/chromium-flags';
import { generateArticles } from './generate-articles';
import { paintMarks } from './library-bench-probes';
import { seedArticles } from './seed-store';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const articles = Number(arg('articles') ?? 1000);
const opens = Number(arg('opens') ?? 1);
const build = resolve(arg('build') ?? '.output/chrome-mv3');
const root = resolve(process.env.TRACE_DIR ?? join(tmpdir(), 'clean-capture-popup-trace'));
const out = resolve(arg('out') ?? join(root, 'traces'));
const extensionPath = join(root, 'extension');
const profile = join(root, `profile-${articles}`);
const PORT = 9333;
// `--no-trace`: only the page's own marks and resource timings, without the tracing's overhead.
const tracing = !process.argv.includes('--no-trace');

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'v8',
  'blink',
  'blink.user_timing',
  'loading',
  'navigation',
  'toplevel',
  'benchmark',
  'renderer.scheduler',
  'extensions',
];

interface Session {
  browser: Browser;
  context: BrowserContext;
  chrome: ChildProcess;
  extensionId: string;
}

async function start(): Promise<Session> {
  const chrome = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      `--remote-debugging-port=${PORT}`,
      `--user-data-dir=${profile}`,
      `--load-extension=${extensionPath}`,
      `--disable-extensions-except=${extensionPath}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; ; i++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
      const context = browser.contexts()[0];
      if (!context) throw new Error('no context');
      const worker =
        context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      await context.addInitScript('globalThis.__name = (f) => f;');
      return { browser, context, chrome, extensionId: new URL(worker.url()).host };
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function stop(session: { browser: Browser; chrome: ChildProcess }): Promise<void> {
  await session.browser.close().catch(() => undefined);
  session.chrome.kill();
  await new Promise((r) => setTimeout(r, 500));
}

async function seed(): Promise<void> {
  const marker = `${profile}.seeded`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(articles)) return;
  rmSync(profile, { recursive: true, force: true });
  const session = await start();
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.locator('.empty').waitFor();
  await seedArticles(page, generateArticles(articles).articles);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.locator('ul.list li').first().waitFor();
  await new Promise((r) => setTimeout(r, 2000));
  await stop(session);
  writeFileSync(marker, String(articles));
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/** The popup renderer's main thread from navigation to the rows' frame, in words. */
function summarise(events: TraceEvent[], rowsAtMs: number): string {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('popup.html'),
  );
  if (!nav) return 'no navigationStart for popup.html';
  const { pid, tid } = nav;
  const t0 = nav.ts;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1);
  const end = t0 + (rowsAtMs + 30) * 1000;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0 - 20_000 && e.ts <= end)
    .sort((a, b) => a.ts - b.ts);
  // The main thread's own time (CPU, not wall) in tasks from navigation to the rows' frame: what
  // the page made the renderer do, less sensitive than the wall clock to a busy machine.
  const rowsAt = t0 + rowsAtMs * 1000;
  let cpu = 0;
  let wall = 0;
  let covered = -Infinity;
  for (const e of main) {
    if (e.ph !== 'X' || e.ts < t0 || e.ts > rowsAt || e.ts < covered) continue;
    covered = e.ts + (e.dur ?? 0);
    cpu += (e as { tdur?: number }).tdur ?? e.dur ?? 0;
    wall += e.dur ?? 0;
  }
  const lines: string[] = [
    `navigationStart pid ${pid}; rows mark at ${rowsAtMs.toFixed(1)} ms; main thread busy ${(wall / 1000).toFixed(1)} ms, its CPU ${(cpu / 1000).toFixed(1)} ms`,
  ];
  const tops = main.filter(
    (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
  );
  for (const task of tops) {
    const taskEnd = task.ts + (task.dur ?? 0);
    const inner = main.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts <= taskEnd && (e.dur ?? 0) >= 300 && e.ph === 'X',
    );
    const what = inner
      .slice(0, 12)
      .map((e) => {
        const url = String(e.args?.data?.url ?? e.args?.data?.fileName ?? '').replace(/^.*\//, '');
        return `${e.name}${url ? `(${url})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
      })
      .join(', ');
    if ((task.dur ?? 0) < 500 && what === '') continue;
    lines.push(`  ${ms(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(1)}  ${what}`);
  }
  const marks = events.filter(
    (e) =>
      e.pid === pid &&
      e.ts >= t0 &&
      e.ts <= end &&
      [
        'ResourceSendRequest',
        'ResourceFinish',
        'MarkDOMContent',
        'MarkLoad',
        'firstPaint',
        'firstContentfulPaint',
        'BeginFrame',
        'DrawFrame',
        'Commit',
      ].includes(e.name),
  );
  for (const e of marks) {
    const url = String(e.args?.data?.url ?? '').replace(/^.*\//, '');
    lines.push(`  ${ms(e.ts)} ${e.name} ${url}`);
  }
  const user = events.filter(
    (e) => e.pid === pid && e.cat.includes('blink.user_timing') && e.ts >= t0 && e.ts <= end,
  );
  for (const e of user) lines.push(`  ${ms(e.ts)} mark ${e.name}`);
  return lines.join('\n');
}

mkdirSync(root, { recursive: true });
mkdirSync(out, { recursive: true });
rmSync(extensionPath, { recursive: true, force: true });
cpSync(build, extensionPath, { recursive: true });
await seed();
for (let round = 0; round < opens; round++) {
  const session = await start();
  try {
    const { context } = session;
    await new Promise((r) => setTimeout(r, 1000));
    for (const kind of ['cold', 'warm']) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.addInitScript(paintMarks, { rows: 'ul.list li', app: '#app ul.list li' });
      // When the rows are first in the DOM: Chrome shows a popup at its load event, which should not come first.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('ul.list li')) return;
          performance.mark('rows in the DOM');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const marks = new Map<string, number>();
      page.on('console', (m) => {
        const [, name, at] = /^paint-mark (\S+) ([\d.]+)$/.exec(m.text()) ?? [];
        if (name !== undefined) marks.set(name, Number(at));
      });
      if (tracing) await session.browser.startTracing(undefined, { categories: CATEGORIES });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      while (!marks.has('rows') || !marks.has('app')) await page.waitForEvent('console');
      await new Promise((r) => setTimeout(r, 300));
      const timings = await page.evaluate(() =>
        [
          ...performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(1)} ${m.name}`),
          ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
            (r) =>
              `${r.startTime.toFixed(1)}..${r.responseStart.toFixed(1)}..${r.responseEnd.toFixed(1)} ${r.name.replace(/^.*\//, '')}`,
          ),
          `${(performance.getEntriesByType('paint')[0]?.startTime ?? NaN).toFixed(1)} first paint`,
          // Chrome shows an extension's popup once its page has loaded (the load event).
          ...(performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]).flatMap((n) => [
            `${n.domContentLoadedEventEnd.toFixed(1)} DOMContentLoaded`,
            `${n.loadEventEnd.toFixed(1)} load`,
          ]),
        ].sort((a, b) => parseFloat(a) - parseFloat(b)),
      );
      console.log(
        `\n${kind} (round ${round}): rows at ${marks.get('rows')?.toFixed(1)}, the App's at ${marks.get('app')?.toFixed(1)}\n  ${timings.join('\n  ')}`,
      );
      if (tracing) {
        const buffer = await session.browser.stopTracing();
        const file = join(out, `${kind}-${round}.json`);
        writeFileSync(file, buffer);
        const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
        console.log(`${file}\n${summarise(traceEvents, marks.get('rows') ?? NaN)}`);
      }
      await page.close();
    }
  } finally {
    await stop(session);
  }
}
