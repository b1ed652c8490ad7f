import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus, StoredArticle } from '../../../lib/article';
import type { ExportManifest } from '../../../lib/export/export-manifest';
import { seedArticles } from '../../bench/seed-store';
import { makeStoredArticle } from '../../articles/article-factory';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { chooseZip, exportAll, listedTitles, openPopupInTab } from '../e2e-helpers';

// Read, archive and progress in real Chromium with the built extension (`npm run build` first):
// the views by state in the library and the popup, archive with Undo, reading to the end, progress
// kept across a reopen, and states and progress through an export into a fresh browser.

const OUT = 'test-output/reading';
const SHOTS = 'test-output/screenshots';

const paragraph = (n: number) =>
  `Paragraph ${n} of the long read walks the harbour wall from the mill to the lighthouse and back, ` +
  'counting the boats that came in with the tide and the gulls that followed them home again. '.repeat(3);
const longBody = (topic: string) =>
  Array.from({ length: 6 }, (_, s) =>
    [`## ${topic} part ${s + 1}`, ...Array.from({ length: 8 }, (_, p) => paragraph(s * 8 + p))].join('\n\n'),
  ).join('\n\n');

const article = (id: number, title: string, status: ArticleStatus, long: boolean, progress = 0) =>
  makeStoredArticle({
    id,
    title,
    status,
    progress,
    tags: [],
    wordCount: long ? 2600 : 40,
    readingMinutes: long ? 11 : 1,
    markdown: long ? longBody(title) : `A short note about ${title}.`,
  });

const ARTICLES: StoredArticle[] = [
  article(1, 'Tides', 'unread', true),
  article(2, 'Lighthouses', 'unread', true),
  article(3, 'Gulls', 'unread', false),
  article(4, 'Boats', 'read', false, 1),
  article(5, 'Harbours', 'archived', true, 0.42),
];

const sessions: ExtensionSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
});

async function openLibrary(colorScheme: 'light' | 'dark' = 'light') {
  const session = await launchExtension();
  sessions.push(session);
  const page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
  await page.emulateMedia({ colorScheme });
  await page.locator('.empty, .list li.row').first().waitFor();
  return { session, page };
}

const stateOf = async (session: ExtensionSession, title: string) => {
  const found = (await session.storedArticles()).find((a) => a.title === title);
  return found && { status: found.status, progress: found.progress };
};
const view = (page: Page, name: RegExp) =>
  page.getByRole('radiogroup', { name: 'Reading state' }).getByRole('radio', { name });
const openArticle = async (page: Page, title: string) => {
  await page.locator('.list li.row .row-title', { hasText: title }).click();
  await page.locator('.reader h1', { hasText: title }).waitFor();
};

describe('reading state in the library', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openLibrary());
    await seedArticles(page, ARTICLES);
    await page.reload();
    await page.locator('.list li.row').first().waitFor();
  });

  it('shows unread articles first, and each state on its own', async () => {
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses', 'Tides']);
    expect(await view(page, /^Unread/).getAttribute('aria-checked')).toBe('true');
    await view(page, /^Read/).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Boats']);
    await view(page, /^Archived/).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Harbours']);
    // A thin bar shows how far it was read.
    expect(await page.locator('.row .row-progress').getAttribute('aria-valuenow')).toBe('42');
    await view(page, /^All/).click();
    await expect.poll(() => listedTitles(page)).toHaveLength(5);
    await view(page, /^Unread/).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses', 'Tides']);
    // One Tab stop; the arrow keys move the choice.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => listedTitles(page)).toEqual(['Boats']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-status'))).toBe('read');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses', 'Tides']);
  });

  it('archives with one click, and Undo brings the article back', async () => {
    await page.getByRole('button', { name: 'Archive “Gulls”' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Lighthouses', 'Tides']);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Archived 1 article.');
    expect(await stateOf(session, 'Gulls')).toEqual({ status: 'archived', progress: 0 });
    await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses', 'Tides']);
    expect(await stateOf(session, 'Gulls')).toEqual({ status: 'unread', progress: 0 });
  });

  it('archives the active row with the e key', async () => {
    await page
      .locator('.list li.row')
      .first()
      .click({ position: { x: 600, y: 40 } });
    await page.keyboard.press('e');
    await expect.poll(() => stateOf(session, 'Gulls')).toEqual({ status: 'archived', progress: 0 });
    await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses', 'Tides']);
  });

  it('reopens an article where the reader left it, and the list shows the bar', async () => {
    await openArticle(page, 'Lighthouses');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect
      .poll(async () => (await stateOf(session, 'Lighthouses'))?.progress ?? 0)
      .toBeGreaterThan(0.4);
    const left = await page.evaluate(() => window.scrollY);
    const stored = await stateOf(session, 'Lighthouses');
    expect(stored?.status).toBe('unread');
    await page.keyboard.press('Escape');
    await page.locator('.list li.row').first().waitFor();
    const bar = page.locator('.row[data-status=unread]', { hasText: 'Lighthouses' }).locator('.row-progress');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(Math.round((stored?.progress ?? 0) * 100));
    await openArticle(page, 'Lighthouses');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left - 40);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(left + 40);
    await page.keyboard.press('Escape');
  });

  it('marks an article read once it is scrolled to the end', async () => {
    await openArticle(page, 'Tides');
    expect(await stateOf(session, 'Tides')).toEqual({ status: 'unread', progress: 0 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => stateOf(session, 'Tides')).toEqual({ status: 'read', progress: 1 });
    await expect.poll(() => page.locator('.reader-mark').innerText()).toBe('Mark as unread');
    await page.keyboard.press('Escape');
    await expect.poll(() => listedTitles(page)).toEqual(['Gulls', 'Lighthouses']);
  });

  it('marks an article that fits on one screen read as soon as it is opened', async () => {
    const short = await openLibrary();
    await seedArticles(short.page, [article(1, 'Pebbles', 'unread', false)]);
    await short.page.reload();
    await openArticle(short.page, 'Pebbles');
    await expect.poll(() => stateOf(short.session, 'Pebbles')).toEqual({ status: 'read', progress: 1 });
    await expect.poll(() => short.page.locator('.reader-mark').innerText()).toBe('Mark as unread');
    await short.page.keyboard.press('Escape');
    await short.page.locator('.empty').waitFor();
  });

  it('exports states and progress, and a fresh browser imports them back', async () => {
    await view(page, /^All/).click();
    await expect.poll(() => listedTitles(page)).toHaveLength(5);
    const zip = `${OUT}/states.zip`;
    await exportAll(page, zip);
    const unzip = (name: string) => execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' });
    const manifest = JSON.parse(unzip('manifest.json')) as ExportManifest;
    const expected = new Map(
      (await session.storedArticles()).map((a) => [a.title, { status: a.status, progress: a.progress }]),
    );
    expect(
      new Map(manifest.articles.map((a) => [a.title, { status: a.status, progress: a.progress }])),
    ).toEqual(expected);
    const harbours = manifest.articles.find((a) => a.title === 'Harbours');
    expect(unzip(harbours?.file ?? '')).toMatch(/\nstatus: archived\nprogress: 0.42\n---\n/);
    const gulls = manifest.articles.find((a) => a.title === 'Gulls');
    expect(unzip(gulls?.file ?? '')).not.toMatch(/^(status|progress):/m);

    const fresh = await openLibrary();
    expect(await fresh.session.storedArticles()).toEqual([]);
    await chooseZip(fresh.page, zip);
    const dialog = fresh.page.locator('.import-dialog[data-step=preview]');
    await dialog.getByRole('button', { name: 'Import 5 new' }).click();
    await expect.poll(() => fresh.page.locator('.notice').innerText()).toContain('Imported 5 new articles.');
    const restored = new Map(
      (await fresh.session.storedArticles()).map((a) => [
        a.title,
        { status: a.status, progress: a.progress },
      ]),
    );
    expect(restored).toEqual(expected);
    await expect.poll(() => listedTitles(fresh.page)).toEqual(['Gulls', 'Lighthouses']);
  });

  it('filters the popup’s newest articles by state, unread first', async () => {
    const popup = await openPopupInTab(session);
    const rows = () =>
      popup.getByRole('list', { name: 'Saved articles' }).locator('li .row__title').allInnerTexts();
    await expect.poll(rows).toEqual(['Gulls', 'Lighthouses']);
    await view(popup, /^Archived/).click();
    await expect.poll(rows).toEqual(['Harbours']);
    await view(popup, /^Read/).click();
    await expect.poll(rows).toEqual(['Boats', 'Tides']);
    await popup.close();
  });
});
