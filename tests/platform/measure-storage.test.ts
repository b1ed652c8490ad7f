import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { measureStorage } from '../../lib/platform/measure-storage';
import { openSearchDatabase, prepareSearchIndex } from '../../lib/platform/search-index-store';
import { storeArticleImage } from '../../lib/platform/store/image-store';
import { deleteArticles, restoreArticles } from '../../lib/platform/store/library-store';
import { openTestDatabase, storeArticle } from './test-database';

let searchDbs = 0;
function openTestSearchDatabase() {
  const searchDb = openSearchDatabase(`measure-storage-search-${++searchDbs}`);
  onTestFinished(async () => {
    searchDb.close();
    await searchDb.delete();
  });
  return searchDb;
}

const png = (sha256: string, size: number) => ({
  sha256,
  blob: new Blob([new Uint8Array(size)], { type: 'image/png' }),
  type: 'image/png',
  size,
  width: 10,
  height: 10,
});

describe('measureStorage', () => {
  it('measures the same from the records the page holds as from the database, past one slice', async () => {
    const db = openTestDatabase();
    for (let i = 0; i < 2_100; i++) await storeArticle(db, { canonicalUrl: `https://a.example/${i}` });
    const records = await db.articles.toArray();
    const read = await measureStorage(db, 0);
    expect(read.articles).toBeGreaterThan(2_100 * 100);
    expect(await measureStorage(db, 0, records)).toEqual(read);
    // A record the page no longer holds is not counted: the page measures what it lists.
    expect((await measureStorage(db, 0, records.slice(1))).articles).toBeLessThan(read.articles);
  });

  it('measures nothing in an empty library', async () => {
    expect(await measureStorage(openTestDatabase(), openTestSearchDatabase())).toEqual({
      articles: 0,
      images: { count: 0, bytes: 0 },
      searchIndex: 0,
      total: 0,
    });
  });

  it('counts bodies in UTF-8 bytes, each image once, and the saved index; a delete frees, undo restores', async () => {
    const db = openTestDatabase();
    const searchDb = openTestSearchDatabase();
    // 10,000 characters of two bytes each in UTF-8.
    const id = await storeArticle(db, { markdown: 'é'.repeat(10_000) });
    const other = await storeArticle(db, {
      markdown: 'Short.',
      canonicalUrl: 'https://b.example/2',
      sourceUrl: 'https://b.example/2',
    });
    await storeArticleImage(db, id, 'https://a.example/a.png', png('aa', 4000));
    await storeArticleImage(db, other, 'https://b.example/a.png', png('aa', 4000));
    await storeArticleImage(db, other, 'https://b.example/b.png', png('bb', 1500));
    await prepareSearchIndex(db, searchDb, await db.articles.toArray());

    const before = await measureStorage(db, searchDb);
    expect(before.articles).toBeGreaterThan(20_000);
    // Records and image lists are small beside the body; a body counted in characters would be 10,000.
    expect(before.articles).toBeLessThan(22_000);
    expect(before.images).toEqual({ count: 2, bytes: 5500 });
    expect(before.searchIndex).toBeGreaterThan(0);
    expect(before.total).toBe(before.articles + before.images.bytes + before.searchIndex);

    const deleted = await deleteArticles(db, [id]);
    const after = await measureStorage(db, searchDb);
    expect(before.articles - after.articles).toBeGreaterThan(20_000);
    // The image both articles used stays while the other still shows it.
    expect(after.images).toEqual({ count: 2, bytes: 5500 });

    await restoreArticles(db, deleted);
    expect((await measureStorage(db, searchDb)).articles).toBe(before.articles);
  });

  it('frees an image no article uses any more', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    await storeArticleImage(db, id, 'https://a.example/a.png', png('cc', 2048));
    expect((await measureStorage(db, openTestSearchDatabase())).images).toEqual({ count: 1, bytes: 2048 });
    await deleteArticles(db, [id]);
    expect((await measureStorage(db, openTestSearchDatabase())).images).toEqual({ count: 0, bytes: 0 });
  });

  it("reads no body when every body's size is known: a library of 100,000 is measured from small rows", async () => {
    const db = openTestDatabase();
    const searchDb = openTestSearchDatabase();
    await storeArticle(db, { markdown: 'é'.repeat(10_000) });
    await storeArticle(db, { markdown: 'Short.', canonicalUrl: 'https://b.example/2' });
    const first = await measureStorage(db, searchDb);
    const reads = [
      vi.spyOn(db.bodies, 'each'),
      vi.spyOn(db.bodies, 'bulkGet'),
      vi.spyOn(db.bodies, 'toArray'),
    ];
    expect(await measureStorage(db, searchDb)).toEqual(first);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('reads no body past one page of sizes either, and counts every page', async () => {
    const db = openTestDatabase();
    const searchDb = openTestSearchDatabase();
    for (let i = 0; i < 2_100; i++)
      await storeArticle(db, { canonicalUrl: `https://a.example/${i}`, markdown: 'é'.repeat(10) });
    const first = await measureStorage(db, searchDb);
    const bulkGet = vi.spyOn(db.bodies, 'bulkGet');
    expect(await measureStorage(db, searchDb, await db.articles.toArray())).toEqual(first);
    expect(bulkGet).not.toHaveBeenCalled();
    // Every body's 20 bytes are in the total, with the records' own bytes.
    await db.bodySizes.clear();
    expect(await measureStorage(db, searchDb)).toEqual(first);
  });

  it('measures, once, bodies stored before their sizes were kept', async () => {
    const db = openTestDatabase();
    const searchDb = openTestSearchDatabase();
    const id = await storeArticle(db, { markdown: 'é'.repeat(10_000) });
    const measured = await measureStorage(db, searchDb);
    // As a library from before schema version 7 has it: bodies without sizes.
    await db.bodySizes.clear();
    expect(await measureStorage(db, searchDb)).toEqual(measured);
    expect(await db.bodySizes.get(id)).toEqual({ id, bytes: 20_000 });
  });
});
