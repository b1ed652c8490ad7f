import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../lib/format/format-bytes';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { imagesSettled, waitForArticles } from './e2e-helpers';

// A news page whose images sit on its own origin and on a second one (another port, no CORS
// headers), captured in real Chromium from the production build. Then both servers stop, and the
// library's reading view must show every stored image from the extension alone.

const fixtures = resolve('tests/e2e/fixtures');
const samples = resolve('tests/images/samples');
const TITLE = 'Lighthouse keepers return to Skerry Point';

let site: FixtureServer;
let cdn: FixtureServer;
let session: ExtensionSession;

const file = (path: string, type: string) => (_request: unknown, response: ServerResponse) =>
  void readFile(path).then((body) => response.writeHead(200, { 'content-type': type }).end(body));

beforeAll(async () => {
  cdn = await serveFixtures(samples, {
    '/cdn-photo.jpg': file(join(samples, 'photo-400.jpg'), 'image/jpeg'),
    '/chart-fallback.png': file(join(samples, 'lazy.png'), 'image/png'),
  });
  site = await serveFixtures(fixtures, {
    '/offline-images/': (_request, response, origin) =>
      void readFile(join(fixtures, 'offline-images/source.html'), 'utf8').then((html) =>
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(html.replaceAll('{{OTHER}}', cdn.origin).replaceAll('{{ORIGIN}}', origin)),
      ),
    ...Object.fromEntries(
      ['lead-640.jpg', 'photo-400.jpg', 'photo-1200.jpg', 'pixel.png'].map((name) => [
        `/img/${name}`,
        file(join(samples, name), name.endsWith('.png') ? 'image/png' : 'image/jpeg'),
      ]),
    ),
    // A real picture named like a lazy loader's stand-in: kept, since its bytes say it is one.
    '/img/lazy.png': file(join(samples, 'lazy.png'), 'image/png'),
    '/img/drawing.svg': file(join(fixtures, 'offline-images/drawing.svg'), 'image/svg+xml'),
    // A "JPEG" by its name and Content-Type that is really a sign-in page.
    '/img/photo.jpg': (_request, response) =>
      void response
        .writeHead(200, { 'content-type': 'image/jpeg' })
        .end('<!doctype html><title>Sign in</title>'),
  });
  session = await launchExtension();
}, 90_000);

afterAll(async () => {
  await session?.close();
  await site?.close().catch(() => undefined);
  await cdn?.close().catch(() => undefined);
});

describe('images kept offline', () => {
  it('stores the page’s own images at capture and says which wait for permission, which failed and why', async () => {
    const page = await session.openPage(`${site.origin}/offline-images/`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText(`Saved “${TITLE}”`);
    const text = await popup.waitForText(/Images: \d+ kept offline/, 20_000);
    expect(text).toContain('Images: 4 kept offline, 2 not kept, 2 on other sites.');
    expect(text).toContain(
      `Not an image (its bytes are no PNG, JPEG, GIF, WebP, AVIF or SVG). ${site.origin}/img/photo.jpg`,
    );
    expect(text).toContain(`Skipped: a 1×1 spacer or tracking pixel. ${site.origin}/img/pixel.png`);
    expect(text).toContain('2 images are on other sites. Allow Clean Capture to fetch images from any site');
    expect(text).toContain('Keep images from other sites offline');
    // The refusal path: Chromium under automation turns the request down (nobody answers the
    // prompt, and a click sent over CDP is no user gesture). The text stays saved, the images links.
    await popup.clickButton('Keep images from other sites offline');
    const refused = await popup.waitForText('Not allowed:');
    expect(refused).toContain(
      'Not allowed: the text is saved, and images from other sites stay links to those sites.',
    );
    expect(refused).not.toContain('Keep images from other sites offline');
    expect(refused).toContain('Images: 4 kept offline, 2 not kept, 2 on other sites.');
    await popup.close();
    await page.close();

    const [article] = await waitForArticles(session, 1);
    const markdown = article?.markdown ?? '';
    // The stored text keeps the original addresses: srcset resolved to its largest candidate, the
    // lazy image to its data-src.
    expect(markdown).toContain(`(${site.origin}/img/photo-1200.jpg)`);
    expect(markdown).toContain(`(${site.origin}/img/lazy.png)`);
    expect(markdown).toContain(`(${cdn.origin}/cdn-photo.jpg)`);
    expect(site.requests.map((r) => r.path)).not.toContain('/svg-script-ran');
  });

  it('with both servers stopped, the reading view shows every stored image and makes no request', async () => {
    await site.close();
    await cdn.close();
    const requests: string[] = [];
    session.context.on('request', (request) => void requests.push(request.url()));
    const [article] = await session.storedArticles();
    const page = await session.openExtensionPage(`library.html#article=${article?.id}`, {
      width: 1000,
      height: 900,
    });
    await page.locator('.reader-body').waitFor();
    await imagesSettled(page);
    const images = await page.$$eval('.reader-body img', (all) =>
      all.map((img) => ({
        src: img.getAttribute('src') ?? '',
        width: (img as HTMLImageElement).naturalWidth,
      })),
    );
    expect(images).toHaveLength(4);
    for (const image of images) {
      expect(image.src).toMatch(/^blob:chrome-extension:\/\//);
      expect(image.width).toBeGreaterThan(0);
    }
    const placeholders = await page.locator('.reader-body .image-missing').allInnerTexts();
    expect(placeholders).toHaveLength(3);
    expect(placeholders.join('\n')).toContain(`${cdn.origin}/cdn-photo.jpg`);
    expect(placeholders.join('\n')).toContain(`${site.origin}/img/photo.jpg`);
    // The SVG (its script would fetch /svg-script-ran) is shown, through <img>, which runs no script.
    expect(await page.$$eval('.reader-body img[alt="A drawing of the lens"]', (all) => all.length)).toBe(1);
    expect(requests.filter((url) => url.includes('svg-script-ran'))).toEqual([]);
    const fixtureOrigins = [site.origin, cdn.origin];
    expect(requests.filter((url) => fixtureOrigins.some((origin) => url.startsWith(origin)))).toEqual([]);
    await page.close();
  });

  it('shows the storage the images take in the library, freed by a delete and back with Undo', async () => {
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 900 });
    const line = page.locator('.storage-usage');
    await line.waitFor();
    // What the images table really holds, read from the extension's own IndexedDB.
    const stored = await page.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('clean-capture');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('images').objectStore('images').getAll();
            all.onsuccess = () => resolve((all.result as { size: number }[]).map((image) => image.size));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(stored).toHaveLength(4);
    const bytes = stored.reduce((sum, size) => sum + size, 0);
    await expect.poll(() => line.innerText()).toContain(`images ${formatBytes(bytes)} (4 images)`);
    expect(await line.innerText()).toMatch(
      /^Storage: [\d.]+ [KM]?B — articles [\d.]+ KB · images .* · search index /,
    );

    await page.locator('.list li.row input[type=checkbox]').first().click();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => line.innerText()).toContain('articles 0 B · images 0 B (0 images)');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => line.innerText()).toContain(`images ${formatBytes(bytes)} (4 images)`);
    await page.close();
  });
});
