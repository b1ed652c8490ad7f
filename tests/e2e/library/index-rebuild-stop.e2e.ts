import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStoredArticle } from '../../articles/article-factory';
import { generateArticles } from '../../bench/generate-articles';
import { dropSearchIndex, seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { listedTitles, searchLibrary } from '../e2e-helpers';

// A rebuild of the full-text index (a first index of a large library, a new version, damage) shows
// its progress with a Stop button; the library stays usable while it runs and after a stop, and the
// next opening goes on from where it stopped. Real Chromium, built extension (`npm run build` first).

const COUNT = 3_000;
/** The oldest article, so the last to be indexed (newest first): a stop always leaves it out. */
const OLDEST = makeStoredArticle({
  id: COUNT + 1,
  title: 'Lighthouse keeper ledger',
  markdown: 'The keeper logged every passing barquentine by lamplight.',
  capturedAt: '2001-01-01T00:00:00.000Z',
});

let session: ExtensionSession;

/** Whether some context holds the search index (a library tab's worker or the background's indexer). */
const indexHeld = () =>
  navigator.locks
    .query()
    .then(({ held = [] }) => held.some((lock) => lock.name === 'clean-capture-search-index'));

beforeAll(async () => {
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  // A library page's worker would take the index: seed from the settings page.
  await setup.goto(setup.url().replace('library.html', 'options.html'));
  await seedArticles(setup, [...generateArticles(COUNT, 7).articles, OLDEST]);
  await setup.close();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('rebuilding the search index', () => {
  it('shows progress with Stop; after a stop the rest is found by title, and the next opening goes on', async () => {
    const library = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    const status = library.locator('.index-status');
    await status.getByRole('progressbar').waitFor();
    // The list is there while the index is built.
    await library.locator('.list li.row').first().waitFor();
    await expect
      .poll(async () => Number(await status.getByRole('progressbar').getAttribute('value')))
      .toBeGreaterThan(0);
    await status.getByRole('button', { name: 'Stop indexing' }).click();
    await library.locator('main.library[data-search=ready]').waitFor();
    await expect(status.count()).resolves.toBe(0);

    // Not indexed: its body is not searched, its title still is (and the page says so).
    await searchLibrary(library, 'barquentine');
    expect(await listedTitles(library)).toEqual([]);
    await searchLibrary(library, 'lighthouse ledger');
    expect(await listedTitles(library)).toEqual([OLDEST.title]);
    await expect(
      library
        .getByText(
          /^Full text searched in the [\d,]+ articles loaded so far; titles, authors and sites in the rest\.$/,
        )
        .count(),
    ).resolves.toBe(1);
    await library.close();

    // The next opening takes the index up from where it stopped, and finds the body at last.
    const again = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await again.locator('main.library[data-search=ready]').waitFor();
    await expect
      .poll(async () => (await searchLibrary(again, 'barquentine'), listedTitles(again)), { timeout: 60_000 })
      .toEqual([OLDEST.title]);
    await again.close();
  });

  it('hands a rebuild the background started over to a library tab that opens, which finishes it', async () => {
    const setup = await session.openExtensionPage('options.html');
    await expect.poll(() => setup.evaluate(indexHeld)).toBe(false);
    await dropSearchIndex(setup);
    // As the popup says after a delete: the background starts a pass, which must rebuild everything.
    await setup.evaluate(
      `chrome.runtime.sendMessage({ id: 1, type: 'articlesChanged', timestamp: Date.now() })`,
    );
    await expect.poll(() => setup.evaluate(indexHeld), { interval: 10 }).toBe(true);

    const library = await session.context.newPage();
    await library.addInitScript(() => {
      const seen = { progress: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
            if (event.data?.type === 'progress') seen.progress++;
          });
        }
      };
    });
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await library.locator('.list li.row').first().waitFor();
    // The background's indexer stopped part way and let go: this tab's worker indexes the rest.
    await library.waitForFunction(
      () => (window as unknown as { seen: { progress: number } }).seen.progress > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    await expect
      .poll(async () => (await searchLibrary(library, 'barquentine'), listedTitles(library)), {
        timeout: 60_000,
      })
      .toEqual([OLDEST.title]);
    await library.close();
    await setup.close();
  });
});
