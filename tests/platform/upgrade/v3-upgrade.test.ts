import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { buildV1Database, readDatabaseLayout } from './build-v1-database';
import {
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V3,
  FROZEN_V3_IDB_VERSION,
  FROZEN_V3_LAYOUT,
} from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';
import type { V1Article } from './frozen-schemas';

// Version 3 only makes the canonical URL index non-unique (excerpts share their page's address):
// a library of version 2 must come through whole, and one whole article per page still holds.

let counter = 0;
/** The part of a stored article a capture gives (no id, no tags). */
const pageOf = ({ id: _id, tags: _tags, ...page }: V1Article) => page;
const open: CleanCaptureDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function v2AtV3(): Promise<CleanCaptureDb> {
  const name = `v3-upgrade-${++counter}`;
  await buildV1Database({
    name,
    idbVersion: FROZEN_V1_IDB_VERSION,
    layout: FROZEN_V1_LAYOUT,
    articles: V1_ARTICLES,
  });
  const atV2 = openDatabase(name, SCHEMA_VERSIONS.slice(0, 2));
  await atV2.open();
  atV2.close();
  const db = openDatabase(name, SCHEMA_VERSIONS.slice(0, 3));
  open.push(db);
  await db.open();
  return db;
}

describe('schema version 3', () => {
  it('is declared as frozen, right after version 2', () => {
    expect(SCHEMA_VERSIONS[2]).toEqual(FROZEN_V3);
  });

  it('opens a version 2 database with its layout and every article as it was', async () => {
    const db = await v2AtV3();
    for (const original of V1_ARTICLES) {
      expect(await getStoredArticle(db, original.id)).toStrictEqual(original);
    }
    db.close();
    expect(await readDatabaseLayout(db.name)).toEqual({
      version: FROZEN_V3_IDB_VERSION,
      stores: FROZEN_V3_LAYOUT,
    });
  });

  it('takes excerpts of an old article’s page beside it, and still one whole copy of the page', async () => {
    const db = await v2AtV3();
    const [old] = V1_ARTICLES;
    if (!old) throw new Error('the v1 fixture is empty');
    const page = pageOf(old);
    const excerpt = { ...page, markdown: 'A paragraph of it.', selection: true as const };
    expect(await saveArticle(db, excerpt, { replace: false })).toMatchObject({ status: 'saved' });
    expect(await saveArticle(db, page, { replace: false })).toMatchObject({
      status: 'duplicate',
      id: old.id,
    });
    expect(await db.articles.count()).toBe(V1_ARTICLES.length + 1);
  });
});
