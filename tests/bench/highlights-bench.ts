/**
 * Opening the reading view of a 20,000-word article with 200 highlights, in real headless Chromium
 * with the production build, beside the same article without highlights (the reading view as it
 * was: the body rendered and shown) in the same run. Each figure is the time from the address
 * naming the article to the body shown (and its highlights painted), medians of alternating runs;
 * then the main thread's CPU time per opening, which a busy machine distorts less.
 * Run: `npm run bench:highlights` (builds first).
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import type { StoredArticle } from '../../lib/article';
import { HIGHLIGHT_COLORS, type Highlight } from '../../lib/highlights/highlight';
import { launchExtension } from '../harness/launch-extension';
import { makeStoredArticle } from '../articles/article-factory';
import { seededRandom } from './generate-articles';
import { seedArticles } from './seed-store';
import { mainThreadCpu } from './main-thread-cpu';
import { median } from './stats';

const WORDS = 20_000;
const HIGHLIGHTS = 200;
const RUNS = 9;
const TARGET_MS = 200;
const CPU_RUNS = 5;

/** A long article: headed sections of paragraphs, some emphasis and links, phrases that repeat. */
function longArticle(): { markdown: string; phrases: string[] } {
  const rand = seededRandom(7);
  const vocabulary = Array.from({ length: 3_000 }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5]}n`);
  const word = () => vocabulary[Math.floor(rand() ** 2 * vocabulary.length)] as string;
  const paragraphs: string[] = [];
  const phrases: string[] = [];
  let words = 0;
  while (words < WORDS) {
    if (paragraphs.length % 12 === 0) paragraphs.push(`## Section ${paragraphs.length / 12 + 1}`);
    const sentence = Array.from({ length: 80 }, word);
    // A phrase every few paragraphs to highlight; some of the text repeats word for word.
    phrases.push(sentence.slice(20, 26).join(' '));
    sentence[40] = `**${sentence[40]}**`;
    sentence[60] = `[${sentence[60]}](https://example.org/${words})`;
    paragraphs.push(`${sentence.join(' ')}. The river rose again that year.`);
    words += sentence.length + 6;
  }
  return { markdown: paragraphs.join('\n\n'), phrases };
}

async function seedHighlights(page: Page, highlights: readonly Highlight[]): Promise<void> {
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('clean-capture');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(['highlights', 'articleNotes'], 'readwrite');
      for (const h of items) tx.objectStore('highlights').put(h);
      tx.objectStore('articleNotes').put({ articleId: 1, note: '', changedAt: new Date().toISOString() });
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, highlights);
}

/** Opens an article from the list by its address and times it until `selector` shows (and a frame is drawn). */
function timeOpening(page: Page, id: number, selector: string): Promise<number> {
  return page.evaluate(
    async ({ id, selector }) => {
      history.replaceState(null, '', location.pathname);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      // The article before must be gone: on a busy machine 50 ms did not always close it, and its
      // body then answered for the next one at once.
      while (document.querySelector('.reader-body')) await new Promise((done) => setTimeout(done, 2));
      await new Promise((done) => setTimeout(done, 50));
      const start = performance.now();
      location.hash = `article=${id}`;
      // A loop, not a named helper: tsx would wrap a helper in a function the page does not have.
      while (!document.querySelector(selector)) await new Promise((done) => setTimeout(done, 2));
      await new Promise((done) => requestAnimationFrame(done));
      return performance.now() - start;
    },
    { id, selector },
  );
}

async function main(): Promise<void> {
  const { markdown, phrases } = longArticle();
  const article = (id: number): StoredArticle =>
    makeStoredArticle({
      id,
      title: `Long article ${id}`,
      canonicalUrl: `https://example.org/long/${id}`,
      markdown,
    });
  const step = Math.floor(phrases.length / HIGHLIGHTS);
  const highlights: Highlight[] = Array.from({ length: HIGHLIGHTS }, (_, i) => {
    const exact = phrases[i * step] as string;
    return {
      id: `h${i}`,
      articleId: 1,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] ?? 'yellow',
      quote: { exact, prefix: '', suffix: '', start: 0, end: 0 },
      note: i % 3 === 0 ? `Note ${i}` : '',
      createdAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    };
  });
  const session = await launchExtension();
  try {
    const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await page.locator('.empty, .list li.row').first().waitFor();
    await seedArticles(page, [article(1), article(2)]);
    await seedHighlights(page, highlights);
    await page.reload();
    await page.locator('.list li.row').first().waitFor();
    const plain: number[] = [];
    const layer: number[] = [];
    const marked: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      plain.push(await timeOpening(page, 2, '.reader-body p'));
      layer.push(await timeOpening(page, 2, '.reader-body[data-highlights-painted="0"]'));
      marked.push(await timeOpening(page, 1, `.reader-body[data-highlights-painted="${HIGHLIGHTS}"]`));
    }
    // The same openings again under a trace: main-thread CPU per opening (closing the one before
    // included), which the other jobs on a shared machine inflate far less than the wall clock.
    const plainCpu: number[] = [];
    const markedCpu: number[] = [];
    for (let run = 0; run < CPU_RUNS; run++) {
      plainCpu.push(await mainThreadCpu(page, () => timeOpening(page, 2, '.reader-body p')));
      markedCpu.push(
        await mainThreadCpu(page, () =>
          timeOpening(page, 1, `.reader-body[data-highlights-painted="${HIGHLIGHTS}"]`),
        ),
      );
    }
    const words = await page.evaluate(
      () => document.querySelector('.reader-body')?.textContent?.split(/\s+/).length,
    );
    const round = (n: number) => Math.round(n);
    const base = median(plain);
    const withHighlights = median(marked);
    console.log(
      `Reading view of a ${words}-word article, ${RUNS} runs each, medians (load ${loadavg()[0]?.toFixed(1)}):`,
    );
    console.log(`  without highlights, body shown (the reading view as before):   ${round(base)} ms`);
    console.log(
      `  without highlights, highlight layer ready:                     ${round(median(layer))} ms`,
    );
    console.log(
      `  with ${HIGHLIGHTS} highlights, all painted:                           ${round(withHighlights)} ms  (target ≤ ${TARGET_MS} ms: ${withHighlights <= TARGET_MS ? 'pass' : 'FAIL'})`,
    );
    console.log(
      `  ratio with/without: ${(withHighlights / base).toFixed(2)}×; runs with highlights: ${marked.map(round).join(', ')}`,
    );
    const cpuBase = median(plainCpu);
    const cpuMarked = median(markedCpu);
    console.log(
      `Main-thread CPU per opening, ${CPU_RUNS} traced runs each, medians: without highlights ${round(cpuBase)} ms, with ${HIGHLIGHTS} ${round(cpuMarked)} ms (${(cpuMarked / cpuBase).toFixed(2)}×)`,
    );
  } finally {
    await session.close();
  }
}

await main();
