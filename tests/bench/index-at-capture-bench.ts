/**
 * Indexing at capture time, against a baseline build in the same run (`npm run build` first):
 *
 *   npm run bench:index-at-capture -- --baseline <an older chrome-mv3 build's folder> [--size 10000]
 *
 * For each build: a library of `--size` articles whose index is built, then five rounds of 20 new
 * articles stored while no library tab is open (written to IndexedDB, then announced as the popup
 * announces its deletes, `articlesChanged`; a build without the message ignores it). Each round
 * measures how long the background took to index them and the CPU time the browser spent on it
 * (every Chromium process, from the announcement to the pass's end), and, in a freshly opened
 * library, open → full-text search ready and open → the newest new article found by a word only its
 * body holds (typed with `?q=`). Prints a JSON line per figure and the medians.
 */
import { cpSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StoredArticle } from '../../lib/article';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { chromiumCpuSeconds } from './chromium-cpu';
import { generateArticles } from './generate-articles';
import { paintMarks } from './library-bench-probes';
import { seedArticles } from './seed-store';
import { median } from './stats';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : String(process.argv[i + 1]);
};
const size = Number(arg('--size', '10000'));
const baseline = arg('--baseline', '');
const ROUNDS = Number(arg('--rounds', '5'));
const NEW_PER_ROUND = 20;

/** A word no generated article holds, different in each round. */
const bodyWord = (round: number) => `wanderplume${String.fromCharCode(97 + round)}`;

/** The articles of one round: generated bodies, captured now, the last one holding the round's word. */
function newArticles(corpus: StoredArticle[], round: number): StoredArticle[] {
  const from = size + round * NEW_PER_ROUND;
  return corpus.slice(from, from + NEW_PER_ROUND).map((article, i) => ({
    ...article,
    capturedAt: new Date(Date.now() + i).toISOString(),
    markdown:
      i === NEW_PER_ROUND - 1 ? `${article.markdown}\n\nA ${bodyWord(round)} at dusk.` : article.markdown,
  }));
}

/** Whether some context holds the search index (a library tab's worker or the background's indexer). */
const indexHeld = () =>
  navigator.locks
    .query()
    .then(({ held = [] }) => held.some((lock) => lock.name === 'clean-capture-search-index'));

async function until(check: () => Promise<boolean>, timeoutMs: number, intervalMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, intervalMs));
  }
  return false;
}

async function runBuild(label: string, build: string, corpus: StoredArticle[]) {
  const extensionPath = join(tmpdir(), `clean-capture-index-bench-${process.pid}-${label}`);
  cpSync(resolve(build), extensionPath, { recursive: true });
  const session: ExtensionSession = await launchExtension({ extensionPath });
  await session.context.addInitScript('globalThis.__name = (f) => f;');
  const figures = {
    pass: [] as number[],
    passCpu: [] as number[],
    ready: [] as number[],
    found: [] as number[],
  };
  try {
    const setup = await session.openExtensionPage('library.html');
    await setup.locator('.empty').waitFor();
    await setup.goto(setup.url().replace('library.html', 'options.html'));
    await seedArticles(setup, corpus.slice(0, size));
    const first = await session.openExtensionPage('library.html');
    await first.locator('main.library[data-search=ready]').waitFor({ timeout: 1_800_000 });
    await first.close();
    await until(async () => !(await setup.evaluate(indexHeld)), 30_000, 50);
    for (let round = 0; round < ROUNDS; round++) {
      const added = newArticles(corpus, round);
      await seedArticles(setup, added);
      const t0 = Date.now();
      const cpu0 = chromiumCpuSeconds(extensionPath);
      // In the envelope of @webext-core/messaging, as the popup sends it.
      await setup.evaluate(`chrome.runtime
        .sendMessage({ id: 1, type: 'articlesChanged', timestamp: Date.now() })
        .catch(() => undefined)`);
      // The background takes the index for a pass, then lets go; a build from before indexing at capture never does.
      if (await until(() => setup.evaluate(indexHeld), 3000, 10)) {
        await until(async () => !(await setup.evaluate(indexHeld)), 600_000, 20);
        figures.pass.push(Date.now() - t0);
        figures.passCpu.push(Math.round((chromiumCpuSeconds(extensionPath) - cpu0) * 1000));
      }
      const word = bodyWord(round);
      const title = added.at(-1)?.title ?? '';
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.addInitScript(paintMarks, { ready: '[data-search=ready]' });
      await page.goto(`chrome-extension://${session.extensionId}/library.html?q=${word}`);
      await page.waitForFunction(
        (t) =>
          Array.from(document.querySelectorAll('.list li.row .row-title')).some(
            (row) => row.textContent === t,
          ),
        title,
        { timeout: 600_000, polling: 10 },
      );
      figures.found.push(await page.evaluate(() => performance.now()));
      figures.ready.push(
        await page.evaluate(
          () => (window as unknown as { __marks: Record<string, number> }).__marks.ready ?? -1,
        ),
      );
      await page.close();
      await until(async () => !(await setup.evaluate(indexHeld)), 30_000, 20);
    }
  } finally {
    await session.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
  const line = (figure: string, values: number[]) =>
    console.log(JSON.stringify({ build: label, size, figure, values, median: Math.round(median(values)) }));
  line('new articles stored → indexed by the background (no library open), ms', figures.pass);
  line('  CPU time of the browser meanwhile (all processes), ms', figures.passCpu);
  line('library open → full-text search ready, ms', figures.ready);
  line('library open → newest new article found by a body word, ms', figures.found);
  return figures;
}

async function main() {
  const corpus = generateArticles(size + ROUNDS * NEW_PER_ROUND).articles;
  const load = [loadavg()[0] ?? 0];
  const before = baseline ? await runBuild('baseline', baseline, corpus) : null;
  const after = await runBuild('this build', '.output/chrome-mv3', corpus);
  load.push(loadavg()[0] ?? 0);
  if (before) {
    const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
    console.log(
      JSON.stringify({
        size,
        figure: 'library open → newest new article found by a body word, this build / baseline',
        ratio: +ratio(after.found, before.found),
      }),
    );
  }
  console.log(
    `1-minute load average: ${load.map((l) => l.toFixed(1)).join(' → ')} (cores: ${cpus().length})`,
  );
}

void main();
