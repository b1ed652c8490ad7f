import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteArticle, setArticleTags } from '../../../lib/platform/store/article-store';
import { watchArticleWrites } from '../../../lib/platform/store/watch-article-writes';
import { openTestDatabase, storeArticle } from '../test-database';

/** A test database that counts the write transactions on articles it reports. */
function watchedDatabase() {
  const seen = { writes: 0 };
  const db = watchArticleWrites(openTestDatabase(), () => seen.writes++);
  return { db, seen };
}

describe('watching writes to the articles', () => {
  it('reports each committed transaction that stored, changed or deleted articles, once', async () => {
    const { db, seen } = watchedDatabase();
    const id = await storeArticle(db);
    expect(seen.writes).toBe(1);
    await setArticleTags(db, id, ['harbour']);
    expect(seen.writes).toBe(2);
    await deleteArticle(db, id);
    expect(seen.writes).toBe(3);
  });

  it('names the articles each transaction wrote, and all of them for a clear', async () => {
    const reports: unknown[] = [];
    const db = watchArticleWrites(openTestDatabase(), (ids) => reports.push(ids));
    const first = await storeArticle(db, { canonicalUrl: 'https://example.org/1' });
    const second = await storeArticle(db, { canonicalUrl: 'https://example.org/2' });
    await db.transaction('rw', db.articles, async () => {
      await db.articles.update(first, { title: 'Renamed' });
      await db.articles.delete(second);
    });
    await db.articles.clear();
    expect(reports).toEqual([[first], [second], [first, second], 'all']);
  });

  it('says whether a transaction may have added or removed articles, or only changed some', async () => {
    const resized: boolean[] = [];
    const db = watchArticleWrites(openTestDatabase(), (_ids, change) => resized.push(change.resized));
    const id = await storeArticle(db, { canonicalUrl: 'https://example.org/1' });
    await setArticleTags(db, id, ['harbour']);
    await db.articles.update(id, { progress: 0.5 });
    const record = await db.articles.get(id);
    if (!record) throw new Error('the article was not stored');
    await db.articles.put({ ...record, title: 'Stored again' });
    await deleteArticle(db, id);
    await db.articles.clear();
    expect(resized).toEqual([true, false, false, true, true, true]);
  });

  it('names the fields a transaction of updates changed; any other write may have changed them all', async () => {
    const reports: unknown[] = [];
    const db = watchArticleWrites(openTestDatabase(), (_ids, { fields }) =>
      reports.push(fields === 'any' ? 'any' : [...fields].sort()),
    );
    const id = await storeArticle(db);
    await setArticleTags(db, id, ['harbour']);
    await db.articles.update(id, { progress: 0.5, status: 'read' });
    await db.transaction('rw', db.articles, async () => {
      await db.articles.update(id, { tags: [] });
      await db.articles.update(id, { title: 'Renamed' });
    });
    await db.articles
      .where('id')
      .equals(id)
      .modify((record) => void (record.progress = 1));
    await deleteArticle(db, id);
    expect(reports).toEqual(['any', ['tags'], ['progress', 'status'], ['tags', 'title'], 'any', 'any']);
  });

  it('does not report reads, writes to other tables or a transaction rolled back', async () => {
    const { db, seen } = watchedDatabase();
    const id = await storeArticle(db);
    seen.writes = 0;
    await db.articles.get(id);
    await db.articleNotes.put({ articleId: id, note: 'a note', changedAt: '2026-05-01T00:00:00.000Z' });
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.update(id, { title: 'Never kept' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.articles.get(id))?.title).not.toBe('Never kept');
    expect(seen.writes).toBe(0);
  });
});
