import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { waitForArticles } from './e2e-helpers';

/*
 * The popup draws its first rows from a snapshot in storage.local before the database answers
 * (lib/first-screen/). What a user would notice: after a capture and after a delete, the next
 * popup's very first rows are right, with no deleted article among them even for a frame.
 */

const HARBOUR = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Init script: keeps the titles of the first rows the popup puts in its list, as they first appear. */
function recordFirstRows(): void {
  const seen = { titles: null as string[] | null };
  Reflect.set(window, '__firstRows', seen);
  new MutationObserver((_, observer) => {
    const rows = document.querySelectorAll('ul.list li.row .row__title');
    if (rows.length === 0) return;
    seen.titles = Array.from(rows, (row) => row.textContent ?? '');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Opens popup.html in a tab (which lists without capturing) and returns the titles of its first rows. */
async function firstRowsOfNextPopup(): Promise<{ page: Page; first: string[] }> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript(recordFirstRows);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.locator('ul.list li.row').first().waitFor();
  const first = await page.evaluate(
    () => (Reflect.get(window, '__firstRows') as { titles: string[] | null }).titles ?? [],
  );
  return { page, first };
}

/**
 * Init script: keeps the markup of the header and first rows the page shows as they first appear, whether the
 * head script painted them (from the snapshot, before the popup's code ran), and the App's first rows.
 */
function recordHandOver(): void {
  const seen = { first: null as string[] | null, byHead: false, app: null as string[] | null };
  Reflect.set(window, '__handOver', seen);
  // The header (with the count) and the first rows, as drawn.
  const rowsOf = (root: ParentNode) => [
    root.querySelector('header.header')?.outerHTML ?? '',
    ...Array.from(root.querySelectorAll('ul.list li.row'), (row) => row.outerHTML).slice(0, 3),
  ];
  new MutationObserver((_, observer) => {
    if (seen.first === null && document.querySelector('ul.list li.row')) {
      seen.first = rowsOf(document);
      seen.byHead = document.querySelector('[data-first-screen] ul.list li.row') !== null;
    }
    const app = document.getElementById('app');
    if (seen.app === null && app?.querySelector('ul.list li.row')) {
      seen.app = rowsOf(app);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** In the worker: the titles the stored snapshot lists, or null when there is none. */
const snapshotTitles = `(async () => {
  const stored = (await chrome.storage.local.get('popupFirstScreen')).popupFirstScreen;
  return stored ? stored.rows.map((row) => row.title) : null;
})()`;

/** In the worker: puts a row of an article that is not stored at the top of the snapshot. */
const addGhostRow = `(async () => {
  const key = 'popupFirstScreen';
  const stored = (await chrome.storage.local.get(key))[key];
  const ghost = { id: 999999, title: 'Deleted in another browser window', authors: [], siteName: null,
    sourceUrl: 'https://gone.example/', capturedAt: '2030-01-01T00:00:00.000Z', wordCount: 10, status: 'unread' };
  await chrome.storage.local.set({ [key]: { ...stored, rows: [ghost, ...stored.rows] } });
})()`;

const UNSEEN = 'Stored while the snapshot was not written';

/**
 * In the worker: stores an article with plain IndexedDB, past the store's code that writes the
 * snapshot after each change, as a writer stopped between the two would leave it.
 */
const storeUnseenArticle = `(async () => {
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('clean-capture');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  await new Promise((done, fail) => {
    const tx = db.transaction(['articles', 'bodies'], 'readwrite');
    tx.objectStore('articles').put({ id: 888888, title: '${UNSEEN}', authors: [], siteName: null,
      publishedTime: null, lang: 'en', dir: 'ltr', excerpt: '', sourceUrl: 'https://unseen.example/',
      canonicalUrl: 'https://unseen.example/', leadImage: null, wordCount: 40, readingMinutes: 1,
      capturedAt: '2031-01-01T00:00:00.000Z', tags: [], status: 'unread', progress: 0 });
    tx.objectStore('bodies').put({ id: 888888, markdown: 'Text.' });
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
})()`;

/** The titles in the stored snapshot, once it holds exactly `titles` (it is written just after each change). */
async function snapshotHolds(titles: string[]): Promise<void> {
  const worker = await session.liveWorker();
  await expect
    .poll(() => worker.evaluate<string[] | null>(snapshotTitles), { timeout: 10_000 })
    .toEqual(titles);
}

async function capture(name: string): Promise<void> {
  const page = await session.openPage(server.pageUrl(name));
  const popup = await session.clickToolbarButton(page);
  await popup.waitForText('Saved “');
  await popup.close();
  await page.close();
}

describe("the popup's first rows", () => {
  it('show a capture on the next open, newest first', async () => {
    await capture('news-article');
    await snapshotHolds([HARBOUR]);
    const once = await firstRowsOfNextPopup();
    expect(once.first).toEqual([HARBOUR]);
    await once.page.close();

    await capture('second-article');
    await snapshotHolds([FERRY, HARBOUR]);
    const twice = await firstRowsOfNextPopup();
    expect(twice.first).toEqual([FERRY, HARBOUR]);
    // How many are saved, as the snapshot says it (the popup no longer counts every record itself).
    await twice.page.locator('.header__count', { hasText: '2 saved' }).waitFor();
    await twice.page.close();
  });

  it('never show a deleted article on the next open', async () => {
    const { page } = await firstRowsOfNextPopup();
    await page.getByRole('button', { name: `Delete “${FERRY}”` }).click();
    await page.getByText(`Deleted “${FERRY}”`).waitFor();
    await waitForArticles(session, 1);
    await snapshotHolds([HARBOUR]);
    await page.close();

    const next = await firstRowsOfNextPopup();
    expect(next.first).toEqual([HARBOUR]);
    await next.page.locator('.header__count', { hasText: '1 saved' }).waitFor();
    await next.page.close();
  });

  it('replace a snapshot that lists an article no longer stored, and write it again', async () => {
    const worker = await session.liveWorker();
    await worker.evaluate(addGhostRow);
    const { page } = await firstRowsOfNextPopup();
    // Whichever came first, the database's rows are what stays. Exact: while the App shows the
    // snapshot's row, its action buttons carry the title in their names too.
    await page
      .getByRole('button', { name: 'Deleted in another browser window', exact: true })
      .waitFor({ state: 'detached' });
    expect(await page.locator('ul.list li.row .row__title').allTextContents()).toEqual([HARBOUR]);
    await snapshotHolds([HARBOUR]);
    await page.close();
  });

  it("are painted from the snapshot before the popup's code runs, and its rows replace them unchanged", async () => {
    await snapshotHolds([HARBOUR]);
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(recordHandOver);
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator('#app ul.list li.row').first().waitFor();
    const seen = await page.evaluate(() => Reflect.get(window, '__handOver') as Record<string, unknown>);
    expect(seen.byHead).toBe(true);
    expect(seen.first).toEqual(seen.app);
    // Once the App has rendered, the head script's screen is gone: one list, not two.
    expect(await page.locator('[data-first-screen]').count()).toBe(0);
    expect(await page.locator('ul.list').count()).toBe(1);
    await page.close();
  });

  it('add an article the snapshot missed once they are painted, and write it again', async () => {
    const worker = await session.liveWorker();
    await worker.evaluate(storeUnseenArticle);
    // The database is read after the snapshot's rows are painted: the article follows at once.
    const { page, first } = await firstRowsOfNextPopup();
    expect(first).toContain(HARBOUR);
    await page.getByRole('button', { name: UNSEEN, exact: true }).waitFor();
    expect(await page.locator('ul.list li.row .row__title').allTextContents()).toEqual([UNSEEN, HARBOUR]);
    await snapshotHolds([UNSEEN, HARBOUR]);
    await page.locator('.header__count', { hasText: '2 saved' }).waitFor();
    await page.close();
  });
});
