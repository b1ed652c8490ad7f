import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { openSearchDatabase, prepareSearchIndex } from '../../lib/platform/search-index-store';
import { searchArticles, type ArticleSearch } from '../../lib/search/article-search';
import { openTestDatabase, storeArticle } from '../platform/test-database';

let n = 0;
/** An article with this title, body and capture time, at an address of its own. */
const store = (db: CleanCaptureDb, title: string, markdown: string, capturedAt = '2026-01-01T00:00:00Z') =>
  storeArticle(db, { title, markdown, capturedAt, canonicalUrl: `https://example.org/${++n}` });

const found = async (db: CleanCaptureDb, searchDb: ReturnType<typeof openSearchDatabase>, q: string) => {
  const live = await prepareSearchIndex(db, searchDb, await db.articles.toArray());
  return { source: live.source, ids: searchArticles(live.index, q).map((h) => h.id) };
};

describe('prepareSearchIndex', () => {
  it('builds with progress, then loads the saved index and catches up with changes made elsewhere', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase('store-test-1-search');
    const first = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const progress: number[] = [];
    const built = await prepareSearchIndex(db, searchDb, await db.articles.toArray(), (done) =>
      progress.push(done),
    );
    expect(built.source).toBe('rebuilt');
    expect(progress).toEqual([1]);

    // Saved by the popup while the library was closed, and one deleted.
    const second = await store(db, 'Bread', 'Rye starter with cormorants on the label.');
    expect(await found(db, searchDb, 'cormorants')).toEqual({ source: 'loaded', ids: [first, second] });
    await db.articles.delete(first);
    expect(await found(db, searchDb, 'cormorants')).toEqual({ source: 'loaded', ids: [second] });

    // Captured again: same id, new body, new capturedAt.
    await db.articles.update(second, { capturedAt: '2026-05-01T00:00:00Z' });
    await db.bodies.put({ id: second, markdown: 'Now about puffins.' });
    expect(await found(db, searchDb, 'puffins')).toEqual({ source: 'loaded', ids: [second] });
    expect((await found(db, searchDb, 'cormorants')).ids).toEqual([]);
  });

  it('loads a saved index part by part, offering it for searches before it is complete', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase('store-test-3-search');
    const id = await store(db, 'Kelp', 'Kelp forests shelter otters.');
    await prepareSearchIndex(db, searchDb, await db.articles.toArray());
    const phases: string[] = [];
    let early: ArticleSearch | undefined;
    const live = await prepareSearchIndex(
      db,
      searchDb,
      db.articles.toArray(),
      (done, total, phase) => phases.push(`${phase} ${done}/${total}`),
      (index) => (early = index),
    );
    expect(live.source).toBe('loaded');
    expect(phases).toEqual(['loading 1/1']);
    expect(early).toBe(live.index);
    expect(searchArticles(live.index, 'otters').map((h) => h.id)).toEqual([id]);
  });

  it('rebuilds an index saved by another version or damaged', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase('store-test-2-search');
    const id = await store(db, 'Moths', 'Lichens and moths.');
    await prepareSearchIndex(db, searchDb, await db.articles.toArray());
    await searchDb.manifest.update('manifest', { version: -1 });
    expect(await found(db, searchDb, 'lichens')).toEqual({ source: 'rebuilt', ids: [id] });
    const [key] = (await searchDb.manifest.get('manifest'))?.segments ?? [];
    await searchDb.segments.put({ key, json: '{"documentCount": "damaged' } as never);
    expect(await found(db, searchDb, 'lichens')).toEqual({ source: 'rebuilt', ids: [id] });
    await searchDb.segments.delete(key as number);
    expect(await found(db, searchDb, 'lichens')).toEqual({ source: 'rebuilt', ids: [id] });
  });
});

describe('prepareSearchIndex with an article it cannot index', () => {
  it('indexes the other articles, and the one with a line of 8 MiB in full', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase('store-test-4-search');
    const big = await store(db, 'Chart', `Tides ![map](data:image/png;base64,${'A'.repeat(8 << 20)}) herons`);
    const other = await store(db, 'Harbour notes', 'Herons wade near the pier.');
    expect(await found(db, searchDb, 'herons')).toEqual({ source: 'rebuilt', ids: [big, other] });
  });

  it('indexes the others, finds it by title, and says it is not searchable, also after a reload', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase('store-test-5-search');
    const first = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const damaged = await store(db, 'Damaged record', 'placeholder');
    // A body that is not text at all: what a damaged or hand-edited database can hold.
    await db.bodies.put({ id: damaged, markdown: { text: 'Cormorants' } as never });
    const third = await store(db, 'Bread', 'Rye starter with cormorants on the label.');

    const built = await prepareSearchIndex(db, searchDb, await db.articles.toArray());
    expect(searchArticles(built.index, 'cormorants').map((h) => h.id)).toEqual([first, third]);
    expect(searchArticles(built.index, 'damaged').map((h) => h.id)).toEqual([damaged]);
    expect([...built.unsearchable]).toEqual([damaged]);

    const loaded = await prepareSearchIndex(db, searchDb, await db.articles.toArray());
    expect(loaded.source).toBe('loaded');
    expect([...loaded.unsearchable]).toEqual([damaged]);

    // Deleted, or captured again with a readable body: no longer listed as unsearchable.
    await db.bodies.put({ id: damaged, markdown: 'Now about cormorants too.' });
    await db.articles.update(damaged, { capturedAt: '2026-05-01T00:00:00Z' });
    const fixed = await prepareSearchIndex(db, searchDb, await db.articles.toArray());
    expect([...fixed.unsearchable]).toEqual([]);
    const ids = searchArticles(fixed.index, 'cormorants').map((h) => h.id);
    expect(ids.sort((a, b) => a - b)).toEqual([first, damaged, third]);
  });
});
