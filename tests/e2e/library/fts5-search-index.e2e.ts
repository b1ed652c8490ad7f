import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { makeStoredArticle } from '../../articles/article-factory';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { listedTitles, searchLibrary } from '../e2e-helpers';

// The full-text index in SQLite FTS5 on OPFS, in real Chromium with the built extension
// (`npm run build` first): it persists between opens, takes in articles stored while the library
// was closed, and a second library tab waits for the first to let go of it.

const article = (id: number, title: string, markdown: string): StoredArticle =>
  makeStoredArticle({ id, title, markdown });

let session: ExtensionSession;

async function openLibrary(): Promise<Page> {
  const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  await seedArticles(setup, [
    article(1, 'Quokka sanctuary', 'Rottnest island at dawn, before the ferries.'),
    article(2, 'Harbour notes', 'Cormorants dive near the pier while the tide turns.'),
  ]);
  await setup.close();
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('the FTS5 search index on OPFS', () => {
  it('searches bodies with SQLite FTS5, highlighting what the typed prefix matched', async () => {
    const page = await openLibrary();
    expect(await page.locator('main.library').getAttribute('data-search-engine')).toBe('fts5');
    await searchLibrary(page, 'cormorants pier');
    expect(await listedTitles(page)).toEqual(['Harbour notes']);
    await searchLibrary(page, 'quok');
    expect(await listedTitles(page)).toEqual(['Quokka sanctuary']);
    expect(await page.locator('.list li.row .row-title mark').allInnerTexts()).toEqual(['Quokka']);
    const storage = await page.locator('.storage-usage').innerText();
    expect(storage).toMatch(/search index/i);
    await page.close();
  });

  it('takes in an article stored while the library was closed, and forgets a deleted one', async () => {
    const other = await session.openExtensionPage('options.html');
    await seedArticles(other, [article(3, 'Bread diary', 'A rye starter smells of apples.')]);
    await other.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('clean-capture');
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', 'bodies'], 'readwrite');
            tx.objectStore('articles').delete(2);
            tx.objectStore('bodies').delete(2);
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await other.close();
    const page = await openLibrary();
    await expect
      .poll(async () => (await searchLibrary(page, 'apples'), listedTitles(page)))
      .toEqual(['Bread diary']);
    await searchLibrary(page, 'cormorants');
    expect(await listedTitles(page)).toEqual([]);
    await page.close();
  });

  it('lets a second library tab search titles while the first holds the index, then full text', async () => {
    const first = await openLibrary();
    const second = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await second.locator('.list li.row').first().waitFor();
    // Titles, authors and sites are matched in the page until the worker has an index.
    await second.locator('input.search').fill('quokka');
    await expect.poll(() => listedTitles(second)).toEqual(['Quokka sanctuary']);
    expect(await second.locator('main.library').getAttribute('data-search')).not.toBe('ready');
    await first.close();
    await second.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
    expect(await second.locator('main.library').getAttribute('data-search-engine')).toBe('fts5');
    await searchLibrary(second, 'ferries');
    expect(await listedTitles(second)).toEqual(['Quokka sanctuary']);
    await second.close();
  });
});
