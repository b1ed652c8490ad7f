import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setArticleTags } from '../../../lib/platform/store/article-store';
import { keysOfChange, watchTableWrites } from '../../../lib/platform/store/watch-table-writes';
import { openTestDatabase, storeArticle } from '../test-database';

describe('watching the writes to one table of one database', () => {
  it('reports a committed write to that table, and nothing for other tables or databases', async () => {
    const db = openTestDatabase();
    const other = openTestDatabase();
    // Creating a database reports every table changed: these exist before the watch starts.
    await Promise.all([db.open(), other.open()]);
    let reports = 0;
    const stop = watchTableWrites(db.name, 'articles', () => reports++);
    try {
      await storeArticle(other);
      expect(reports).toBe(0);
      await db.bodySizes.put({ id: 9, bytes: 10 });
      expect(reports).toBe(0);
      const id = await storeArticle(db);
      expect(reports).toBeGreaterThan(0);
      const afterCapture = reports;
      await setArticleTags(db, id, ['harbour']);
      expect(reports).toBeGreaterThan(afterCapture);
    } finally {
      stop();
    }
  });

  it('names the records written, or none when any record may have changed', async () => {
    const db = openTestDatabase();
    await db.open();
    const reports: Array<unknown[] | null> = [];
    const stop = watchTableWrites(db.name, 'articles', (keys) => reports.push(keys));
    try {
      const id = await storeArticle(db);
      expect(reports.at(-1)).toEqual([id]);
      await setArticleTags(db, id, ['harbour']);
      expect(reports.at(-1)).toEqual([id]);
      await db.articles.clear();
      expect(reports.at(-1)).toBeNull();
    } finally {
      stop();
    }
  });

  it('reads the keys of a change as another context sends it (plain objects), ranges as anything', () => {
    const single = (key: number) => ({ from: key, to: key, d: 1 });
    expect(keysOfChange({ d: 0 })).toEqual([]);
    expect(keysOfChange({ ...single(5), l: single(2), r: single(9), d: 2 })?.sort()).toEqual([2, 5, 9]);
    expect(keysOfChange({ ...single(5), r: { from: 7, to: 12, d: 1 }, d: 2 })).toBeNull();
  });

  it('reports nothing once stopped', async () => {
    const db = openTestDatabase();
    await db.open();
    let reports = 0;
    watchTableWrites(db.name, 'articles', () => reports++)();
    await storeArticle(db);
    expect(reports).toBe(0);
  });
});
