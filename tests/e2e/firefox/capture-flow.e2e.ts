import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { DEFAULT_SHORTCUTS } from '../../../lib/shortcuts/default-shortcuts';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { xdotoolKeys } from '../../harness/press-shortcut';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';

const run = promisify(execFile);
const shots = resolve('test-output/screenshots/firefox');
const fixtures = resolve('tests/e2e/fixtures');
const captureKeys = xdotoolKeys(DEFAULT_SHORTCUTS['capture-page']);

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  server = await serveFixtures(fixtures);
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until the store holds exactly `count` articles, and returns them. */
async function waitForArticles(count: number): Promise<StoredArticle[]> {
  let articles: StoredArticle[] = [];
  await expect
    .poll(async () => (articles = await session.storedArticles()).length, { timeout: 15_000 })
    .toBe(count);
  return articles;
}

/** The visible text of `page` once it contains `text`. */
async function waitForText(page: Page, text: string): Promise<string> {
  await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), {}, text);
  return page.evaluate(() => document.body.innerText);
}

describe('Clean Capture in Firefox (firefox-esr, WebDriver BiDi)', () => {
  it('saves the article of a news page with the keyboard shortcut, body and metadata', async () => {
    const page = await session.openPage(server.pageUrl('news-article'));
    await session.pressShortcut(page, captureKeys);
    const [article] = await waitForArticles(1);
    expect(article).toMatchObject({
      title: 'Harbour town votes to rebuild its tidal mill',
      authors: ['Mara Lindqvist'],
      siteName: 'The Coastal Ledger',
      publishedTime: '2026-03-14T08:30:00Z',
      lang: 'en',
      sourceUrl: server.pageUrl('news-article'),
      canonicalUrl: `${server.origin}/2026/03/harbour-tidal-mill`,
    });
    const body = article?.markdown ?? '';
    expect(body).toContain('After forty years of silence, the tidal mill at Kelsby Quay is to turn again.');
    expect(body).toMatch(/^## A turbine where the wheel once stood$/m);
    expect(body).not.toContain('ADVERTISEMENT');
    await expect.poll(async () => (await session.toolbarBadge(page)).text).toBe('✓');
    expect((await session.toolbarBadge(page)).title).toContain(
      'saved "Harbour town votes to rebuild its tidal mill"',
    );
  });

  it('finds the article by a word of its body, with SQLite FTS5 on OPFS as in Chromium', async () => {
    // The first extension page: the harness keeps it open as the tab it opens the others from, so
    // its worker keeps the index (the SAH pool has one owner; the next library tabs list and
    // search titles until it closes).
    const library = await session.openExtensionPage('library.html');
    await library.waitForSelector('main.library[data-search=ready]');
    expect(await library.$eval('main.library', (m) => m.dataset.searchEngine)).toBe('fts5');
    await library.type('input.search', 'kelsby silen');
    await library.waitForFunction(
      () => document.querySelector('main.library')?.getAttribute('data-results-for') === 'kelsby silen',
    );
    expect(await library.$$eval('.list li.row .row-title', (rows) => rows.map((r) => r.textContent))).toEqual(
      ['Harbour town votes to rebuild its tidal mill'],
    );
  });

  it('lists the article in the popup and in the library', async () => {
    const popup = await session.openExtensionPage('popup.html', { width: 380, height: 500 });
    const text = await waitForText(popup, 'Harbour town votes to rebuild its tidal mill');
    expect(text).toMatch(/The Coastal Ledger · .+ · \d+ words/);
    await popup.screenshot({ path: join(shots, 'popup-list.png') });
    // The popup's first screen is kept in Firefox too (written after the capture, or by this popup's check).
    const firstScreen = `browser.storage.local
      .get('popupFirstScreen')
      .then(({ popupFirstScreen }) => popupFirstScreen && popupFirstScreen.rows.map((row) => row.title))`;
    expect(await popup.evaluate(firstScreen)).toEqual(['Harbour town votes to rebuild its tidal mill']);
    await popup.close();

    const library = await session.openExtensionPage('library.html');
    await library.setViewport({ width: 1280, height: 800 });
    await waitForText(library, 'Harbour town votes to rebuild its tidal mill');
    await library.screenshot({ path: join(shots, 'library.png') });

    const [article] = await session.storedArticles();
    await library.evaluate((id) => (location.hash = `article=${id}`), article?.id ?? 0);
    const heading = await library.waitForSelector('article.reader > header h1');
    expect(await heading?.evaluate((h) => h.textContent)).toBe(
      'Harbour town votes to rebuild its tidal mill',
    );
    await waitForText(library, 'After forty years of silence');
    await library.screenshot({ path: join(shots, 'reading.png') });
  });

  it('exports a zip that unzip opens, whose Markdown is the stored capture', async () => {
    const [article] = await waitForArticles(1);
    const popup = await session.openExtensionPage('popup.html', { width: 380, height: 500 });
    await waitForText(popup, 'Harbour town votes to rebuild its tidal mill');
    await (await popup.waitForSelector('::-p-aria(Select all)'))?.click();
    await (await popup.waitForSelector('::-p-text(Export 1 as .zip)'))?.click();
    await waitForText(popup, 'Exported 1 article');
    await popup.close();

    // Firefox writes `name.zip.part` while downloading, with an empty `name.zip` beside it as a
    // placeholder, and moves the part over it when done: the zip is whole once no part is left.
    let zip: string | undefined;
    await expect
      .poll(
        async () => {
          const names = await readdir(session.downloadsPath);
          zip = names.find((name) => /^clean-capture-.*\.zip$/.test(name));
          return zip !== undefined && !names.some((name) => name.endsWith('.part'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const zipPath = join(session.downloadsPath, zip ?? '');
    await run('unzip', ['-t', zipPath]);
    const unpacked = join(session.downloadsPath, 'unpacked');
    await run('unzip', ['-o', '-q', zipPath, '-d', unpacked]);
    const files = (await readdir(unpacked, { recursive: true })).filter(
      (name) => name.endsWith('.md') && name !== 'index.md',
    );
    expect(files).toHaveLength(1);
    const file = await readFile(join(unpacked, files[0] ?? ''), 'utf8');
    expect(file).toMatch(/^---\n/);
    expect(file).toContain(`title: ${article?.title}`);
    expect(file).toContain(article?.canonicalUrl);
    expect(file.endsWith(`${article?.markdown.trim()}\n`)).toBe(true);
  });

  it('exports from the library page too: its worker writes a zip that unzip tests clean', async () => {
    const before = new Set(await readdir(session.downloadsPath));
    const library = await session.openExtensionPage('library.html');
    await library.setViewport({ width: 1280, height: 800 });
    await waitForText(library, 'Harbour town votes to rebuild its tidal mill');
    await (await library.waitForSelector('::-p-aria(Export 1 shown)'))?.click();
    await waitForText(library, 'Exported 1 article');
    let zip: string | undefined;
    await expect
      .poll(
        async () => {
          const names = await readdir(session.downloadsPath);
          zip = names.find((name) => !before.has(name) && /^clean-capture-.*\.zip$/.test(name));
          return zip !== undefined && !names.some((name) => name.endsWith('.part'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const { stdout } = await run('unzip', ['-l', join(session.downloadsPath, zip ?? '')]);
    expect(stdout).toMatch(/harbour-town-votes-to-rebuild-its-tidal-mill\.md/);
    await run('unzip', ['-t', join(session.downloadsPath, zip ?? '')]);
    await library.close();
  });

  it.each([
    ['an about: page', 'about:robots', /browsers do not let extensions read it/],
    ['the Firefox add-ons site', 'https://addons.mozilla.org/en-US/firefox/', /the Firefox add-ons site/],
  ])('refuses %s with a clear reason on the badge and stores nothing', async (_, url, reason) => {
    const page = await session.openPage(url);
    await session.pressShortcut(page, captureKeys);
    await expect.poll(async () => (await session.toolbarBadge(page)).text, { timeout: 10_000 }).toBe('!');
    expect((await session.toolbarBadge(page)).title).toMatch(reason);
    expect(await session.storedArticles()).toHaveLength(1);
  });
});
