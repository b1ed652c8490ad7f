import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { seedArticles } from '../../bench/seed-store';
import { makeStoredArticle } from '../../articles/article-factory';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';

// The reading view's settings, navigation and keys in real Chromium with the built extension
// (`npm run build` first), and screenshots of it in light, dark and sepia.

const SHOTS = 'test-output/screenshots';

const section = (topic: string, s: number) =>
  [
    `## ${topic}, part ${s}`,
    ...Array.from(
      { length: 5 },
      (_, p) =>
        `The ${topic.toLowerCase()} of paragraph ${s}.${p} are told slowly, so that a reader can follow each turn of the ` +
        'story without hurry, and the page has room to breathe between one thought and the next. '.repeat(3),
    ),
  ].join('\n\n');
const ARTICLES: StoredArticle[] = ['Tides', 'Lighthouses', 'Gulls'].map((title, i) =>
  makeStoredArticle({
    id: i + 1,
    title,
    tags: [],
    wordCount: 2400,
    readingMinutes: 10,
    markdown: Array.from({ length: 5 }, (_, s) => section(title, s + 1)).join('\n\n'),
  }),
);

let session: ExtensionSession;
let page: Page;
afterAll(async () => {
  await session.close();
});
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchExtension();
  page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('.empty, .list li.row').first().waitFor();
  await seedArticles(page, ARTICLES);
  await page.reload();
  await page.locator('.list li.row').first().waitFor();
});

const open = async (title: string) => {
  await page.locator('.list li.row .row-title', { hasText: title }).click();
  await page.locator('.reader h1', { hasText: title }).waitFor();
};
const readerStyle = () =>
  page.locator('.reader').evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      font: style.fontFamily,
      size: style.fontSize,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

describe('the reading view', () => {
  it('follows the system theme, and takes a chosen font, size and theme at once, remembered', async () => {
    await open('Lighthouses');
    expect(await page.evaluate(() => document.documentElement.dataset.readerTheme)).toBe('system');
    await page.screenshot({ path: `${SHOTS}/reader-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await readerStyle()).background).toBe('rgb(23, 24, 26)');
    await page.screenshot({ path: `${SHOTS}/reader-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: 'Reading settings' }).click();
    const settings = page.getByRole('region', { name: 'Reading settings' });
    await settings.getByLabel('Sepia').check();
    await settings.getByLabel('Atkinson Hyperlegible (easy to read)').check();
    await settings.getByRole('slider', { name: 'Text size' }).fill('23');
    await expect.poll(readerStyle).toEqual({
      font: expect.stringMatching(/^"Atkinson Hyperlegible"/),
      size: '23px',
      background: 'rgb(244, 236, 216)',
    });
    // The font ships with the extension: it loads with no network at all.
    await page.evaluate(() => document.fonts.load('16px "Atkinson Hyperlegible"'));
    expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.screenshot({ path: `${SHOTS}/reader-sepia.png` });

    await page.reload();
    await page.locator('.reader h1', { hasText: 'Lighthouses' }).waitFor();
    await expect.poll(readerStyle).toEqual({
      font: expect.stringMatching(/^"Atkinson Hyperlegible"/),
      size: '23px',
      background: 'rgb(244, 236, 216)',
    });
  });

  it('lists the sections of a long article, and a click goes to one', async () => {
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('link').allInnerTexts()).toEqual(
      Array.from({ length: 5 }, (_, s) => `Lighthouses, part ${s + 1}`),
    );
    await contents.getByRole('link', { name: 'Lighthouses, part 4' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: 'Lighthouses, part 4' })
          .evaluate((h) => h.getBoundingClientRect().top),
      )
      .toBeLessThan(120);
  });

  it('scrolls with j and k, goes to the next and previous article, and ? shows every shortcut', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    const down = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(down);

    // The list is newest first: Gulls, Lighthouses, Tides.
    await page.keyboard.press('n');
    await page.locator('.reader h1', { hasText: 'Tides' }).waitFor();
    expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    await page.keyboard.press('p');
    await page.locator('.reader h1', { hasText: 'Lighthouses' }).waitFor();
    await page.getByRole('button', { name: '← Previous' }).click();
    await page.locator('.reader h1', { hasText: 'Gulls' }).waitFor();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const keys = await dialog.locator('kbd').allInnerTexts();
    expect(keys).toEqual(expect.arrayContaining(['j', 'k', 'n', 'p', 'e', '?', 'Esc', '/']));
    await page.screenshot({ path: `${SHOTS}/reader-shortcuts.png` });
    // Escape closes the dialog and nothing more: the article stays open.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.reader h1').innerText()).toBe('Gulls');
  });

  it('prints the article alone, without the page’s controls', async () => {
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.reader-body')).toBe(true);
    expect(await shown('.reader-toolbar')).toBe(false);
    expect(await shown('.reader-toc')).toBe(false);
    expect(await shown('.reader nav')).toBe(false);
    expect(await readerStyle()).toMatchObject({ background: 'rgb(255, 255, 255)' });
    await page.emulateMedia({ media: 'screen' });
  });
});
