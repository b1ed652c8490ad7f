import { describe, expect, it } from 'vitest';
import { deleteArticle, restoreArticle } from '../../../lib/platform/store/article-store';
import type { StoredImage } from '../../../lib/platform/store/db';
import {
  measureImages,
  readArticleImages,
  recordImageFailure,
  storeArticleImage,
} from '../../../lib/platform/store/image-store';
import { deleteArticles, restoreArticles } from '../../../lib/platform/store/library-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase, storeArticle } from '../test-database';

function image(sha256: string, size = 3): StoredImage {
  return {
    sha256,
    blob: new Blob([new Uint8Array(size)], { type: 'image/png' }),
    type: 'image/png',
    size,
    width: 4,
    height: 3,
  };
}

const A = 'https://a.example/a.png';
const B = 'https://cdn.example/b.jpg';

describe('stored images', () => {
  it('stores an image used by two articles once, and reads each article its own addresses', async () => {
    const db = openTestDatabase();
    const one = await storeArticle(db, {
      canonicalUrl: 'https://a.example/1',
      sourceUrl: 'https://a.example/1',
    });
    const two = await storeArticle(db, {
      canonicalUrl: 'https://a.example/2',
      sourceUrl: 'https://a.example/2',
    });
    expect(await storeArticleImage(db, one, A, image('aa'))).toBe(true);
    expect(await storeArticleImage(db, two, 'https://mirror.example/same.png', image('aa'))).toBe(true);
    await recordImageFailure(db, one, B, { reason: 'http-error', status: 404 });
    expect(await measureImages(db)).toEqual({ count: 1, bytes: 3 });
    const entries = await readArticleImages(db, one, [A, B, 'https://a.example/later.png']);
    expect(entries.map((e) => ('image' in e ? e.image.sha256 : 'failure' in e ? e.failure : e))).toEqual([
      'aa',
      { reason: 'http-error', status: 404 },
      { url: 'https://a.example/later.png', pending: true },
    ]);
    const [first] = await readArticleImages(db, two, ['https://mirror.example/same.png']);
    expect(first && 'image' in first && first.image.blob.size).toBe(3);
  });

  it('deleting an article frees the images no other article uses, and keeps the shared ones', async () => {
    const db = openTestDatabase();
    const one = await storeArticle(db, {
      canonicalUrl: 'https://a.example/1',
      sourceUrl: 'https://a.example/1',
    });
    const two = await storeArticle(db, {
      canonicalUrl: 'https://a.example/2',
      sourceUrl: 'https://a.example/2',
    });
    await storeArticleImage(db, one, A, image('shared'));
    await storeArticleImage(db, one, B, image('own'));
    await storeArticleImage(db, two, A, image('shared'));
    await deleteArticle(db, one);
    expect((await db.images.toArray()).map((i) => i.sha256)).toEqual(['shared']);
    expect(await db.articleImages.where('articleId').equals(one).count()).toBe(0);
    await deleteArticles(db, [two]);
    expect(await measureImages(db)).toEqual({ count: 0, bytes: 0 });
    expect(await db.articleImages.count()).toBe(0);
  });

  it('undoing a delete brings the article back with its stored images, in the popup and the library', async () => {
    const db = openTestDatabase();
    const one = await storeArticle(db, {
      canonicalUrl: 'https://a.example/1',
      sourceUrl: 'https://a.example/1',
    });
    const two = await storeArticle(db, {
      canonicalUrl: 'https://a.example/2',
      sourceUrl: 'https://a.example/2',
    });
    await storeArticleImage(db, one, A, image('first'));
    await recordImageFailure(db, one, B, { reason: 'network' });
    await storeArticleImage(db, two, A, image('second'));

    const removed = await deleteArticle(db, one);
    expect(await measureImages(db)).toEqual({ count: 1, bytes: 3 });
    if (!removed) throw new Error('nothing was deleted');
    await restoreArticle(db, removed);
    expect(await readArticleImages(db, one, [A, B])).toEqual([
      { url: A, image: expect.objectContaining({ sha256: 'first' }) as unknown },
      { url: B, failure: { reason: 'network' } },
    ]);

    const bulk = await deleteArticles(db, [one, two]);
    expect(await measureImages(db)).toEqual({ count: 0, bytes: 0 });
    await restoreArticles(db, bulk);
    expect((await readArticleImages(db, two, [A]))[0]).toMatchObject({ image: { sha256: 'second' } });
    expect((await readArticleImages(db, one, [A]))[0]).toMatchObject({ image: { sha256: 'first' } });
    expect(await measureImages(db)).toEqual({ count: 2, bytes: 6 });
  });

  it('a failed delete keeps the article and its images together', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    await storeArticleImage(db, id, A, image('kept'));
    await expect(
      // Every table a delete writes: the article's (body size too), its images' and its highlights' and notes'.
      db.transaction(
        'rw',
        [db.articles, db.bodies, db.bodySizes, db.articleImages, db.images, db.highlights, db.articleNotes],
        async () => {
          await deleteArticle(db, id);
          throw new Error('the disk is full');
        },
      ),
    ).rejects.toThrow('the disk is full');
    expect(await db.articles.get(id)).toBeDefined();
    expect((await readArticleImages(db, id, [A]))[0]).toMatchObject({ image: { sha256: 'kept' } });
  });

  it('re-capturing an article releases its old images; the new copy starts with none', async () => {
    const db = openTestDatabase();
    const article = makeArticle({ canonicalUrl: 'https://a.example/r', sourceUrl: 'https://a.example/r' });
    const first = await saveArticle(db, article, { replace: false });
    if (first.status !== 'saved') throw new Error(first.status);
    await storeArticleImage(db, first.id, A, image('old'));
    const again = await saveArticle(db, { ...article, markdown: 'new text' }, { replace: true });
    expect(again).toEqual({ status: 'saved', id: first.id, replaced: true });
    expect(await db.images.count()).toBe(0);
    expect(await readArticleImages(db, first.id, [A])).toEqual([{ url: A, pending: true }]);
    // Refused as a duplicate, the stored copy keeps its images.
    await storeArticleImage(db, first.id, A, image('new'));
    await saveArticle(db, article, { replace: false });
    expect(await db.images.count()).toBe(1);
  });

  it('stores nothing for an article deleted while its images were being fetched', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    await deleteArticle(db, id);
    expect(await storeArticleImage(db, id, A, image('late'))).toBe(false);
    expect(await recordImageFailure(db, id, B, { reason: 'network' })).toBe(false);
    expect(await db.images.count()).toBe(0);
    expect(await db.articleImages.count()).toBe(0);
  });

  it('an address stored again with other bytes frees the bytes it pointed to before', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    await storeArticleImage(db, id, A, image('before'));
    await storeArticleImage(db, id, A, image('after'));
    expect((await db.images.toArray()).map((i) => i.sha256)).toEqual(['after']);
    await recordImageFailure(db, id, A, { reason: 'not-an-image' });
    expect(await db.images.count()).toBe(0);
  });
});
