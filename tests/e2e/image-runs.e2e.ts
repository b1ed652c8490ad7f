import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { imagesSettled } from './e2e-helpers';

// The worker's image fetching over its lifetime, in real Chromium on the production build: a
// capture whose images are still on their way when the browser stops the service worker, and
// "Capture again" on a page whose pictures changed.

const samples = resolve('tests/images/samples');

let site: FixtureServer;
let session: ExtensionSession;
/**
 * The worker's requests for held images wait here until `release()`; the server answers the others,
 * and the page's own (which send a Referer; the worker's fetch sends none), at once.
 */
let held: Array<() => void> = [];
let holding = true;
let recaptureVersion = 1;

const image =
  (name: string, hold = false) =>
  (request: IncomingMessage, response: ServerResponse) => {
    const send = () =>
      void readFile(join(samples, name)).then((body) =>
        response.writeHead(200, { 'content-type': 'image/jpeg' }).end(body),
      );
    if (hold && holding && !request.headers.referer) held.push(send);
    else send();
  };

function release(): void {
  holding = false;
  for (const send of held) send();
  held = [];
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells how the harbour works through the winter, who keeps the boats and what the tides allow, in enough words to read as prose.</p>`;

function articlePage(title: string, images: string[]): string {
  const body = images.map((src, i) => `${paragraph(i)}<img src="${src}" alt="Picture ${i}">`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}${paragraph(99)}</article></main></body></html>`;
}

const html = (page: () => string) => (_request: unknown, response: ServerResponse) =>
  void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());

const sha256 = async (name: string) =>
  createHash('sha256')
    .update(await readFile(join(samples, name)))
    .digest('hex');

/** The keys of the images table, read from the extension's own IndexedDB. */
async function storedImageHashes(page: Page): Promise<string[]> {
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('clean-capture');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('images').objectStore('images').getAllKeys();
          all.onsuccess = () => done(all.result.map(String));
          all.onerror = () => fail(all.error);
        };
      }),
  );
  return keys.toSorted();
}

/** The reading view of an article, once its images have loaded: their addresses and widths. */
async function readingViewImages(articleId: number | undefined) {
  const page = await session.openExtensionPage(`library.html#article=${articleId}`, {
    width: 1000,
    height: 900,
  });
  await page.locator('.reader-body').waitFor();
  await imagesSettled(page);
  const shown = await page.$$eval('.reader-body img', (all) =>
    all.map((img) => ({ src: img.getAttribute('src') ?? '', width: (img as HTMLImageElement).naturalWidth })),
  );
  const missing = await page.locator('.reader-body .image-missing').count();
  return { page, shown, missing };
}

beforeAll(async () => {
  site = await serveFixtures(samples, {
    '/gallery/': html(() =>
      articlePage('Winter on the harbour', ['/img/a.jpg', '/img/b.jpg', '/img/c.jpg', '/img/d.webp']),
    ),
    '/img/a.jpg': image('lead-640.jpg'),
    '/img/b.jpg': image('photo-400.jpg'),
    '/img/c.jpg': image('photo-1200.jpg', true),
    '/img/d.webp': image('chart.webp', true),
    '/shelf/': html(() =>
      articlePage('The net loft reopens', ['/img2/a.jpg', '/img2/b.jpg', '/img2/c.jpg', '/img2/d.webp']),
    ),
    '/img2/a.jpg': image('lead-640.jpg'),
    '/img2/b.jpg': image('photo-400.jpg'),
    '/img2/c.jpg': image('photo-1200.jpg', true),
    '/img2/d.webp': image('chart.webp', true),
    '/recapture/': html(() =>
      articlePage(
        'The ferry timetable changes',
        recaptureVersion === 1 ? ['/pics/old.png', '/pics/kept.jpg'] : ['/pics/kept.jpg', '/pics/new.jpg'],
      ),
    ),
    '/pics/old.png': image('lazy.png'),
    '/pics/kept.jpg': image('lead-640.jpg'),
    '/pics/new.jpg': image('photo-400.jpg'),
  });
  session = await launchExtension();
}, 90_000);

afterAll(async () => {
  await session?.close();
  await site?.close().catch(() => undefined);
});

describe('image fetching over the worker’s life', () => {
  it('"Capture again" replaces the article’s images and frees the one no article shows any more', async () => {
    const page = await session.openPage(`${site.origin}/recapture/`);
    const first = await session.clickToolbarButton(page);
    await first.waitForText('Saved “The ferry timetable changes”');
    await first.waitForText('Images: 2 kept offline.', 20_000);
    await first.close();
    const library = await session.openExtensionPage('library.html');
    expect(await storedImageHashes(library)).toEqual(
      [await sha256('lazy.png'), await sha256('lead-640.jpg')].toSorted(),
    );

    recaptureVersion = 2;
    await page.reload();
    const again = await session.clickToolbarButton(page);
    await again.waitForText('Already saved');
    await again.clickButton('Capture again');
    await again.waitForText('Updated “The ferry timetable changes”');
    await again.waitForText('Images: 2 kept offline.', 20_000);
    await again.close();
    expect(await storedImageHashes(library)).toEqual(
      [await sha256('lead-640.jpg'), await sha256('photo-400.jpg')].toSorted(),
    );
    await library.close();

    const [article] = await session.storedArticles();
    expect(article?.markdown).not.toContain('old.png');
    const view = await readingViewImages(article?.id);
    expect(view.missing).toBe(0);
    expect(view.shown).toHaveLength(2);
    for (const shown of view.shown) {
      expect(shown.src).toMatch(/^blob:chrome-extension:\/\//);
      expect(shown.width).toBeGreaterThan(0);
    }
    await view.page.close();
    await page.close();
  });

  it('the worker stopped mid-fetch: the open popup gets it going again and every image is kept', async () => {
    const page = await session.openPage(`${site.origin}/gallery/`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saved “Winter on the harbour”');
    await popup.waitForText('Saving images: 2 of 4', 20_000);
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);

    // What Chrome does to an idle or updated extension: the worker goes, its fetches with it.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    release();

    const text = await popup.waitForText(/Images: \d+ kept offline/, 30_000);
    expect(text).toContain('Images: 4 kept offline.');
    await popup.close();
    // The worker's requests: the held images asked again by the resumed run (the first answers went
    // nowhere), the ones stored before the stop not asked again.
    const byWorker = site.requests.filter((r) => r.referer === undefined).map((r) => r.path);
    expect(byWorker.filter((path) => path === '/img/c.jpg')).toHaveLength(2);
    expect(byWorker.filter((path) => path === '/img/a.jpg')).toHaveLength(1);

    const articles = await session.storedArticles();
    const gallery = articles.find((a) => a.title === 'Winter on the harbour');
    const view = await readingViewImages(gallery?.id);
    expect(view.missing).toBe(0);
    expect(view.shown).toHaveLength(4);
    expect(view.shown.every((shown) => shown.width > 0)).toBe(true);
    await view.page.close();
    await page.close();
  });

  it('the worker stopped with the popup closed: opening the article gets it going again', async () => {
    holding = true;
    const page = await session.openPage(`${site.origin}/shelf/`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saving images: 2 of 4', 20_000);
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The images stay held until the reading view has shown them missing: the worker may be woken
    // before the reader asks (the search indexer's report of its pass after this capture wakes it),
    // and a run it resumed then must not finish first.

    // Found from the library page itself: the harness's own look-ups would start the worker.
    const reader = await session.openExtensionPage('library.html', { width: 1000, height: 900 });
    const id = await reader.evaluate(
      (title) =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('clean-capture');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () =>
              done((all.result as { id: number; title: string }[]).find((a) => a.title === title)?.id ?? 0);
            all.onerror = () => fail(all.error);
          };
        }),
      'The net loft reopens',
    );
    await reader.evaluate((article) => (location.hash = `article=${article}`), id);
    await reader.locator('.reader-body').waitFor();
    expect(await reader.locator('.reader-body .image-missing').count()).toBeGreaterThan(0);
    release();
    await expect.poll(() => reader.locator('.reader-body img').count(), { timeout: 30_000 }).toBe(4);
    await imagesSettled(reader);
    const widths = await reader.$$eval('.reader-body img', (all) =>
      all.map((img) => (img as HTMLImageElement).naturalWidth),
    );
    expect(widths.every((width) => width > 0)).toBe(true);
    expect(await reader.locator('.reader-body .image-missing').count()).toBe(0);
    await reader.close();
    await page.close();
  });
});
