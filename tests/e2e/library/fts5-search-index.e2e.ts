import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WORKER_URL } from '../../../entrypoints/library/early-search-worker';
import type { StoredArticle } from '../../../lib/article';
import { makeStoredArticle } from '../../articles/article-factory';
import { dropSearchIndex, seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { listedTitles, searchLibrary } from '../e2e-helpers';

// The full-text index in SQLite FTS5 on OPFS, in real Chromium with the built extension
// (`npm run build` first): it persists between opens, takes in articles stored while the library
// was closed, and a second library tab waits for the first to let go of it.

const article = (id: number, title: string, markdown: string): StoredArticle =>
  makeStoredArticle({ id, title, markdown });

let session: ExtensionSession;
/** Library tabs a test opened: closed after it, so one that failed does not hold the index for the next. */
const opened = new Set<Page>();
/** What each library tab's search worker said about its index (why it fell back, what it rebuilt). */
const said = new WeakMap<Page, string[]>();

/** Opens a library tab, keeping what its worker logs about the index. */
async function openLibraryTab(): Promise<Page> {
  const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  opened.add(page);
  const lines: string[] = [];
  said.set(page, lines);
  // A dedicated worker's console comes through its page.
  page.on('console', (message) => {
    if (message.text().startsWith('Search:')) lines.push(message.text());
  });
  return page;
}

async function openLibrary(): Promise<Page> {
  const page = await openLibraryTab();
  await page.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
  return page;
}

async function closeLibrary(page: Page): Promise<void> {
  opened.delete(page);
  await page.close();
}

/** Asserts the tab searches with FTS5; when it does not, the message gives what its worker said. */
async function expectFts5(page: Page): Promise<void> {
  const engine = await page.locator('main.library').getAttribute('data-search-engine');
  const why = (said.get(page) ?? []).join('\n') || 'nothing logged';
  expect(engine, `search engine; the worker said: ${why}`).toBe('fts5');
}

beforeAll(async () => {
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  try {
    await setup.locator('.empty').waitFor();
    await seedArticles(setup, [
      article(1, 'Quokka sanctuary', 'Rottnest island at dawn, before the ferries.'),
      article(2, 'Harbour notes', 'Cormorants dive near the pier while the tide turns.'),
    ]);
  } finally {
    await setup.close();
  }
}, 90_000);

afterEach(async () => {
  await Promise.all([...opened].map((page) => closeLibrary(page)));
});

afterAll(async () => {
  await session?.close();
});

describe('the FTS5 search index on OPFS', () => {
  it('searches bodies with SQLite FTS5, highlighting what the typed prefix matched', async () => {
    const page = await openLibrary();
    await expectFts5(page);
    await searchLibrary(page, 'cormorants pier');
    expect(await listedTitles(page)).toEqual(['Harbour notes']);
    await searchLibrary(page, 'quok');
    expect(await listedTitles(page)).toEqual(['Quokka sanctuary']);
    expect(await page.locator('.list li.row .row-title mark').allInnerTexts()).toEqual(['Quokka']);
    const storage = await page.locator('.storage-usage').innerText();
    expect(storage).toMatch(/search index/i);
    await closeLibrary(page);
  });

  it("runs one search worker, the one the page's head started as the page loaded", async () => {
    const page = await openLibrary();
    await expectFts5(page);
    // The head script starts the worker by its file's name (early-search-worker.ts): were the build
    // to name it otherwise, the page would start a second one of its own.
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    expect(workers).toEqual([SEARCH_WORKER_URL]);
    await closeLibrary(page);
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
    await expectFts5(page);
    await expect
      .poll(async () => (await searchLibrary(page, 'apples'), listedTitles(page)))
      .toEqual(['Bread diary']);
    await searchLibrary(page, 'cormorants');
    expect(await listedTitles(page)).toEqual([]);
    await closeLibrary(page);
  });

  it('lets a second library tab search titles while the first holds the index, then full text', async () => {
    const first = await openLibrary();
    const second = await openLibraryTab();
    await second.locator('.list li.row').first().waitFor();
    // Titles, authors and sites are matched in the page until the worker has an index.
    await second.locator('input.search').fill('quokka');
    await expect.poll(() => listedTitles(second)).toEqual(['Quokka sanctuary']);
    expect(await second.locator('main.library').getAttribute('data-search')).not.toBe('ready');
    await closeLibrary(first);
    await second.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
    await expectFts5(second);
    await searchLibrary(second, 'ferries');
    expect(await listedTitles(second)).toEqual(['Quokka sanctuary']);
    await closeLibrary(second);
  });

  it('completes a pool whose first setting up was cut short (its worker killed), without a rebuild or fallback', async () => {
    const other = await session.openExtensionPage('options.html');
    // As a worker killed after making the first of the pool's files leaves it.
    await dropSearchIndex(other);
    await other.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('.clean-capture-search', { create: true });
      const pool = await folder.getDirectoryHandle('.opaque', { create: true });
      await pool.getFileHandle('cutshort', { create: true });
    });
    await other.close();
    const page = await openLibrary();
    await expectFts5(page);
    expect(said.get(page)).toEqual([]);
    await searchLibrary(page, 'ferries');
    expect(await listedTitles(page)).toEqual(['Quokka sanctuary']);
    await closeLibrary(page);
  });

  it('rebuilds an index file it cannot read (left damaged by a worker killed part way) instead of falling back', async () => {
    const other = await session.openExtensionPage('options.html');
    // No library tab is open, so nobody holds the pool's files: overwrite the database's SQLite
    // header, past the pool's 4 KB header of each file.
    const damaged = await other.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const pool = await (
        await root.getDirectoryHandle('.clean-capture-search')
      ).getDirectoryHandle('.opaque');
      let count = 0;
      for await (const handle of (
        pool as unknown as { values(): AsyncIterable<FileSystemHandle> }
      ).values()) {
        if (!(handle instanceof FileSystemFileHandle) || (await handle.getFile()).size <= 4096) continue;
        const writable = await handle.createWritable({ keepExistingData: true });
        await writable.write({ type: 'write', position: 4096, data: 'not a database '.repeat(8) });
        await writable.close();
        count++;
      }
      return count;
    });
    await other.close();
    expect(damaged).toBeGreaterThan(0);
    const page = await openLibrary();
    await expectFts5(page);
    expect((said.get(page) ?? []).join('\n')).toMatch(/rebuilding/);
    await searchLibrary(page, 'ferries');
    expect(await listedTitles(page)).toEqual(['Quokka sanctuary']);
    await closeLibrary(page);
  });
});
