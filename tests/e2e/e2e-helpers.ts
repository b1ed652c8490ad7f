import type { Download, Page } from 'playwright-core';
import type { StoredArticle } from '../../lib/article';
import type { ExtensionSession } from '../harness/launch-extension';

/** Waits until the extension's database holds exactly `count` articles, and returns them. */
export async function waitForArticles(session: ExtensionSession, count: number): Promise<StoredArticle[]> {
  const deadline = Date.now() + 15_000;
  let articles: StoredArticle[] = [];
  while (Date.now() < deadline) {
    articles = await session.storedArticles();
    if (articles.length === count) return articles;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`Expected ${count} stored articles, found ${articles.length}`);
}

/** The stored article with this title; fails with the titles there are. */
export function byTitle(articles: StoredArticle[], title: string): StoredArticle {
  const found = articles.find((a) => a.title === title);
  if (!found)
    throw new Error(`No stored article "${title}" among ${articles.map((a) => a.title).join(', ')}`);
  return found;
}

/** popup.html in a tab at the popup's size; in a tab it lists without capturing anything. */
export async function openPopupInTab(session: ExtensionSession): Promise<Page> {
  const page = await session.openExtensionPage('popup.html', { width: 380, height: 500 });
  await page.getByRole('list', { name: 'Saved articles' }).waitFor();
  return page;
}

/**
 * Resolves once every image in `page` has loaded or failed and one more task has run, so an `onerror`
 * or `onload` payload would have shown itself: the state to reach before checking that nothing ran.
 */
export async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => Array.from(document.images).filter((image) => !image.complete).length === 0,
  );
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
}

/** Presses the library's Export for everything shown and saves the zip. */
export async function exportAll(page: Page, path: string): Promise<void> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export \d+ shown$/ }).click();
  await (await download).saveAs(path);
}

/** Opens the library's file picker with the keyboard (Tab to Import…, Enter) and chooses `path`. */
export async function chooseZip(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
}

/** The titles of the library's rows, top to bottom. */
export const listedTitles = (page: Page): Promise<string[]> =>
  page.locator('.list li.row .row-title').allInnerTexts();

/** Types `text` into the library's search box and waits for the list to answer that very text. */
export async function searchLibrary(page: Page, text: string): Promise<void> {
  await page.locator('input.search').fill(text);
  await page.waitForFunction(
    (q) => document.querySelector('main.library')?.getAttribute('data-results-for') === q,
    text,
  );
}

/**
 * Waits until the library lists all `count` of its articles and no status line (loading, indexing)
 * is left under the search box. The first rows come before the rest: until the rest are read, the
 * count says how many are loaded of the whole ("60 of 303 articles"), and neither the loading line
 * (which waits 400 ms) nor the index line (hidden while the records load) is there at first.
 */
export async function waitForWholeLibrary(page: Page, count: number, timeout = 30_000): Promise<void> {
  const said = `${count.toLocaleString('en')} articles`;
  await page
    .waitForFunction((text) => document.querySelector('.selection-bar .count')?.textContent === text, said, {
      timeout,
    })
    .catch(async (error: unknown) => {
      const shown = await page.locator('.selection-bar .count').textContent();
      throw new Error(`The library should say "${said}"; it says "${shown}"`, { cause: error });
    });
  await page.locator('.index-status').waitFor({ state: 'detached', timeout });
}
