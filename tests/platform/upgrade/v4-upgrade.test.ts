import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { upgradeToV4 } from '../../../lib/upgrades/upgrade-to-v4';
import { buildV1Database, readDatabaseLayout } from './build-v1-database';
import {
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V4,
  FROZEN_V4_IDB_VERSION,
  FROZEN_V4_LAYOUT,
  type V1Article,
} from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// Version 4 gives every article a reading state: a library of version 3 comes through whole,
// every old article unread and not started, and the views by state find them by the new index.

let counter = 0;
const open: CleanCaptureDb[] = [];
/** The part of a stored article a capture gives (no id, no tags), and the record without its body. */
const pageOf = ({ id: _id, tags: _tags, ...page }: V1Article) => page;
const recordOf = ({ markdown: _m, ...record }: V1Article) => record;
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function v3AtV4(): Promise<CleanCaptureDb> {
  const name = `v4-upgrade-${++counter}`;
  await buildV1Database({
    name,
    idbVersion: FROZEN_V1_IDB_VERSION,
    layout: FROZEN_V1_LAYOUT,
    articles: V1_ARTICLES,
  });
  const atV3 = openDatabase(name, SCHEMA_VERSIONS.slice(0, 3));
  await atV3.open();
  atV3.close();
  const db = openDatabase(name, SCHEMA_VERSIONS.slice(0, 4));
  open.push(db);
  await db.open();
  return db;
}

describe('schema version 4', () => {
  it('is declared as frozen, right after version 3', () => {
    const { version, stores } = SCHEMA_VERSIONS[3] ?? {};
    expect({ version, stores }).toEqual(FROZEN_V4);
  });

  it('keeps every field of a version 3 article and marks it unread, not started', async () => {
    const db = await v3AtV4();
    for (const original of V1_ARTICLES) {
      expect(await getStoredArticle(db, original.id)).toStrictEqual({
        ...original,
        status: 'unread',
        progress: 0,
      });
    }
    db.close();
    expect(await readDatabaseLayout(db.name)).toEqual({
      version: FROZEN_V4_IDB_VERSION,
      stores: FROZEN_V4_LAYOUT,
    });
  });

  it('finds every old article in the unread view through the status index', async () => {
    const db = await v3AtV4();
    const unread = await db.articles.where('status').equals('unread').primaryKeys();
    expect(unread.length).toBeGreaterThan(0);
    expect([...unread].sort((a, b) => a - b)).toEqual(V1_ARTICLES.map((a) => a.id).sort((a, b) => a - b));
  });

  it('saves new captures unread and keeps a state through a capture again', async () => {
    const db = await v3AtV4();
    const [old] = V1_ARTICLES;
    if (!old) throw new Error('the v1 fixture is empty');
    await db.articles.update(old.id, { status: 'archived', progress: 0.4 });
    const page = pageOf(old);
    expect(await saveArticle(db, { ...page, title: 'Changed' }, { replace: true })).toMatchObject({
      id: old.id,
    });
    expect(await db.articles.get(old.id)).toMatchObject({
      title: 'Changed',
      status: 'archived',
      progress: 0.4,
    });
    const fresh = await saveArticle(
      db,
      { ...page, canonicalUrl: `${page.canonicalUrl}-new` },
      { replace: false },
    );
    if (fresh.status !== 'saved') throw new Error(`not saved: ${fresh.status}`);
    expect(await db.articles.get(fresh.id)).toMatchObject({ status: 'unread', progress: 0 });
  });

  it('the pure transform keeps a valid state and repairs a damaged one', () => {
    const record = recordOf(V1_ARTICLES[0] as V1Article);
    expect(upgradeToV4({ ...record, status: 'read', progress: 0.5 })).toMatchObject({
      status: 'read',
      progress: 0.5,
    });
    expect(upgradeToV4({ ...record, status: 'gone', progress: 7 })).toMatchObject({
      status: 'unread',
      progress: 1,
    });
    expect(upgradeToV4({ ...record, progress: 'half' })).toMatchObject({ status: 'unread', progress: 0 });
  });
});
