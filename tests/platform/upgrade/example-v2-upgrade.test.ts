import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  mapRecords,
  openDatabase,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from '../../../lib/platform/store/db';
import { listAllArticles } from '../../../lib/platform/store/library-store';
import { buildV1Database } from './build-v1-database';
import { FROZEN_V1_IDB_VERSION, FROZEN_V1_LAYOUT, type V1Article } from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// The recipe of db.ts for version 2, followed end to end with a made-up change, so the recipe is
// known to work before anyone needs it: a pure transform, a version that lists only the changed
// table, a v1 database filled by the frozen builder, and every old field checked afterwards.

type V1Record = Omit<V1Article, 'markdown'>;
type V2Record = V1Record & { updatedAt: string };

/** The made-up change: a new `updatedAt` field, first equal to `capturedAt`. */
function upgradeToV2(record: V1Record): V2Record {
  return { ...record, updatedAt: record.capturedAt };
}

// Made up on top of the newest real version, so the recipe stays tested as real versions ship.
const V2: SchemaVersion = {
  version: (SCHEMA_VERSIONS.at(-1)?.version ?? 0) + 1,
  stores: { articles: '++id, &canonicalUrl, capturedAt, title, siteName, *tags, updatedAt' },
  upgrade: (tx) => mapRecords(tx, 'articles', upgradeToV2),
};

describe('adding a schema version the documented way', () => {
  it('the pure transform adds the field and keeps every other one', () => {
    const record = { ...(V1_ARTICLES[1] as V1Article) } as Partial<V1Article>;
    delete record.markdown;
    const before = structuredClone(record) as V1Record;
    expect(upgradeToV2(before)).toEqual({ ...before, updatedAt: before.capturedAt });
    expect(before).toEqual(record);
  });

  it('upgrades a version 1 database with nothing lost and the new index filled', async () => {
    await buildV1Database({
      name: 'example-v2',
      idbVersion: FROZEN_V1_IDB_VERSION,
      layout: FROZEN_V1_LAYOUT,
      articles: V1_ARTICLES,
    });
    const db = openDatabase('example-v2', [...SCHEMA_VERSIONS, V2]);
    const records = (await listAllArticles(db)) as unknown as V2Record[];
    expect(records).toHaveLength(V1_ARTICLES.length);
    for (const { markdown, ...original } of V1_ARTICLES) {
      expect(records.find((r) => r.id === original.id)).toStrictEqual({
        ...original,
        // Version 4 made every article of version 1 unread, not started.
        status: 'unread',
        progress: 0,
        updatedAt: original.capturedAt,
      });
      expect((await db.bodies.get(original.id))?.markdown).toBe(markdown);
    }
    const newest = await db.articles.orderBy('updatedAt').last();
    expect(newest?.id).toBe(20);
    db.close();
  });
});
