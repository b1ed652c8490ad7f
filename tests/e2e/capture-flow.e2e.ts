import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, openPopupInTab, waitForArticles } from './e2e-helpers';

const run = promisify(execFile);
const shots = resolve('test-output/screenshots');
const downloads = resolve('test-output/downloads');
const fixtures = resolve('tests/e2e/fixtures');

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  await rm(downloads, { recursive: true, force: true });
  await mkdir(downloads, { recursive: true });
  server = await serveFixtures(fixtures);
  // Headed (on a private Xvfb display when there is none): keyboard shortcuts need a real window.
  session = await launchExtension({ headed: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Clean Capture in Chromium', () => {
  it('saves the article of a news page when the toolbar button is clicked', async () => {
    const page = await session.openPage(server.pageUrl('news-article'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saved “Harbour town votes to rebuild its tidal mill”');
    await popup.screenshot(join(shots, 'popup-after-toolbar-capture.png'));
    await popup.close();

    const [article] = await waitForArticles(session, 1);
    expect(article).toMatchObject({
      title: 'Harbour town votes to rebuild its tidal mill',
      authors: ['Mara Lindqvist'],
      siteName: 'The Coastal Ledger',
      publishedTime: '2026-03-14T08:30:00Z',
      lang: 'en',
      sourceUrl: server.pageUrl('news-article'),
      canonicalUrl: `${server.origin}/2026/03/harbour-tidal-mill`,
    });
    expect(article?.wordCount).toBeGreaterThan(250);
    const body = article?.markdown ?? '';
    expect(body).toContain('After forty years of silence, the tidal mill at Kelsby Quay is to turn again.');
    expect(body).toMatch(/^## A turbine where the wheel once stood$/m);
    expect(body).toMatch(/^> The tide comes in whether we use it or not\./m);
    expect(body).toMatch(/^[-*] +apprenticeships in stonework and millwrighting,$/m);
    expect(body).toContain('The mill will open to visitors on the first Saturday of each month');
    for (const junk of [
      'ADVERTISEMENT',
      'Subscribe today',
      'FirstPoster99',
      'All rights reserved',
      'Cookie settings',
    ]) {
      expect(body).not.toContain(junk);
    }
  });

  it('saves a second article with the keyboard shortcut and shows success on the badge', async () => {
    const page = await session.openPage(server.pageUrl('second-article'));
    await session.pressShortcut(page, 'alt+shift+k');
    const articles = await waitForArticles(session, 2);
    const ferry = byTitle(articles, 'Night ferry returns after winter refit');
    expect(ferry.authors).toEqual(['Tomas Reyes']);
    expect(ferry.markdown).toContain('resumed sailing on Tuesday after a four-month refit');
    expect(ferry.markdown).not.toContain('Cheap car insurance');
    // The outcome shows once the background has noted it (a settings write after the article's
    // save), then its title: until then the badge still says "…", as the Firefox test waits too.
    await expect.poll(async () => (await session.toolbarBadge()).text).toBe('✓');
    await expect
      .poll(async () => (await session.toolbarBadge()).title)
      .toContain('saved "Night ferry returns after winter refit"');
  });

  it('lists both articles in the popup, newest first, with site, date and length', async () => {
    const popup = await openPopupInTab(session);
    const rows = popup.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).innerText()).toContain('Night ferry returns after winter refit');
    const first = await rows.nth(0).innerText();
    expect(first).toMatch(/The Coastal Ledger · .+ · \d+ words/);
    expect(await rows.nth(1).innerText()).toContain('Harbour town votes to rebuild its tidal mill');
    expect(await popup.getByRole('heading', { name: 'Clean Capture' }).isVisible()).toBe(true);
    await popup.screenshot({ path: join(shots, 'popup-list.png') });
    await popup.close();
  });

  it('exports the selected articles as a zip that unzip opens, one Markdown file per article', async () => {
    const popup = await openPopupInTab(session);
    await popup.getByLabel('Select all').check();
    const downloadEvent = popup.waitForEvent('download');
    await popup.getByRole('button', { name: /Export/ }).click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/^clean-capture-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(await download.failure()).toBeNull();
    const zipPath = join(downloads, download.suggestedFilename());
    await download.saveAs(zipPath);
    await popup.getByText(/Exported 2 articles/).waitFor();
    await popup.screenshot({ path: join(shots, 'popup-export-done.png') });
    await popup.close();

    await run('unzip', ['-t', zipPath]);
    const unpacked = join(downloads, 'unpacked');
    await run('unzip', ['-o', '-q', zipPath, '-d', unpacked]);
    const files = (await readdir(unpacked, { recursive: true })).filter(
      (f) => f.endsWith('.md') && f !== 'index.md',
    );
    expect(files).toHaveLength(2);
    const texts = await Promise.all(files.map((f) => readFile(join(unpacked, f), 'utf8')));
    for (const article of await session.storedArticles()) {
      const file = texts.find((text) => text.includes(article.markdown.trim()));
      expect(file, `a file holds the body of "${article.title}"`).toBeDefined();
      expect(file).toMatch(/^---\n/);
      expect(file).toContain(article.title);
      expect(file).toContain(article.canonicalUrl);
    }
  });

  it('reports a page saved before and replaces it in place on "Capture again"', async () => {
    const before = byTitle(await session.storedArticles(), 'Harbour town votes to rebuild its tidal mill');
    const page = await session.openPage(server.pageUrl('news-article'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Already saved');
    await popup.screenshot(join(shots, 'popup-already-saved.png'));
    expect(await waitForArticles(session, 2)).toHaveLength(2);

    await popup.clickButton('Capture again');
    await popup.waitForText('Updated “Harbour town votes to rebuild its tidal mill”');
    await popup.close();
    const after = await waitForArticles(session, 2);
    const copies = after.filter((a) => a.canonicalUrl === before.canonicalUrl);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.id).toBe(before.id);
    expect(Date.parse(copies[0]?.capturedAt ?? '')).toBeGreaterThan(Date.parse(before.capturedAt));
    expect(copies[0]?.markdown).toBe(before.markdown);
  });

  it('refuses a browser page with a clear message and stores nothing', async () => {
    const page = await session.openPage('chrome://version');
    const popup = await session.clickToolbarButton(page);
    const text = await popup.waitForText('Not saved.');
    expect(text).toMatch(/browsers do not let extensions read it/);
    await popup.screenshot(join(shots, 'popup-restricted-page.png'));
    await popup.close();
    expect(await waitForArticles(session, 2)).toHaveLength(2);
  });

  it('remembers a failed shortcut capture: red badge with the reason, then a notice in the popup', async () => {
    const page = await session.openPage('chrome://version');
    await session.pressShortcut(page, 'alt+shift+k');
    await expect.poll(async () => (await session.toolbarBadge()).text, { timeout: 10_000 }).toBe('!');
    expect((await session.toolbarBadge()).title).toMatch(
      /not saved\. .*browsers do not let extensions read it/,
    );

    const article = await session.openPage(server.pageUrl('second-article'));
    const popup = await session.clickToolbarButton(article);
    await popup.waitForText('The last keyboard-shortcut capture failed');
    const text = await popup.waitForText('Already saved');
    expect(text).toMatch(/failed: .*browsers do not let extensions read it/);
    await popup.close();
  });

  it('offers to save the whole page when a page is not an article', async () => {
    const page = await session.openPage(server.pageUrl('link-list'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('does not look like an article');
    expect(await waitForArticles(session, 2)).toHaveLength(2);
    await popup.screenshot(join(shots, 'popup-not-an-article.png'));
    await popup.clickButton('Save whole page anyway');
    await popup.waitForText('Saved “The Coastal Ledger — Latest headlines”');
    await popup.close();
    const saved = byTitle(await waitForArticles(session, 3), 'The Coastal Ledger — Latest headlines');
    expect(saved.markdown).toContain('Night ferry returns after winter refit');
  });
});
