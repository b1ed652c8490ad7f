import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { UNREAD } from '../../../lib/reading-state/reading-state';
import { measureArticles } from '../../../lib/platform/measure-storage';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import { utf8ByteLength } from '../../../lib/articles/utf8-byte-length';
import { buildLibraryBefore } from './build-library-before';
import { FROZEN_V7 } from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// Version 7 adds the table of body sizes and rewrites nothing: a library of the version before
// comes through whole, and its bodies, stored without sizes, are measured by the first measure.

const open: CleanCaptureDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('schema version 7', () => {
  it('is declared as frozen', () => {
    expect(SCHEMA_VERSIONS.find((schema) => schema.version === 7)).toEqual(FROZEN_V7);
  });

  it('opens a library of the version before with every article as it was, its bodies measured on demand', async () => {
    const name = 'v7-upgrade';
    await buildLibraryBefore(name, 7);
    const db = openDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(7);
    for (const original of V1_ARTICLES)
      expect(await getStoredArticle(db, original.id)).toStrictEqual({ ...original, ...UNREAD });
    expect(await db.bodySizes.count()).toBe(0);
    await measureArticles(db);
    expect(await db.bodySizes.toArray()).toEqual(
      V1_ARTICLES.map(({ id, markdown }) => ({ id, bytes: utf8ByteLength(markdown) })),
    );
  });
});
