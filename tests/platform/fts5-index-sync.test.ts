import 'fake-indexeddb/auto';
import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  catchUpFtsIndex,
  mergeDueSegments,
  openLiveFtsIndex,
  syncFtsIndex,
  type LiveFtsIndex,
} from '../../lib/platform/fts5-index-sync';
import { noteIndexChanges, openIndexChangeLog } from '../../lib/platform/index-change-log';
import { deleteArticle, restoreArticle } from '../../lib/platform/store/article-store';
import { openDatabase, type CleanCaptureDb } from '../../lib/platform/store/db';
import { setArticleNote } from '../../lib/platform/store/highlight-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { watchArticleWrites } from '../../lib/platform/store/watch-article-writes';
import { makeArticle } from '../articles/article-factory';
import { readFtsIndexed } from '../../lib/search/fts5-index';
import { isMergeDue, MERGE_AFTER_ARTICLES } from '../../lib/search/fts5-merge';
import { searchFts } from '../../lib/search/fts5-search';
import { installSampledRank } from '../../lib/search/fts5-rank';
import { openTestDatabase, storeArticle } from './test-database';

/** A database the search can rank in (see fts5-rank.ts), as the search worker opens it. */
function searchable(sqlite3: Awaited<ReturnType<typeof sqlite3InitModule>>, db: Database): Database {
  installSampledRank(sqlite3, db);
  return db;
}

let n = 0;
/** An article with this title, body and capture time, at an address of its own. */
const store = (db: CleanCaptureDb, title: string, markdown: string, capturedAt = '2026-01-01T00:00:00Z') =>
  storeArticle(db, { title, markdown, capturedAt, canonicalUrl: `https://example.org/${++n}` });

const records = (db: CleanCaptureDb) => db.articles.orderBy('capturedAt').reverse().toArray();

describe('catchUpFtsIndex', () => {
  it('indexes what was stored elsewhere, re-indexes a re-capture, forgets a delete, and keeps it on reopen', async () => {
    const sqlite3 = await sqlite3InitModule();
    const file = searchable(sqlite3, new sqlite3.oo1.DB('/sync-test.sqlite3', 'c'));
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
    const reopened = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB('/sync-test.sqlite3', 'c')));
    expect(reopened.source).toBe('loaded');
    expect([...readFtsIndexed(reopened.db).indexed]).toEqual([[second, '2026-05-01T00:00:00Z']]);
    expect(await catchUpFtsIndex(db, reopened, await records(db))).toBe(false);
  });

  it('finds an article by a word of its note, and by the new word once the note changes', async () => {
    const sqlite3 = await sqlite3InitModule();
    const db = openTestDatabase();
    const id = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    await setArticleNote(db, id, 'Ask the albatross guide');
    await catchUpFtsIndex(db, live, await records(db));
    expect(searchFts(live.db, 'albatross', true).hits.map((h) => h.id)).toEqual([id]);

    await setArticleNote(db, id, 'Ask the puffin guide');
    expect(await catchUpFtsIndex(db, live, await records(db))).toBe(true);
    expect(searchFts(live.db, 'albatross', true).hits).toEqual([]);
    expect(searchFts(live.db, 'puffin', true).hits.map((h) => h.id)).toEqual([id]);
  });

  it('rebuilds an index of version 3 (prefix indexes of 3 and 4 letters), losing nothing', async () => {
    const sqlite3 = await sqlite3InitModule();
    const db = openTestDatabase();
    const words = (i: number) => Array.from({ length: 200 }, (_, j) => `economy${i}x${j}`).join(' ');
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push(await store(db, `Ledger ${i}`, `${words(i)} and ecology.`));
    // Version 3's tables as they were made then, holding every article (only the words matter here).
    const file = searchable(sqlite3, new sqlite3.oo1.DB(':memory:'));
    file.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, authors, site, body,
      tokenize = "unicode61 remove_diacritics 0 tokenchars '''’'", prefix = '3 4',
      content = '', contentless_delete = 1);
      CREATE TABLE indexed(id INTEGER PRIMARY KEY, stamp TEXT NOT NULL, readable INTEGER NOT NULL);
      PRAGMA user_version = 3;`);
    for (const [k, id] of ids.entries()) {
      file.exec({
        sql: `INSERT INTO docs(rowid, title, body) VALUES (?, 'ledger', ?)`,
        bind: [id, words(k)],
      });
      file.exec({ sql: `INSERT INTO indexed VALUES (?, '2026-01-01T00:00:00Z', 1)`, bind: [id] });
    }
    const live = openLiveFtsIndex(file);
    expect(live.source).toBe('rebuilt');
    expect(live.indexed.size).toBe(0);
    await catchUpFtsIndex(db, live, await records(db));
    expect(live.indexed.size).toBe(40);
    const found = (q: string) =>
      searchFts(file, q, true)
        .hits.map((h) => h.id)
        .sort((a, b) => a - b);
    expect(found('ledger')).toEqual(ids);
    expect(found('econ')).toEqual(ids);
    expect(found('economy7x3')).toEqual([ids[7]]);
    expect(found('"and ecology"')).toEqual(ids);
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
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
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

describe('syncFtsIndex: a pass that reads only what changed', () => {
  /** A database whose writes are noted in a change log of its own, as getDatabase's are. */
  function watchedDatabases() {
    const log = openIndexChangeLog(`test-index-changes-${++n}`);
    onTestFinished(() => log.delete());
    const db = watchArticleWrites(openTestDatabase(), (ids) => void noteIndexChanges(log, ids));
    return { db, log };
  }
  const found = (live: LiveFtsIndex, word: string) =>
    searchFts(live.db, word, true)
      .hits.map((h) => h.id)
      .sort((a, b) => a - b);
  /** Writes are noted after they commit: wait for the log to hold them, as a later pass would. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('takes in captures, a re-capture, a delete and a note made while no pass ran, in one pass', async () => {
    const sqlite3 = await sqlite3InitModule();
    const { db, log } = watchedDatabases();
    const kept = await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const doomed = await store(db, 'Pier', 'Cormorants again.');
    const recaptured = await store(db, 'Tides', 'Spring tides.');
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    await settled();
    expect(await syncFtsIndex(db, live, log)).toBe(true);
    expect(found(live, 'cormorants')).toEqual([kept, doomed]);
    expect(await syncFtsIndex(db, live, log)).toBe(false);

    const added = await store(
      db,
      'Bread',
      'Rye starter with cormorants on the label.',
      '2025-01-01T00:00:00Z',
    );
    await saveArticle(
      db,
      makeArticle({
        title: 'Tides',
        canonicalUrl: (await db.articles.get(recaptured))?.canonicalUrl,
        markdown: 'Neap tides and puffins.',
        capturedAt: '2026-06-01T00:00:00Z',
      }),
      { replace: true },
    );
    await deleteArticle(db, doomed);
    await setArticleNote(db, kept, 'Ask the albatross guide');
    await settled();
    expect(await syncFtsIndex(db, live, log)).toBe(true);
    expect(found(live, 'cormorants')).toEqual([kept, added]);
    expect(found(live, 'puffins')).toEqual([recaptured]);
    expect(found(live, 'albatross')).toEqual([kept]);
    expect(live.indexed.has(doomed)).toBe(false);
    expect(await syncFtsIndex(db, live, log)).toBe(false);
  });

  it('finds an article put back by an undo after its delete was indexed', async () => {
    const sqlite3 = await sqlite3InitModule();
    const { db, log } = watchedDatabases();
    await store(db, 'Newer', 'Nothing here.', '2026-03-01T00:00:00Z');
    const id = await store(db, 'Harbour notes', 'Cormorants dive near the pier.', '2026-01-01T00:00:00Z');
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    await settled();
    await syncFtsIndex(db, live, log);
    const deleted = await deleteArticle(db, id);
    await settled();
    await syncFtsIndex(db, live, log);
    expect(found(live, 'cormorants')).toEqual([]);
    if (deleted) await restoreArticle(db, deleted);
    await settled();
    expect(await syncFtsIndex(db, live, log)).toBe(true);
    expect(found(live, 'cormorants')).toEqual([id]);
  });

  it('still finds new captures and re-captures whose note in the log was lost', async () => {
    const sqlite3 = await sqlite3InitModule();
    const { db, log } = watchedDatabases();
    const first = await store(db, 'Harbour notes', 'Cormorants dive near the pier.', '2026-01-01T00:10:00Z');
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    await settled();
    await syncFtsIndex(db, live, log);
    // Written by a context that ended before noting them: nothing in the log.
    const unwatched = openDatabase(db.name);
    const added = await storeArticle(unwatched, {
      title: 'Bread',
      markdown: 'Cormorants on the label.',
      capturedAt: '2020-01-01T00:00:00Z',
      canonicalUrl: 'https://example.org/bread',
    });
    // Captured before the newest indexed article but saved after the pass that indexed it.
    await unwatched.articles.update(first, { capturedAt: '2026-01-01T00:05:00Z' });
    await unwatched.bodies.put({ id: first, markdown: 'Now about puffins.' });
    unwatched.close();
    expect(await syncFtsIndex(db, live, log)).toBe(true);
    expect(found(live, 'cormorants')).toEqual([added]);
    expect(found(live, 'puffins')).toEqual([first]);
  });

  it('keeps the log when a pass is cut short, and takes in the rest next time', async () => {
    const sqlite3 = await sqlite3InitModule();
    const { db, log } = watchedDatabases();
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    const ids: number[] = [];
    for (let i = 0; i < 250; i++) ids.push(await store(db, `Note ${i}`, 'About lighthouses.'));
    await settled();
    await syncFtsIndex(db, live, log);
    await db.articles.bulkDelete(ids.slice(0, 10));
    await db.articles.bulkUpdate(
      ids.slice(10).map((id) => ({ key: id, changes: { capturedAt: '2019-01-01T00:00:00Z' } })),
    );
    await settled();
    let batches = 0;
    await syncFtsIndex(
      db,
      live,
      log,
      () => batches++,
      () => batches >= 1,
    );
    expect(live.indexed.size).toBe(240);
    await syncFtsIndex(db, live, log);
    expect(
      [...readFtsIndexed(live.db).indexed.values()].every((stamp) => stamp === '2019-01-01T00:00:00Z'),
    ).toBe(true);
    expect(live.indexed.size).toBe(240);
  });

  it('reads every record again after the articles were cleared at once', async () => {
    const sqlite3 = await sqlite3InitModule();
    const { db, log } = watchedDatabases();
    await store(db, 'Harbour notes', 'Cormorants dive near the pier.');
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    await settled();
    await syncFtsIndex(db, live, log);
    await db.articles.clear();
    await settled();
    expect(await syncFtsIndex(db, live, log)).toBe(true);
    expect(found(live, 'cormorants')).toEqual([]);
  });
});

describe('a bulk pass', () => {
  const segments = (live: LiveFtsIndex) =>
    Number(live.db.selectValue('SELECT count(DISTINCT segid) FROM docs_idx'));

  it('leaves the index due for a merge, which goes on where it was cut short until one segment is left', async () => {
    const sqlite3 = await sqlite3InitModule();
    const log = openIndexChangeLog(`test-index-changes-${++n}`);
    onTestFinished(() => log.delete());
    const db = openTestDatabase();
    // As many articles as make a bulk pass, such as an import.
    for (let i = 0; i < MERGE_AFTER_ARTICLES; i++)
      await store(db, `Imported ${i}`, `Lighthouse keeper ${i} logs the ${i % 2 ? 'fog' : 'gale'}.`);
    const live = openLiveFtsIndex(searchable(sqlite3, new sqlite3.oo1.DB(':memory:')));
    expect(await mergeDueSegments(live.db)).toBe(false);
    await syncFtsIndex(db, live, log);
    expect(live.indexed.size).toBe(MERGE_AFTER_ARTICLES);
    expect(segments(live)).toBeGreaterThan(1);
    expect(isMergeDue(live.db)).toBe(true);

    // Cut short after a step (the tab closed, a capture's pass came first), then run again.
    let asked = 0;
    expect(await mergeDueSegments(live.db, () => ++asked > 2)).toBe(false);
    expect(isMergeDue(live.db)).toBe(true);
    expect(await mergeDueSegments(live.db)).toBe(true);
    expect(segments(live)).toBe(1);
    expect(isMergeDue(live.db)).toBe(false);
    expect(searchFts(live.db, 'fog', true).hits).toHaveLength(MERGE_AFTER_ARTICLES / 2);
    expect(searchFts(live.db, '"keeper 7 logs"', true).hits).toHaveLength(1);

    // A small pass after it asks for no merge.
    await store(db, 'One more', 'A keeper of bees.');
    await syncFtsIndex(db, live, log);
    expect(isMergeDue(live.db)).toBe(false);
  });
});
