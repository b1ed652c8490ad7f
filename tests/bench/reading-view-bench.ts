/**
 * Opening the reading view, in real headless Chromium with the production build: the time from a
 * click on a title to the article painted with everything around it (settings applied, progress
 * restored, table of contents built), for a 20,000-word article, beside a 1,000-word one opened in
 * the same run as the baseline. Medians of several opens. Run: `npm run bench:reading` (builds first).
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../harness/launch-extension';
import { makeStoredArticle } from '../articles/article-factory';
import { seededRandom } from './generate-articles';
import { seedArticles } from './seed-store';
import { median } from './stats';

const REPEATS = Number(process.argv.find((a) => a.startsWith('--repeats='))?.slice(10) ?? 9);
const WORDS = [
  'harbour',
  'tide',
  'mill',
  'stone',
  'river',
  'town',
  'council',
  'vote',
  'water',
  'wheel',
  'season',
];

/** An article of about `words` words: sections of paragraphs, with a heading every ~600 words. */
function body(words: number, seed: number): string {
  const rand = seededRandom(seed);
  const word = () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'tide';
  const parts: string[] = [];
  let written = 0;
  while (written < words) {
    if (written % 600 < 80) parts.push(`## The ${word()} and the ${word()}`);
    const length = 60 + Math.floor(rand() * 40);
    parts.push(`${Array.from({ length }, word).join(' ')}.`);
    written += length;
  }
  return parts.join('\n\n');
}

const SIZES = [
  { title: 'Baseline of 1,000 words', words: 1_000 },
  { title: 'Long read of 20,000 words', words: 20_000 },
];

async function openTime(page: Page, title: string): Promise<number> {
  const ms = await page.evaluate(async (wanted) => {
    const link = [...document.querySelectorAll<HTMLElement>('.row-title')].find(
      (a) => a.textContent === wanted,
    );
    if (!link) throw new Error(`no row ${wanted}`);
    const start = performance.now();
    link.click();
    await new Promise<void>((done) => {
      const check = () =>
        document.querySelector('.reader h1')?.textContent === wanted &&
        document.querySelector('.reader .reader-body')
          ? // The next frame is painted with the effects (progress, contents) done.
            requestAnimationFrame(() => setTimeout(done, 0))
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - start;
  }, title);
  await page.keyboard.press('Escape');
  await page.locator('.list li.row').first().waitFor();
  return ms;
}

async function main() {
  const session = await launchExtension();
  try {
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
    await page.locator('.empty, .list li.row').first().waitFor();
    await seedArticles(
      page,
      SIZES.map(({ title, words }, i) =>
        makeStoredArticle({ id: i + 1, title, tags: [], wordCount: words, markdown: body(words, i + 1) }),
      ),
    );
    await page.reload();
    await page.locator('.list li.row').first().waitFor();
    // tsx names the functions it compiles with a helper that only exists in Node; the probe runs in the page.
    await page.evaluate('globalThis.__name = (f) => f');
    const times = new Map<string, number[]>(SIZES.map(({ title }) => [title, []]));
    // Warm-up: the first open also loads the renderer's code.
    for (const { title } of SIZES) await openTime(page, title);
    for (let i = 0; i < REPEATS; i++) {
      for (const { title } of SIZES) times.get(title)?.push(await openTime(page, title));
    }
    const [baseline, long] = SIZES.map(({ title }) => median(times.get(title) ?? []));
    console.log(`Reading view open (click → painted), median of ${REPEATS}:`);
    for (const { title } of SIZES) {
      const all = (times.get(title) ?? []).map((t) => t.toFixed(0)).join(', ');
      console.log(`  ${title}: ${median(times.get(title) ?? []).toFixed(1)} ms  [${all}]`);
    }
    console.log(`  ratio 20,000 / 1,000 words: ${((long ?? 0) / (baseline ?? 1)).toFixed(2)}×`);
  } finally {
    await session.close();
  }
}

void main();
