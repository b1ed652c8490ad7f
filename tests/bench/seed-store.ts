import type { Page } from 'playwright-core';
import type { StoredArticle } from '../../lib/article';

/**
 * Writes articles straight into the extension's real IndexedDB from one of its pages, in batches,
 * records and bodies in one transaction per batch. The page must have opened the database once
 * (the library does on load), so the schema exists.
 */
export async function seedArticles(
  page: Page,
  articles: readonly StoredArticle[],
  batchSize = 400,
): Promise<void> {
  for (let i = 0; i < articles.length; i += batchSize) {
    // Sent as one JSON string: Playwright's own serialising of the objects, field by field, took
    // longer than the writes themselves (1,000 articles: 0.5 s of a 0.86 s batch).
    const batch = JSON.stringify(articles.slice(i, i + batchSize));
    await page.evaluate(async (json) => {
      const items = JSON.parse(json) as StoredArticle[];
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('clean-capture');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(['articles', 'bodies'], 'readwrite');
        const records = tx.objectStore('articles');
        const bodies = tx.objectStore('bodies');
        for (const { markdown, ...record } of items) {
          records.put(record);
          bodies.put({ id: record.id, markdown });
        }
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, batch);
  }
}

/**
 * Deletes the saved search index (FTS5's OPFS folder, and MiniSearch's database), so the next library
 * open rebuilds it. No library page may be open: its worker holds the OPFS files.
 */
export async function dropSearchIndex(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('.clean-capture-search', { recursive: true }).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'NotFoundError') throw error;
    });
    await new Promise<void>((done, fail) => {
      const request = indexedDB.deleteDatabase('clean-capture-search');
      request.onsuccess = () => done();
      request.onblocked = () => done();
      request.onerror = () => fail(request.error);
    });
  });
}
