import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StoredArticle } from '../../../lib/article';
import { formatBytes } from '../../../lib/format/format-bytes';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { generateArticles } from '../../bench/generate-articles';
import { seedArticles } from '../../bench/seed-store';

// A library bigger than the pages the library reads its records in (2,000), written straight into
// IndexedDB as a library from before schema version 7 has it: bodies without their sizes.

const COUNT = 4_500;
const SAME_TIME = '2020-06-01T12:00:00.000Z';
const articles: StoredArticle[] = generateArticles(COUNT, 5).articles.map((article, i) =>
  // Twenty articles captured in the same millisecond, around where the first page of 2,000 ends.
  i >= COUNT - 2_010 && i < COUNT - 1_990 ? { ...article, capturedAt: SAME_TIME } : article,
);
const oldest = [...articles].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id - b.id)[0];

let session: ExtensionSession;
let page: Page;

/** Runs in the page: how many rows one store of the extension's database holds. */
const rowsIn = (store: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clean-capture');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );

beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('.empty').waitFor();
  await seedArticles(page, articles);
  await page.reload();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a library larger than one page of records', () => {
  it('grows its list and counts as the records come, never past what is stored, ending with all', async () => {
    // Every "All" count and every result count the page shows, from its first render on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      const results: string[] = [];
      Object.assign(globalThis, { allCounts: seen, resultCounts: results });
      new MutationObserver(() => {
        const count = document.querySelector('[data-status=all] .count')?.textContent;
        if (count && count !== seen.at(-1)) seen.push(count);
        const result = document.querySelector('.selection-bar .count')?.textContent;
        if (result && result !== results.at(-1)) results.push(result);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await expect.poll(() => page.locator('[data-status=all] .count').textContent()).toBe('4,500');
    const seen = await page.evaluate(() => (globalThis as { allCounts?: string[] }).allCounts ?? []);
    // A first render made before the first rows came (a slow start) shows 0: left out.
    const counts = seen.map((text) => Number(text.replaceAll(',', ''))).filter((n) => n > 0);
    // The first screen's 60, then parts of the list on the way (500, 1,000, 2,000, 4,000), then all.
    expect(counts[0]).toBe(60);
    expect(counts.at(-1)).toBe(COUNT);
    expect(counts.filter((n) => n > 60 && n < COUNT).length).toBeGreaterThan(0);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1] as number);
    // The result count never gives a part as the whole: "60 of 4,500 articles" while they load.
    const results = await page.evaluate(() => (globalThis as { resultCounts?: string[] }).resultCounts ?? []);
    expect(results.at(-1)).toBe('4,500 articles');
    expect(results.filter((text) => !text.endsWith('4,500 articles'))).toEqual([]);
    expect(results.filter((text) => /^[\d,]+ of 4,500 articles$/.test(text)).length).toBeGreaterThan(0);
  });

  it('lists every article once, the same-time ones across a page boundary too', async () => {
    await page.getByRole('radio', { name: /^All/ }).click();
    await expect.poll(() => page.locator('.selection-bar .count').innerText()).toMatch(/^4,500 articles/);
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.list li.row .row-title').last().innerText()).toBe(oldest?.title);
  });

  it('measures the bodies stored without a size once, and shows them in the storage line', async () => {
    const line = page.locator('.storage-usage');
    await line.waitFor({ timeout: 60_000 });
    expect(await rowsIn('bodySizes')).toBe(COUNT);
    const bodies = articles.reduce((sum, a) => sum + new TextEncoder().encode(a.markdown).length, 0);
    // The articles' part is the bodies plus the records (under 1 KB each here), in MB of 1,024².
    const shown = Number(/articles ([\d.]+) MB/.exec(await line.innerText())?.[1]) * 1024 * 1024;
    expect(formatBytes(bodies)).toMatch(/ MB$/);
    expect(shown).toBeGreaterThanOrEqual(bodies - 0.05 * 1024 * 1024);
    expect(shown).toBeLessThan(bodies + COUNT * 1_000 + 0.05 * 1024 * 1024);
  });

  it('merges the index it built, finds articles after, and does not merge it again on the next open', async () => {
    const merged = page.locator('main.library[data-search=ready]:not([data-index-merging])');
    // Building 4,500 articles is a bulk pass: the worker then merges the index's segments.
    await merged.waitFor({ timeout: 120_000 });
    const search = page.locator('input.search');
    await search.fill(`"${oldest?.title}"`);
    await expect.poll(() => page.locator('.list li.row .row-title').first().innerText()).toBe(oldest?.title);
    await page.reload();
    await page.locator('main.library[data-search=ready]').waitFor({ timeout: 60_000 });
    expect(await page.locator('main.library[data-index-merging]').count()).toBe(0);
    await page.locator('input.search').fill(`"${oldest?.title}"`);
    await expect.poll(() => page.locator('.list li.row .row-title').first().innerText()).toBe(oldest?.title);
  });
});
