import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS } from '../../lib/images/image-limits';
import { deleteArticle } from '../../lib/platform/store/article-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { makeArticle } from '../articles/article-factory';
import { readArticleImages } from '../../lib/platform/store/image-store';
import { saveArticleImages, type ImageProgress } from '../../lib/platform/save-article-images';
import { sample, text } from '../images/image-bytes';
import { openTestDatabase, storeArticle } from './test-database';

const OWN = 'https://news.example';
const CDN = 'https://cdn.example';

/** A fake network: each address answers with these bytes or this status; anything else is unreachable. */
function network(answers: Record<string, Uint8Array | number>) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetchImage = async (url: string) => {
    asked.push(url);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((done) => setTimeout(done, 5));
    inFlight--;
    const answer = answers[url];
    if (answer === undefined) throw new TypeError('Failed to fetch');
    return typeof answer === 'number'
      ? new Response('nope', { status: answer })
      : new Response(new Uint8Array(answer), { headers: { 'content-type': 'image/jpeg' } });
  };
  return { fetchImage, asked, mostInFlight: () => mostInFlight };
}

const ownOnly = (url: string) => url.startsWith(OWN);

describe('saveArticleImages', () => {
  it('stores real images, records why the others failed, and reports progress to the end', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const urls = [
      `${OWN}/lead.jpg`,
      `${OWN}/fake.jpg`,
      `${OWN}/pixel.png`,
      `${OWN}/gone.jpg`,
      `${OWN}/down.jpg`,
      `${CDN}/c.webp`,
    ];
    const net = network({
      [`${OWN}/lead.jpg`]: sample('lead-640.jpg'),
      [`${OWN}/fake.jpg`]: text('<!doctype html><p>Sign in</p>'),
      [`${OWN}/pixel.png`]: sample('pixel.png'),
      [`${OWN}/gone.jpg`]: 404,
      [`${CDN}/c.webp`]: sample('chart.webp'),
    });
    const seen: ImageProgress[] = [];
    const report = await saveArticleImages(id, urls, {
      db,
      mayFetch: ownOnly,
      fetchImage: net.fetchImage,
      onProgress: (p) => seen.push(p),
    });
    expect(report.stored).toBe(1);
    expect(Object.fromEntries(report.failed.map((f) => [f.url, f.failure]))).toEqual({
      [`${OWN}/fake.jpg`]: { reason: 'not-an-image' },
      [`${OWN}/pixel.png`]: { reason: 'spacer' },
      [`${OWN}/gone.jpg`]: { reason: 'http-error', status: 404 },
      [`${OWN}/down.jpg`]: { reason: 'network' },
      [`${CDN}/c.webp`]: { reason: 'not-permitted' },
    });
    expect(net.asked).not.toContain(`${CDN}/c.webp`);
    expect(seen[0]).toEqual({ done: 0, total: 6 });
    expect(seen.at(-1)).toEqual({ done: 6, total: 6 });
    const [lead] = await readArticleImages(db, id, [`${OWN}/lead.jpg`]);
    expect(lead && 'image' in lead && lead.image).toMatchObject({
      type: 'image/jpeg',
      width: 640,
      height: 360,
      size: sample('lead-640.jpg').length,
    });
    expect(lead && 'image' in lead && new Uint8Array(await lead.image.blob.arrayBuffer())).toEqual(
      sample('lead-640.jpg'),
    );
  });

  it('judges by the bytes, not the name: a real "placeholder.jpg" is kept, a 1×1 "photo.png" skipped', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const named = [`${OWN}/img/placeholder.jpg`, `${OWN}/img/spacer.gif`, `${OWN}/img/photo.png`];
    const net = network({
      [`${OWN}/img/placeholder.jpg`]: sample('photo-400.jpg'),
      [`${OWN}/img/spacer.gif`]: sample('lazy.png'),
      [`${OWN}/img/photo.png`]: sample('pixel.png'),
    });
    const report = await saveArticleImages(id, named, { db, mayFetch: ownOnly, fetchImage: net.fetchImage });
    expect(report.stored).toBe(2);
    expect(report.failed).toEqual([{ url: `${OWN}/img/photo.png`, failure: { reason: 'spacer' } }]);
  });

  it('fetches only what is left once another site is allowed, and stores a shared picture once', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const urls = [`${OWN}/a.jpg`, `${CDN}/same-as-a.jpg`];
    const net = network({
      [`${OWN}/a.jpg`]: sample('lead-640.jpg'),
      [`${CDN}/same-as-a.jpg`]: sample('lead-640.jpg'),
    });
    await saveArticleImages(id, urls, { db, mayFetch: ownOnly, fetchImage: net.fetchImage });
    const again = await saveArticleImages(id, urls, { db, mayFetch: () => true, fetchImage: net.fetchImage });
    expect(again).toEqual({ stored: 1, failed: [], articleKept: true });
    expect(net.asked).toEqual([`${OWN}/a.jpg`, `${CDN}/same-as-a.jpg`]);
    expect(await db.images.count()).toBe(1);
  });

  it('fetches a few at a time, never all at once', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const answers = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`${OWN}/${i}.jpg`, sample('photo-400.jpg')]),
    );
    const net = network(answers);
    await saveArticleImages(id, Object.keys(answers), {
      db,
      mayFetch: () => true,
      fetchImage: net.fetchImage,
      parallel: 3,
    });
    expect(net.mostInFlight()).toBe(3);
  });

  it('keeps an article within its caps, saying which images did not fit', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const photo = sample('photo-400.jpg');
    const limits = { ...IMAGE_LIMITS, maxImageBytes: photo.length, maxImagesPerArticle: 2 };
    const urls = [`${OWN}/1.jpg`, `${OWN}/2.jpg`, `${OWN}/3.jpg`, `${OWN}/big.jpg`];
    const net = network({
      [urls[0] as string]: photo,
      [urls[1] as string]: sample('lead-640.jpg'),
      [urls[2] as string]: sample('lead-640.jpg'),
      [urls[3] as string]: sample('photo-1200.jpg'),
    });
    const report = await saveArticleImages(id, urls, {
      db,
      limits: { ...limits, maxImageBytes: 10_000 },
      mayFetch: () => true,
      fetchImage: net.fetchImage,
      parallel: 1,
    });
    expect(report.stored).toBe(2);
    expect(report.failed).toEqual([
      { url: `${OWN}/3.jpg`, failure: { reason: 'article-full' } },
      {
        url: `${OWN}/big.jpg`,
        failure: { reason: 'too-large', bytes: sample('photo-1200.jpg').length, limit: 10_000 },
      },
    ]);
  });

  it('stops, linking nothing more, when the article is captured again while its images are fetched', async () => {
    const db = openTestDatabase();
    const article = makeArticle({ capturedAt: '2025-03-05T09:30:00.000Z' });
    const id = await storeArticle(db, article);
    const urls = Array.from({ length: 6 }, (_, i) => `${OWN}/old-${i}.jpg`);
    const net = network(Object.fromEntries(urls.map((u) => [u, sample('photo-400.jpg')])));
    const report = await saveArticleImages(id, urls, {
      db,
      capturedAt: article.capturedAt,
      mayFetch: () => true,
      fetchImage: net.fetchImage,
      parallel: 1,
      onProgress: ({ done }) =>
        void (
          done === 2 &&
          saveArticle(
            db,
            { ...article, capturedAt: '2025-03-06T10:00:00.000Z', markdown: 'New text, no pictures.' },
            { replace: true },
          )
        ),
    });
    expect(report.articleKept).toBe(false);
    expect(net.asked.length).toBeLessThan(urls.length);
    // The new copy shows none of the old pictures: none is linked to it or kept for it.
    expect(await db.articleImages.where('articleId').equals(id).count()).toBe(0);
    expect(await db.images.count()).toBe(0);
  });

  it('stops, storing nothing more, when the article is deleted while its images are fetched', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db);
    const urls = Array.from({ length: 6 }, (_, i) => `${OWN}/${i}.jpg`);
    const net = network(Object.fromEntries(urls.map((u) => [u, sample('photo-400.jpg')])));
    const report = await saveArticleImages(id, urls, {
      db,
      mayFetch: () => true,
      fetchImage: net.fetchImage,
      parallel: 1,
      onProgress: ({ done }) => void (done === 2 && deleteArticle(db, id)),
    });
    expect(report.articleKept).toBe(false);
    expect(net.asked.length).toBeLessThan(urls.length);
    expect(await db.images.count()).toBe(0);
    expect(await db.articleImages.count()).toBe(0);
  });
});
