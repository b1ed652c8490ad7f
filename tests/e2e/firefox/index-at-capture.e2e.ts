import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../../lib/shortcuts/default-shortcuts';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { xdotoolKeys } from '../../harness/press-shortcut';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';

// Firefox's background page indexes a capture made while no library tab is open (the indexer page
// in an iframe of its own document, its worker on OPFS), so a library opened next finds it by a
// word of its body at once. firefox-esr with the Firefox build (`npm run build:firefox` first).

const MILL = 'Harbour town votes to rebuild its tidal mill';
const captureKeys = xdotoolKeys(DEFAULT_SHORTCUTS['capture-page']);

let server: FixtureServer;
let session: FirefoxSession;
/** The harness's first extension page, moved off the library so that no library tab holds the index. */
let home: Page;

/** Whether some context holds the search index's lock (a library tab or the background's indexer). */
const indexHeld = () =>
  home.evaluate(async () =>
    (await navigator.locks.query()).held?.some((lock) => lock.name === 'clean-capture-search-index'),
  );

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchFirefox();
  home = await session.openExtensionPage('library.html');
  await home.waitForSelector('main.library[data-search=ready]');
  // The harness opens its other pages from this tab: an options page lets go of the index.
  await home.evaluate(() => (location.href = '/options.html'));
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the search index kept up to date in Firefox', () => {
  it('indexes a capture made while no library is open; the next library finds it by a body word at once', async () => {
    await expect.poll(indexHeld, { timeout: 10_000 }).toBe(false);
    const page = await session.openPage(server.pageUrl('news-article'));
    await session.pressShortcut(page, captureKeys);
    // The background's indexer takes the index for its pass, then lets go of it.
    await expect.poll(indexHeld, { timeout: 15_000, interval: 20 }).toBe(true);
    await expect.poll(indexHeld, { timeout: 30_000, interval: 50 }).toBe(false);
    expect((await session.storedArticles()).map((a) => a.title)).toEqual([MILL]);

    const library = await session.openExtensionPage('library.html');
    await library.waitForSelector('main.library[data-search=ready]');
    await library.type('input.search', 'millwrighting');
    await library.waitForFunction(
      () => document.querySelector('main.library')?.getAttribute('data-results-for') === 'millwrighting',
    );
    expect(await library.$$eval('.list li.row .row-title', (rows) => rows.map((r) => r.textContent))).toEqual(
      [MILL],
    );
    expect(await library.$$eval('.index-status', (notes) => notes.length)).toBe(0);
  });
});
