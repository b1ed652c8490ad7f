import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStoredArticle } from '../../articles/article-factory';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { listedTitles, openPopupInTab, searchLibrary, waitForArticles } from '../e2e-helpers';

// The full-text index is brought up to date when an article is captured or deleted while no
// library tab is open (Chrome: an offscreen document's worker), so a library opened afterwards
// finds it by a word of its body at once, with nothing to catch up. Real Chromium, built extension
// (`npm run build` first).

/** The index's folder in the origin private file system, and the header each of its files starts with (sqlite-wasm's pool). */
const POOL_FOLDER = '.clean-capture-search';
const POOL_FILE_HEADER = 4096;

const MILL = 'Harbour town votes to rebuild its tidal mill';
/** A word of the mill article's body only (not its title, authors or site). */
const BODY_WORD = 'millwrighting';

let server: FixtureServer;
let session: ExtensionSession;

/** What the library's search worker said, recorded from the page's first script on. */
interface WorkerLog {
  ready: number[];
  progress: number;
}

/**
 * Opens the library with the search worker's replies recorded: every "ready" with the number of
 * articles its index held, and every progress report (a catch-up or rebuild under way).
 */
async function openLibraryRecording(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.addInitScript(() => {
    const log: WorkerLog = { ready: [], progress: 0 };
    (window as unknown as { workerLog: WorkerLog }).workerLog = log;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type?: string; count?: number }>) => {
          if (event.data?.type === 'ready') log.ready.push(event.data.count ?? -1);
          if (event.data?.type === 'progress') log.progress++;
        });
      }
    };
  });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
  return page;
}

const workerLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { workerLog: WorkerLog }).workerLog);

/** Whether the background has an offscreen document open (evaluated in its service worker). */
const OFFSCREEN_OPEN = `chrome.runtime
  .getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
  .then((contexts) => contexts.length > 0)`;

/**
 * Waits until the background's indexer page has opened and closed again: one pass over the
 * articles, started by a change made while no library tab was open.
 */
async function backgroundPass(): Promise<void> {
  const worker = await session.liveWorker();
  const open = () => worker.evaluate<boolean>(OFFSCREEN_OPEN);
  await expect.poll(open, { timeout: 10_000, interval: 20 }).toBe(true);
  await expect.poll(open, { timeout: 30_000, interval: 50 }).toBe(false);
}

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  await seedArticles(setup, [
    makeStoredArticle({
      id: 1,
      title: 'Quokka sanctuary',
      markdown: 'Rottnest island at dawn, before the ferries.',
    }),
    makeStoredArticle({ id: 2, title: 'Bread diary', markdown: 'A rye starter smells of apples.' }),
  ]);
  await setup.close();
  // The library builds its index once, then lets go of it when closed.
  const library = await openLibraryRecording();
  await library.waitForFunction(() =>
    (window as unknown as { workerLog: WorkerLog }).workerLog.ready.includes(2),
  );
  await library.close();
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the search index kept up to date while no library tab is open', () => {
  it('indexes a capture at once: a library opened next finds it by a body word, with no catch-up', async () => {
    const page = await session.openPage(server.pageUrl('news-article'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText(`Saved “${MILL}”`);
    await popup.close();
    await page.close();
    await waitForArticles(session, 3);
    await backgroundPass();

    const library = await openLibraryRecording();
    await searchLibrary(library, BODY_WORD);
    expect(await listedTitles(library)).toEqual([MILL]);
    expect(await library.locator('.index-status').count()).toBe(0);
    const log = await workerLog(library);
    // The index held all three articles when the library opened, and indexed nothing on open.
    expect(log.ready[0]).toBe(3);
    expect(log.progress).toBe(0);
    await library.close();
  });

  it('takes a popup delete out of the index at once', async () => {
    const popup = await openPopupInTab(session);
    await popup.getByRole('button', { name: `Delete “${MILL}”` }).click();
    await waitForArticles(session, 2);
    await backgroundPass();
    await popup.close();

    const library = await openLibraryRecording();
    const log = await workerLog(library);
    expect(log.ready[0]).toBe(2);
    await searchLibrary(library, BODY_WORD);
    expect(await listedTitles(library)).toEqual([]);
    await searchLibrary(library, 'rottnest');
    expect(await listedTitles(library)).toEqual(['Quokka sanctuary']);
    expect((await workerLog(library)).progress).toBe(0);
    await library.close();
  });

  it('asks an open library tab to take in a capture, with no second owner of the index', async () => {
    const library = await openLibraryRecording();
    const page = await session.openPage(server.pageUrl('second-article'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saved “Night ferry returns after winter refit”');
    await popup.close();
    // The library tab's worker syncs when the background asks: its index then holds three articles.
    await expect.poll(async () => (await workerLog(library)).ready.at(-1), { timeout: 10_000 }).toBe(3);
    const worker = await session.liveWorker();
    expect(await worker.evaluate<boolean>(OFFSCREEN_OPEN)).toBe(false);
    await page.close();
    await library.close();
  });

  it('leaves nothing on disk beside the index after its writes: no rollback journal kept', async () => {
    // The capture above was written by the library tab's worker, which ended with its tab, its
    // database never closed; the popup's page does not open the index.
    const popup = await openPopupInTab(session);
    const sizes = await popup.evaluate(async (folder) => {
      const files: number[] = [];
      // The pool keeps its files in a folder of their own inside its folder: every level is read.
      const read = async (dir: FileSystemDirectoryHandle) => {
        for await (const [, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>)
          if (handle.kind === 'file') files.push((await (handle as FileSystemFileHandle).getFile()).size);
          else await read(handle as FileSystemDirectoryHandle);
      };
      await read(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder));
      return files;
    }, POOL_FOLDER);
    await popup.close();
    // Every file of the pool starts with a header of its own; only the database holds more.
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.filter((size) => size > POOL_FILE_HEADER)).toHaveLength(1);
  });
});
