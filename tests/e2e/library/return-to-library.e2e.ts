import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStoredArticle } from '../../articles/article-factory';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { listedTitles } from '../e2e-helpers';

// Coming back to an open library tab: what was captured in another tab meanwhile is listed (read
// alone, not with every other record), and a return with nothing changed reads nothing (at 100,000 articles every reading of the records costs
// the page seconds). Real Chromium, built extension (`npm run build` first).

let server: FixtureServer;
let session: ExtensionSession;

/** Counts the requests the page makes for many article records at once, from now on. */
const countRecordReads = (page: Page) =>
  page.evaluate(() => {
    const counter = { reads: 0 };
    Reflect.set(window, 'recordReads', counter);
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      for (const name of ['getAll', 'openCursor'] as const) {
        const original = proto[name] as (...args: unknown[]) => IDBRequest;
        Object.defineProperty(proto, name, {
          configurable: true,
          value(this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
            const store = 'objectStore' in this ? this.objectStore : this;
            if (store.name === 'articles') counter.reads++;
            return original.apply(this, args);
          },
        });
      }
    }
  });

const recordReads = (page: Page) =>
  page.evaluate(() => (Reflect.get(window, 'recordReads') as { reads: number }).reads);

/** What the page hears when the user comes back to its tab. */
const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  await seedArticles(setup, [
    makeStoredArticle({ id: 1, title: 'Quokka sanctuary', markdown: 'Rottnest island at dawn.' }),
    makeStoredArticle({ id: 2, title: 'Bread diary', markdown: 'A rye starter smells of apples.' }),
  ]);
  await setup.close();
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('coming back to the library tab', () => {
  it('reads nothing when nothing changed, and lists what was captured in another tab meanwhile', async () => {
    const library = await session.openExtensionPage('library.html');
    await library.locator('.list li.row').nth(1).waitFor();
    await library.locator('.storage-usage').waitFor();
    await countRecordReads(library);

    await comeBack(library);
    await comeBack(library);
    // Time for a reading to start had one been asked for.
    await new Promise((r) => setTimeout(r, 500));
    expect(await recordReads(library)).toBe(0);

    const page = await session.openPage(server.pageUrl('second-article'));
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saved “Night ferry returns after winter refit”');
    await popup.close();
    await page.close();
    await comeBack(library);
    await expect
      .poll(() => listedTitles(library), { timeout: 10_000 })
      .toContain('Night ferry returns after winter refit');
    // Only what was written is read again, not every record (seconds of work at 100,000).
    expect(await recordReads(library)).toBe(0);
    expect(await listedTitles(library)).toEqual(expect.arrayContaining(['Quokka sanctuary', 'Bread diary']));
    await library.close();
  });
});
