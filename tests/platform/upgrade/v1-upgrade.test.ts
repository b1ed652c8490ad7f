import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { getStoredArticle, listRecentArticles } from '../../../lib/platform/store/article-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import { listAllArticles } from '../../../lib/platform/store/library-store';
import { buildV1Database, readDatabaseLayout } from './build-v1-database';
import { FROZEN_V1, FROZEN_V1_IDB_VERSION, FROZEN_V1_LAYOUT, type V1Article } from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

let counter = 0;
const open: CleanCaptureDb[] = [];

async function upgradedV1(articles: V1Article[] = V1_ARTICLES): Promise<CleanCaptureDb> {
  const name = `v1-upgrade-${++counter}`;
  await buildV1Database({ name, idbVersion: FROZEN_V1_IDB_VERSION, layout: FROZEN_V1_LAYOUT, articles });
  const db = openDatabase(name);
  open.push(db);
  await db.open();
  return db;
}

/** Newest first, and for articles saved in the same millisecond, the later id first (the index order). */
const newestFirst = (a: V1Article, b: V1Article) => b.capturedAt.localeCompare(a.capturedAt) || b.id - a.id;
// Version 4 added a reading state: every article of version 1 comes back unread, not started.
const recordOf = ({ markdown: _body, ...record }: V1Article) => ({
  ...record,
  status: 'unread',
  progress: 0,
});

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('schema version 1 as released', () => {
  it('is still declared exactly as it shipped, and versions only move forward', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual(FROZEN_V1);
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('is what the fixture builder writes by hand (the builder matches the first release)', async () => {
    const name = `frozen-dexie-${++counter}`;
    const dexie = new Dexie(name);
    dexie.version(FROZEN_V1.version).stores({ ...FROZEN_V1.stores });
    await dexie.open();
    dexie.close();
    expect(await readDatabaseLayout(name)).toEqual({
      version: FROZEN_V1_IDB_VERSION,
      stores: FROZEN_V1_LAYOUT,
    });
  });
});

describe('a version 1 database opened by the current code', () => {
  it('keeps every table and index version 1 made, with the same keys (the canonical URL index not unique since version 3)', async () => {
    const db = await upgradedV1();
    db.close();
    const { version, stores } = await readDatabaseLayout(db.name);
    expect(version).toBeGreaterThanOrEqual(FROZEN_V1_IDB_VERSION);
    for (const frozen of FROZEN_V1_LAYOUT) {
      const live = stores.find((s) => s.name === frozen.name);
      expect(live, `table ${frozen.name}`).toBeDefined();
      expect({ keyPath: live?.keyPath, autoIncrement: live?.autoIncrement }).toEqual({
        keyPath: frozen.keyPath,
        autoIncrement: frozen.autoIncrement,
      });
      for (const index of frozen.indexes) {
        const since3 = index.name === 'canonicalUrl' ? { ...index, unique: false } : index;
        expect(live?.indexes, `index ${frozen.name}.${index.name}`).toContainEqual(since3);
      }
    }
  });

  it('gives back every field of every article and its body, unchanged', async () => {
    const db = await upgradedV1();
    for (const original of V1_ARTICLES) {
      const stored: StoredArticle | undefined = await getStoredArticle(db, original.id);
      expect(stored).toStrictEqual({ ...original, status: 'unread', progress: 0 });
    }
    expect(await db.articles.count()).toBe(V1_ARTICLES.length);
    expect(await db.bodies.count()).toBe(V1_ARTICLES.length);
    const long = await getStoredArticle(db, 8);
    expect(long?.markdown.length).toBeGreaterThan(1.5 * 1024 * 1024);
  });

  it('answers every query the extension makes: newest first, by address, title, site and tag', async () => {
    const db = await upgradedV1();
    const sorted = [...V1_ARTICLES].sort(newestFirst);
    expect(await listAllArticles(db)).toStrictEqual(sorted.map(recordOf));
    expect((await listRecentArticles(db, 3)).map((a) => a.id)).toEqual(sorted.slice(0, 3).map((a) => a.id));
    for (const article of V1_ARTICLES) {
      const byUrl = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).toArray();
      expect(byUrl.map((a) => a.id)).toEqual([article.id]);
      const byTitle = await db.articles.where('title').equals(article.title).primaryKeys();
      expect(byTitle).toContain(article.id);
      if (article.siteName !== null) {
        expect(await db.articles.where('siteName').equals(article.siteName).primaryKeys()).toContain(
          article.id,
        );
      }
      for (const tag of article.tags) {
        const tagged = V1_ARTICLES.filter((a) => a.tags.includes(tag)).map((a) => a.id);
        expect((await db.articles.where('tags').equals(tag).primaryKeys()).sort()).toEqual(tagged.sort());
      }
    }
    // Two articles share a title; both are found, and NFC/NFD tags stay apart.
    expect(await db.articles.where('title').equals('同名の記事').count()).toBe(2);
    expect(await db.articles.where('tags').equals('café').primaryKeys()).toEqual([20]);
  });

  it('still keeps one copy per page and numbers new articles after the old ones', async () => {
    const db = await upgradedV1();
    const { markdown, id, tags, ...rtl } = V1_ARTICLES[0] as V1Article;
    const again = await saveArticle(db, { ...rtl, markdown: 'new body' }, { replace: false });
    expect(again).toEqual({ status: 'duplicate', id, title: rtl.title });
    expect((await getStoredArticle(db, id))?.markdown).toBe(markdown);
    const fresh = await saveArticle(
      db,
      { ...rtl, canonicalUrl: 'https://new.example/', sourceUrl: 'https://new.example/', markdown: 'x' },
      { replace: false },
    );
    const highest = Math.max(...V1_ARTICLES.map((a) => a.id));
    expect(fresh).toMatchObject({ status: 'saved', replaced: false });
    expect(fresh.id).toBeGreaterThan(highest);
    // Re-capturing an old article keeps its id and tags.
    const replaced = await saveArticle(db, { ...rtl, markdown: 'recaptured' }, { replace: true });
    expect(replaced).toEqual({ status: 'saved', id, replaced: true });
    expect((await getStoredArticle(db, id))?.tags).toEqual(tags);
  });
});
