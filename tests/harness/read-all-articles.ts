import type { StoredArticle } from '../../lib/article';

/**
 * Runs in an extension context (Chromium's service worker, a Firefox extension page): the whole
 * store, each record joined with its body, as JSON (parse it with {@link parseArticles}): the
 * drivers' own serialising of 20,000 objects took about 10 s, one string of them a fraction of
 * that. A string, since the test runner's compiled functions may call helpers that exist only on
 * the Node side.
 */
export const readAllArticles = `(async () => {
  // Never creates the database: a version-1 database made here, left open, would block the
  // extension's own open (and upgrade) of it, and every capture after that would hang.
  const db = await new Promise((done) => {
    const request = indexedDB.open('clean-capture');
    request.onupgradeneeded = () => request.transaction.abort();
    request.onsuccess = () => done(request.result);
    request.onerror = () => done(null);
  });
  if (!db) return '[]';
  if (!db.objectStoreNames.contains('articles')) {
    db.close();
    return '[]';
  }
  const all = (store) => new Promise((done, fail) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const records = await all('articles');
  const bodies = new Map((await all('bodies')).map((b) => [b.id, b.markdown]));
  db.close();
  return JSON.stringify(records.map((record) => ({ ...record, markdown: bodies.get(record.id) ?? '' })));
})()`;

/** The articles {@link readAllArticles} gave. */
export function parseArticles(json: unknown): StoredArticle[] {
  if (typeof json !== 'string') throw new Error(`Expected the stored articles as JSON, got ${typeof json}.`);
  return JSON.parse(json) as StoredArticle[];
}
