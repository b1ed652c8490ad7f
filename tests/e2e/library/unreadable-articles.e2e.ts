import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { UNREAD } from '../../../lib/reading-state/reading-state';

// Articles the library cannot fully handle, in real Chromium with the built extension (`npm run build`
// first): one nested too deeply to render, one whose body cannot be indexed. Both stay usable.

const article = (id: number, title: string, markdown: unknown): StoredArticle => ({
  id,
  title,
  markdown: markdown as string,
  authors: [],
  siteName: 'Field Notes',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  sourceUrl: `https://notes.example/${id}`,
  canonicalUrl: `https://notes.example/${id}`,
  leadImage: null,
  wordCount: 10,
  readingMinutes: 1,
  capturedAt: `2026-01-0${id}T10:00:00.000Z`,
  tags: [],
  ...UNREAD,
});

const DEEP = `${'>'.repeat(5000)} The deepest quote.\n\nPuffins nest here <img src="x" onerror="window.__pwned = 1">.`;

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('.empty').waitFor();
  await seedArticles(page, [
    article(1, 'Harbour notes', 'Puffins dive near the pier.'),
    article(2, 'Nested too deep', DEEP),
    // A body that is not text: what a damaged database can hold.
    article(3, 'Damaged record', { text: 'puffins' }),
  ]);
  await page.reload();
  await page.locator('.list li.row').first().waitFor();
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('articles the library cannot fully handle', () => {
  it('names the article that could not be indexed, and search still answers', async () => {
    const notice = page.locator('.unsearchable');
    await expect
      .poll(() => notice.innerText(), { timeout: 30_000 })
      .toContain('1 article could not be indexed for search: “Damaged record”');
    expect(await page.locator('.list li.row').count()).toBe(3);
    await page.locator('input.search').fill('puffins');
    const titles = async () => (await page.locator('.list li.row .row-title').allInnerTexts()).sort();
    await expect.poll(titles).toEqual(['Harbour notes', 'Nested too deep']);
    await page.locator('input.search').fill('damaged');
    await expect
      .poll(() => page.locator('.list li.row .row-title').allInnerTexts())
      .toEqual(['Damaged record']);
    await page.locator('input.search').fill('');
  });

  it('opens an article nested 5,000 levels deep as plain text, saying why', async () => {
    await page.goto(page.url().replace(/#.*$/, '') + '#article=2');
    await page.locator('article.reader > header h1').waitFor();
    await expect.poll(() => page.locator('.reader-problem').innerText()).toContain('could not be formatted');
    expect(await page.locator('.reader-body').innerText()).toBe(DEEP);
    // Shown as text: the page's markup is not an element, and nothing in it ran.
    expect(await page.locator('.reader-body img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
