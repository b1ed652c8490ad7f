import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_IMAGE_RUN_ATTEMPTS } from '../../lib/images/plan-image-run';
import { createImageRuns } from '../../lib/platform/create-image-runs';
import { keepArticleImages } from '../../lib/platform/keep-article-images';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { readArticleImages, summarizeImages } from '../../lib/platform/store/image-store';
import { sample } from '../images/image-bytes';
import { openTestDatabase, storeArticle } from './test-database';

const PAGE = 'https://news.example/story';
const urls = Array.from({ length: 4 }, (_, i) => `https://news.example/img/${i}.jpg`);
const markdown = ['Text.', ...urls.map((url, i) => `![Photo ${i}](${url})`)].join('\n\n');

/**
 * One life of the extension's worker: a fresh `createImageRuns` (nothing in memory) over the same
 * database and storage.local. Its network answers every address, except that `hangAfter` images
 * in, a fetch never returns, as when the browser stops the worker mid-fetch.
 */
function workerLife(db: CleanCaptureDb, hangAfter = Infinity) {
  const asked: string[] = [];
  const fetchImage = (url: string) => {
    asked.push(url);
    if (asked.length > hangAfter) return new Promise<Response>(() => undefined);
    return Promise.resolve(new Response(sample('photo-400.jpg')));
  };
  const runs = createImageRuns({ db, keep: (id) => keepArticleImages(id, { db, fetchImage }) });
  return { runs, asked };
}

const status = async (db: CleanCaptureDb, id: number) =>
  summarizeImages(await readArticleImages(db, id, urls));

/** Waits until the worker has stored `count` images (its writes are the only events there are). */
async function storedCount(db: CleanCaptureDb, id: number, count: number) {
  await expect.poll(async () => (await status(db, id)).stored).toBe(count);
}

beforeEach(() => fakeBrowser.reset());

describe('createImageRuns', () => {
  it('a worker stopped mid-fetch: the next one resumes, fetching only what is left', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db, { sourceUrl: PAGE, canonicalUrl: PAGE, markdown });
    const first = workerLife(db, 2);
    void first.runs.start(id);
    await storedCount(db, id, 2);
    expect((await status(db, id)).pending).toBe(2);

    const next = workerLife(db);
    await next.runs.resumeStopped();
    expect(await status(db, id)).toMatchObject({ stored: 4, pending: 0, failed: [] });
    expect(next.asked.toSorted()).toEqual(first.asked.slice(2).toSorted());
    expect(await fakeBrowser.storage.local.get()).toEqual({ imageRuns: [] });
  });

  it('stopped each time it is resumed, it gives up what is left with a reason instead of waiting for ever', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db, { sourceUrl: PAGE, canonicalUrl: PAGE, markdown });
    const first = workerLife(db, 1);
    void first.runs.start(id);
    await storedCount(db, id, 1);
    for (let life = 2; life <= MAX_IMAGE_RUN_ATTEMPTS; life++) {
      const stoppedAgain = workerLife(db, 0);
      void stoppedAgain.runs.resumeStopped();
      await expect.poll(() => stoppedAgain.asked.length).toBeGreaterThan(0);
    }
    expect((await status(db, id)).pending).toBe(3);

    const last = workerLife(db);
    await last.runs.resumeStopped();
    expect(last.asked).toEqual([]);
    const after = await status(db, id);
    expect(after).toMatchObject({ stored: 1, pending: 0 });
    expect(after.failed.map((f) => f.failure)).toEqual(Array(3).fill({ reason: 'interrupted' }));
    expect(await fakeBrowser.storage.local.get()).toEqual({ imageRuns: [] });
  });

  it('a page asking for images still waiting joins the run under way, fetching nothing twice', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db, { sourceUrl: PAGE, canonicalUrl: PAGE, markdown });
    const life = workerLife(db);
    const started = life.runs.start(id);
    const joined = life.runs.keep(id);
    expect(joined).toBe(started);
    expect(await joined).toMatchObject({ stored: 4 });
    expect(life.asked.toSorted()).toEqual(urls.toSorted());
  });

  it('forgets a stopped run of an article deleted since', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db, { sourceUrl: PAGE, canonicalUrl: PAGE, markdown });
    void workerLife(db, 0).runs.start(id);
    await expect.poll(async () => (await fakeBrowser.storage.local.get()).imageRuns).toHaveLength(1);
    await db.articles.delete(id);
    const next = workerLife(db);
    await next.runs.resumeStopped();
    expect(next.asked).toEqual([]);
    expect(await fakeBrowser.storage.local.get()).toEqual({ imageRuns: [] });
  });

  it('fetches the images even when storage.local cannot be read', async () => {
    const db = openTestDatabase();
    const id = await storeArticle(db, { sourceUrl: PAGE, canonicalUrl: PAGE, markdown });
    const fetchImage = () => Promise.resolve(new Response(sample('photo-400.jpg')));
    const runs = createImageRuns({
      db,
      records: { read: () => Promise.reject(new Error('storage is gone')), write: async () => undefined },
      keep: (articleId) => keepArticleImages(articleId, { db, fetchImage }),
    });
    expect(await runs.start(id)).toMatchObject({ stored: 4 });
  });
});
