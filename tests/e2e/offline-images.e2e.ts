import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../lib/format/format-bytes';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { must } from '../harness/must';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { chooseZip, exportAll, imagesSettled, waitForArticles } from './e2e-helpers';

// A news page whose images sit on its own origin and on a second one (another port, no CORS
// headers), captured in real Chromium from the production build. Then both servers stop, and the
// library's reading view must show every stored image from the extension alone.

const fixtures = resolve('tests/e2e/fixtures');
const samples = resolve('tests/images/samples');
const TITLE = 'Lighthouse keepers return to Skerry Point';

const OUT = resolve('test-output/offline-images');

let site: FixtureServer;
let cdn: FixtureServer;
let session: ExtensionSession;
let restored: ExtensionSession | undefined;

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
  await restored?.close();
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

const unzipList = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort();
const unzipFile = (zip: string, name: string) =>
  execFileSync('unzip', ['-p', zip, name], { maxBuffer: 64 * 1024 * 1024 });
const manifestOf = (zip: string) =>
  JSON.parse(unzipFile(zip, 'manifest.json').toString('utf8')) as ExportManifest;

describe('images in an export', () => {
  const first = join(OUT, 'first.zip');
  const second = join(OUT, 'second.zip');

  it('writes each stored image to assets/, which the unzipped Markdown links and finds', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 900 });
    const choice = page.getByLabel('Keep image links remote (text-only zip)');
    expect(await choice.isChecked()).toBe(false);
    await exportAll(page, first);
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toContain('Exported 1 article with 4 images.');
    await page.close();

    expect(execFileSync('unzip', ['-t', first], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const folder = join(OUT, 'first');
    execFileSync('unzip', ['-o', '-q', '-d', folder, first]);
    const manifest = manifestOf(first);
    expect(manifest.assets).toHaveLength(4);
    const markdown = readFileSync(join(folder, manifest.articles[0]?.file ?? ''), 'utf8');
    const links = [...markdown.matchAll(/!\[[^\]]*\]\((assets\/[0-9a-f]{64}\.\w+)/g)].map((m) => m[1] ?? '');
    expect(new Set(links).size).toBe(4);
    for (const link of links) expect(existsSync(join(folder, link)), link).toBe(true);
    // What was not stored keeps its address: the CDN photo nobody allowed, the HTML "JPEG".
    expect(markdown).toContain(`(${cdn.origin}/cdn-photo.jpg)`);
    expect(markdown).toContain(`(${site.origin}/img/photo.jpg)`);
  });

  it('restores them into a fresh browser, shown offline, and exports the same files again', async () => {
    restored = await launchExtension();
    const requests: string[] = [];
    restored.context.on('request', (request) => void requests.push(request.url()));
    const library = await restored.openExtensionPage('library.html', { width: 1000, height: 900 });
    await library.locator('.empty').waitFor();
    await chooseZip(library, first);
    const dialog = library.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    expect(await dialog.locator('.import-source').innerText()).toContain(
      'and 4 images, each checked against the manifest’s SHA-256',
    );
    await dialog.getByRole('button', { name: 'Import 1 new' }).click();
    await expect.poll(() => library.locator('.notice').innerText()).toContain('Imported 1 new article.');
    const [article] = await restored.storedArticles();
    // The stored text keeps the original addresses, as a capture stores it.
    expect(article?.markdown).toContain(`(${site.origin}/img/photo-1200.jpg)`);

    const reader = await restored.openExtensionPage(`library.html#article=${article?.id}`, {
      width: 1000,
      height: 900,
    });
    await reader.locator('.reader-body').waitFor();
    await imagesSettled(reader);
    const widths = await reader.$$eval('.reader-body img', (all) =>
      all.map((img) =>
        img.getAttribute('src')?.startsWith('blob:') ? (img as HTMLImageElement).naturalWidth : 0,
      ),
    );
    expect(widths).toHaveLength(4);
    for (const width of widths) expect(width).toBeGreaterThan(0);
    expect(
      requests.filter((url) => [site.origin, cdn.origin].some((origin) => url.startsWith(origin))),
    ).toEqual([]);
    await reader.close();

    await exportAll(library, second);
    const names = unzipList(first);
    expect(unzipList(second)).toEqual(names);
    const files = names.filter((name) => name !== 'manifest.json' && name !== 'index.md');
    expect(files.filter((name) => name.startsWith('assets/'))).toHaveLength(4);
    for (const name of files) expect(unzipFile(second, name).equals(unzipFile(first, name)), name).toBe(true);
    // Only the export time and the local ids may differ.
    const portable = (m: ExportManifest) => ({
      ...m,
      exportedAt: '',
      articles: m.articles.map((a) => ({ ...a, id: 0 })),
    });
    expect(portable(manifestOf(second))).toEqual(portable(manifestOf(first)));
    await library.close();
  });

  it('keeps image links remote when asked, from the keyboard, and remembers the choice', async () => {
    const page = await must(restored).openExtensionPage('library.html', { width: 1000, height: 900 });
    const choice = page.getByLabel('Keep image links remote (text-only zip)');
    await choice.focus();
    await page.keyboard.press('Space');
    expect(await choice.isChecked()).toBe(true);
    const zip = join(OUT, 'remote.zip');
    await exportAll(page, zip);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('image links kept remote');
    expect(unzipList(zip).filter((name) => name.startsWith('assets/'))).toEqual([]);
    const manifest = manifestOf(zip);
    expect(unzipFile(zip, manifest.articles[0]?.file ?? '').toString('utf8')).toContain(
      `(${site.origin}/img/photo-1200.jpg)`,
    );
    await page.reload();
    await expect.poll(() => choice.isChecked()).toBe(true);
    await page.close();
  });
});
