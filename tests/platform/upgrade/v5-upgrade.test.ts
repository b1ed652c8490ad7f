import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { UNREAD } from '../../../lib/reading-state/reading-state';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import {
  addHighlight,
  listArticleHighlights,
  readArticleNote,
  setArticleNote,
} from '../../../lib/platform/store/highlight-store';
import { buildV1Database, readDatabaseLayout } from './build-v1-database';
import {
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V4_LAYOUT,
  FROZEN_V5,
  FROZEN_V5_IDB_VERSION,
  FROZEN_V5_NEW_STORES,
} from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// Version 5 adds the highlight and note tables and rewrites nothing: the library before it must
// come through whole (as version 4 left it: unread), and its old articles must take highlights and notes.

let counter = 0;
const open: CleanCaptureDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const V5_AT = SCHEMA_VERSIONS.findIndex((v) => v.version === 5);

async function olderAtV5(): Promise<CleanCaptureDb> {
  const name = `v5-upgrade-${++counter}`;
  await buildV1Database({
    name,
    idbVersion: FROZEN_V1_IDB_VERSION,
    layout: FROZEN_V1_LAYOUT,
    articles: V1_ARTICLES,
  });
  const before = openDatabase(name, SCHEMA_VERSIONS.slice(0, V5_AT));
  await before.open();
  before.close();
  const db = openDatabase(name, SCHEMA_VERSIONS.slice(0, V5_AT + 1));
  open.push(db);
  await db.open();
  return db;
}

describe('schema version 5', () => {
  it('is declared as frozen', () => {
    expect(SCHEMA_VERSIONS[V5_AT]).toEqual(FROZEN_V5);
  });

  it('opens the database before it with every article as it was, and adds its two tables', async () => {
    const db = await olderAtV5();
    for (const original of V1_ARTICLES) {
      expect(await getStoredArticle(db, original.id)).toStrictEqual({ ...original, ...UNREAD });
    }
    db.close();
    const after = await readDatabaseLayout(db.name);
    expect(after.version).toBe(FROZEN_V5_IDB_VERSION);
    const names = new Set(FROZEN_V5_NEW_STORES.map((store) => store.name));
    expect(after.stores.filter((store) => names.has(store.name))).toEqual(FROZEN_V5_NEW_STORES);
    // The stores from before are untouched (version 4 may add its own beside them).
    for (const store of FROZEN_V4_LAYOUT) expect(after.stores).toContainEqual(store);
  });

  it('lets an old article take a highlight and a note', async () => {
    const db = await olderAtV5();
    const [first] = V1_ARTICLES;
    if (!first) throw new Error('the v1 fixture is empty');
    const highlight = {
      id: 'a1',
      articleId: first.id,
      color: 'green' as const,
      quote: { exact: 'text', prefix: '', suffix: '', start: 0, end: 4 },
      note: 'why it matters',
      createdAt: '2026-11-29T10:00:00.000Z',
    };
    await addHighlight(db, highlight);
    await setArticleNote(db, first.id, 'read again');
    expect(await listArticleHighlights(db, first.id)).toEqual([highlight]);
    expect(await readArticleNote(db, first.id)).toBe('read again');
    expect(await getStoredArticle(db, first.id)).toStrictEqual({ ...first, ...UNREAD });
  });
});
