import 'fake-indexeddb/auto';
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { describe, expect, it } from 'vitest';
import { catchUpFtsIndex, openLiveFtsIndex } from '../../lib/platform/fts5-index-sync';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { setArticleNote } from '../../lib/platform/store/highlight-store';
import { searchFts } from '../../lib/search/fts5-search';
import { openTestDatabase, storeArticle } from './test-database';

let n = 0;
/** An article with this title, body and capture time, at an address of its own. */
const store = (db: CleanCaptureDb, title: string, markdown: string, capturedAt = '2026-01-01T00:00:00Z') =>
  storeArticle(db, { title, markdown, capturedAt, canonicalUrl: `https://example.org/${++n}` });

const records = (db: CleanCaptureDb) => db.articles.orderBy('capturedAt').reverse().toArray();

describe('catchUpFtsIndex', () => {
  it('indexes what was stored elsewhere, re-indexes a re-capture, forgets a delete, and keeps it on reopen', async () => {
    const sqlite3 = await sqlite3InitModule();
    const file = new sqlite3.oo1.DB('/sync-test.sqlite3', 'c');
    const db = openTestDatabase();
    const first = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const live = openLiveFtsIndex(file);
    expect(live.source).toBe('rebuilt');
    const progress: number[] = [];
    expect(await catchUpFtsIndex(db, live, await records(db), (done) => progress.push(done))).toBe(true);
    expect(progress).toEqual([1]);
    // Nothing new: nothing to do.
    expect(await catchUpFtsIndex(db, live, await records(db))).toBe(false);

    // Saved by the popup while the library was closed, then one re-captured and one deleted.
    const second = await store(db, 'Bread', 'Rye starter with cormorants on the label.');
    await catchUpFtsIndex(db, live, await records(db));
    expect(
      searchFts(file, 'cormorants', true)
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual([first, second].sort());
    await db.articles.update(second, { capturedAt: '2026-05-01T00:00:00Z' });
    await db.bodies.put({ id: second, markdown: 'Now about puffins.' });
    await db.articles.delete(first);
    await catchUpFtsIndex(db, live, await records(db));
    expect(searchFts(file, 'cormorants', true).hits).toEqual([]);
    expect(searchFts(file, 'puffins', true).hits.map((h) => h.id)).toEqual([second]);

    // The next open reads what the file holds and has nothing to catch up.
    file.close();
    const reopened = openLiveFtsIndex(new sqlite3.oo1.DB('/sync-test.sqlite3', 'c'));
    expect(reopened.source).toBe('loaded');
    expect([...reopened.indexed]).toEqual([[second, '2026-05-01T00:00:00Z']]);
    expect(await catchUpFtsIndex(db, reopened, await records(db))).toBe(false);
  });

  it('finds an article by a word of its note, and by the new word once the note changes', async () => {
    const sqlite3 = await sqlite3InitModule();
    const db = openTestDatabase();
    const id = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const live = openLiveFtsIndex(new sqlite3.oo1.DB(':memory:'));
    await setArticleNote(db, id, 'Ask the albatross guide');
    await catchUpFtsIndex(db, live, await records(db));
    expect(searchFts(live.db, 'albatross', true).hits.map((h) => h.id)).toEqual([id]);

    await setArticleNote(db, id, 'Ask the puffin guide');
    expect(await catchUpFtsIndex(db, live, await records(db))).toBe(true);
    expect(searchFts(live.db, 'albatross', true).hits).toEqual([]);
    expect(searchFts(live.db, 'puffin', true).hits.map((h) => h.id)).toEqual([id]);
  });

  it('stops between batches when cancelled and goes on from there next time', async () => {
    const sqlite3 = await sqlite3InitModule();
    const db = openTestDatabase();
    for (let i = 0; i < 450; i++)
      await store(
        db,
        `Note ${i}`,
        'About lighthouses.',
        `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
      );
    const live = openLiveFtsIndex(new sqlite3.oo1.DB(':memory:'));
    let batches = 0;
    await catchUpFtsIndex(
      db,
      live,
      await records(db),
      () => batches++,
      () => batches >= 1,
    );
    expect(live.indexed.size).toBe(200);
    await catchUpFtsIndex(db, live, await records(db));
    expect(live.indexed.size).toBe(450);
    expect(searchFts(live.db, 'lighthouses', true).hits).toHaveLength(450);
  });
});
