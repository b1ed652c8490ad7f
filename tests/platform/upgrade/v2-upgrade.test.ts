import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteArticle, getStoredArticle } from '../../../lib/platform/store/article-store';
import {
  openDatabase,
  SCHEMA_VERSIONS,
  type CleanCaptureDb,
  type SchemaVersion,
} from '../../../lib/platform/store/db';
import { readArticleImages, storeArticleImage } from '../../../lib/platform/store/image-store';
import { buildV1Database, readDatabaseLayout } from './build-v1-database';
import {
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V2,
  FROZEN_V2_IDB_VERSION,
  FROZEN_V2_LAYOUT,
} from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// Version 2 adds the image tables and rewrites nothing: a version 1 library must come through
// whole, and its old articles must take images like new ones.

let counter = 0;
const open: CleanCaptureDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function v1AtV2(
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS.slice(0, 2),
): Promise<CleanCaptureDb> {
  const name = `v2-upgrade-${++counter}`;
  await buildV1Database({
    name,
    idbVersion: FROZEN_V1_IDB_VERSION,
    layout: FROZEN_V1_LAYOUT,
    articles: V1_ARTICLES,
  });
  const db = openDatabase(name, versions);
  open.push(db);
  await db.open();
  return db;
}

describe('schema version 2', () => {
  it('is declared as frozen, right after version 1', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual(FROZEN_V2);
  });

  it('opens a version 1 database at version 2 with its layout and every article as it was', async () => {
    const db = await v1AtV2();
    for (const original of V1_ARTICLES) {
      expect(await getStoredArticle(db, original.id)).toStrictEqual(original);
    }
    db.close();
    expect(await readDatabaseLayout(db.name)).toEqual({
      version: FROZEN_V2_IDB_VERSION,
      stores: FROZEN_V2_LAYOUT,
    });
  });

  it('lets an old article keep images, and freeing them on delete leaves the other articles whole', async () => {
    // Through version 2 to the newest: today's delete also takes the article's highlights along,
    // whose tables came later.
    const db = await v1AtV2(SCHEMA_VERSIONS);
    const [first, second] = V1_ARTICLES;
    if (!first || !second) throw new Error('the v1 fixture has fewer than two articles');
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const image = { sha256: 'ab'.repeat(32), blob, type: 'image/png', size: 3, width: 2, height: 2 };
    expect(await storeArticleImage(db, first.id, 'https://x.example/p.png', image)).toBe(true);
    expect(await readArticleImages(db, first.id, ['https://x.example/p.png'])).toMatchObject([
      { image: { sha256: image.sha256, size: 3 } },
    ]);
    // As the later versions left it (they add the reading state), before the delete.
    const other = await getStoredArticle(db, second.id);
    expect(other).toMatchObject(second);
    await deleteArticle(db, first.id);
    expect(await db.images.count()).toBe(0);
    expect(await getStoredArticle(db, second.id)).toStrictEqual(other);
    expect(await db.articles.count()).toBe(V1_ARTICLES.length - 1);
  });
});
