import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import {
  getDatabase,
  openDatabase,
  SCHEMA_VERSIONS,
  type CleanCaptureDb,
  type SchemaVersion,
} from '../../../lib/platform/store/db';
import { nativeDatabaseOf, readNewestArticles } from '../../../lib/platform/store/read-newest-articles';
import { ARTICLES_DATABASE } from '../../../lib/platform/store/articles-database';
import { makeArticle } from '../../articles/article-factory';
import { buildV1Database } from '../upgrade/build-v1-database';
import {
  FROZEN_V1,
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V7_IDB_VERSION,
} from '../upgrade/frozen-schemas';
import { V1_ARTICLES } from '../upgrade/v1-articles';
import { openTestDatabase } from '../test-database';

let db: CleanCaptureDb;
let counter = 0;

beforeEach(() => {
  counter++;
  db = openTestDatabase();
});

/** 70 articles over 30 days, several captured at the same instant, saved out of date order. */
async function fill(target: CleanCaptureDb) {
  for (let i = 0; i < 70; i++) {
    const day = String(1 + ((i * 7) % 30)).padStart(2, '0');
    await saveArticle(
      target,
      makeArticle({
        title: `Article ${i}`,
        canonicalUrl: `https://news.example/${i}`,
        capturedAt: `2026-04-${day}T10:00:00.000Z`,
      }),
      { replace: false },
    );
  }
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

function hideGetAllRecords(): () => void {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  delete proto.getAllRecords;
  return () => {
    if (original) Object.defineProperty(proto, 'getAllRecords', original);
  };
}

describe('readNewestArticles', () => {
  it('returns the same records in the same order as the Dexie read, ties included', async () => {
    await fill(db);
    const expected = await listRecentArticles(db, 50);
    db.close();
    const rows = await readNewestArticles(nativeDatabaseOf(db), 50);
    expect(rows).toEqual(expected);
    expect(rows?.map((r) => r.capturedAt)).toEqual(
      [...(rows ?? [])]
        .map((r) => r.capturedAt)
        .sort()
        .reverse(),
    );
  });

  it('gives the same answer through a cursor where getAllRecords is missing (older browsers)', async () => {
    await fill(db);
    const expected = await listRecentArticles(db, 50);
    const restore = hideGetAllRecords();
    try {
      expect('getAllRecords' in IDBIndex.prototype).toBe(false);
      expect(await readNewestArticles(nativeDatabaseOf(db), 50)).toEqual(expected);
      expect(await readNewestArticles(nativeDatabaseOf(db), 3)).toEqual(expected.slice(0, 3));
    } finally {
      restore();
    }
  });

  it('returns every record when there are fewer than asked, and none for an empty store', async () => {
    await db.open();
    expect(await readNewestArticles(nativeDatabaseOf(db), 50)).toEqual([]);
    await fill(db);
    expect(await readNewestArticles(nativeDatabaseOf(db), 500)).toHaveLength(70);
  });

  it('expects the IndexedDB version Dexie really opens the schema at', async () => {
    await db.open();
    expect(db.backendDB().version).toBe(nativeDatabaseOf(db).version);
    expect(nativeDatabaseOf(db).version).toBe(FROZEN_V7_IDB_VERSION);
  });

  it("names the database as db.ts declares it, for the popup's read before Dexie loads", () => {
    // A new schema version in db.ts fails here until ARTICLES_DATABASE follows: an early read of
    // the old version would skip the upgrade's Dexie read and list rows in the old shape.
    expect(ARTICLES_DATABASE).toEqual(nativeDatabaseOf(getDatabase()));
  });

  it('answers null for a missing database and does not create it, so Dexie still can', async () => {
    const name = `read-newest-missing-${counter}`;
    expect(await readNewestArticles({ name, version: 10 }, 50)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    const created = openDatabase(name);
    await saveArticle(created, makeArticle(), { replace: false });
    expect(await readNewestArticles(nativeDatabaseOf(created), 50)).toHaveLength(1);
    await created.delete();
  });

  it('answers null for a database an upgrade is due on, and leaves it at its version', async () => {
    const name = `read-newest-old-${counter}`;
    await buildV1Database({
      name,
      idbVersion: FROZEN_V1_IDB_VERSION,
      layout: FROZEN_V1_LAYOUT,
      articles: V1_ARTICLES,
    });
    const newer = openDatabase(name);
    expect(await readNewestArticles(nativeDatabaseOf(newer), 50)).toBeNull();
    const asReleased = openDatabase(name, [FROZEN_V1]);
    expect(await readNewestArticles(nativeDatabaseOf(asReleased), 50)).toHaveLength(V1_ARTICLES.length);
    await asReleased.open();
    expect(asReleased.backendDB().version).toBe(FROZEN_V1_IDB_VERSION);
    await asReleased.delete();
  });

  it('answers null when the store or its capturedAt index is not there', async () => {
    const name = `read-newest-odd-${counter}`;
    await buildV1Database({
      name,
      idbVersion: FROZEN_V1_IDB_VERSION,
      layout: FROZEN_V1_LAYOUT.map((store) =>
        store.name === 'articles'
          ? { ...store, indexes: store.indexes.filter((i) => i.name !== 'capturedAt') }
          : store,
      ),
      articles: V1_ARTICLES,
    });
    expect(await readNewestArticles({ name, version: FROZEN_V1_IDB_VERSION }, 50)).toBeNull();
    const other = `read-newest-other-${counter}`;
    const unrelated = openDatabase(other, [{ version: 1, stores: { notes: '++id' } }]);
    await unrelated.open();
    unrelated.close();
    expect(await readNewestArticles({ name: other, version: 10 }, 50)).toBeNull();
    indexedDB.deleteDatabase(name);
    indexedDB.deleteDatabase(other);
  });

  it('lets go of its connection, so a later upgrade is not blocked', async () => {
    await fill(db);
    db.close();
    await readNewestArticles(nativeDatabaseOf(db), 50);
    const next: SchemaVersion = {
      version: 7,
      stores: { articles: '++id, canonicalUrl, capturedAt, title' },
    };
    const upgraded = openDatabase(db.name, [...SCHEMA_VERSIONS, next]);
    let blocked = false;
    upgraded.on('blocked', () => void (blocked = true));
    await upgraded.open();
    expect(blocked).toBe(false);
    expect(upgraded.backendDB().version).toBe(70);
    upgraded.close();
  });
});
