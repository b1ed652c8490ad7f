import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../../harness/launch-extension';
import { countLost, robustnessCase } from '../../../robustness/robustness-record';
import { buildV1Database, readDatabaseLayout } from '../../../platform/upgrade/build-v1-database';
import {
  FROZEN_V1_IDB_VERSION,
  FROZEN_V1_LAYOUT,
  FROZEN_V4_LAYOUT,
} from '../../../platform/upgrade/frozen-schemas';
import { V1_ARTICLES } from '../../../platform/upgrade/v1-articles';
import { UNREAD } from '../../../../lib/reading-state/reading-state';

// The upgrade in real Chromium: a database written as the first release wrote it, in the
// extension's own origin, then opened by the built extension's library page.

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
}, 90_000);
afterAll(async () => {
  await session?.close();
});

describe('a version 1 database in Chromium', () => {
  it('opens in the current library with every article listed, searchable and readable', async () => {
    const tally = robustnessCase(
      'schema upgrade (Chromium)',
      'version 1 database opened by the current code',
    );
    // Any file of the extension gives a page in its origin that opens no database of its own.
    const origin = await session.openExtensionPage('manifest.json');
    await origin.evaluate(buildV1Database, {
      name: 'clean-capture',
      idbVersion: FROZEN_V1_IDB_VERSION,
      layout: FROZEN_V1_LAYOUT,
      articles: V1_ARTICLES,
    });
    expect(await session.storedArticles()).toHaveLength(V1_ARTICLES.length);

    const page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
    await page.locator('.list li.row').first().waitFor();
    await expect.poll(() => page.locator('.selection-bar .count').innerText()).toContain('8 articles');
    const stored = await session.storedArticles();
    // Version 4 gave every article a reading state: unread, not started.
    const upgraded = V1_ARTICLES.map((a) => ({ ...a, ...UNREAD }));
    tally.lost(countLost(upgraded, stored));
    expect(stored.sort((a, b) => a.id - b.id)).toStrictEqual(upgraded);

    await page.locator('input.search').fill('اقتباس');
    await expect
      .poll(() => page.locator('.list li.row .row-title').allInnerTexts())
      .toEqual(['ماذا يعني أن تكتب من اليمين إلى اليسار؟']);
    await page.keyboard.press('Enter');
    await page.locator('article.reader > header h1').waitFor();
    expect(await page.locator('.reader-body blockquote').innerText()).toContain('اقتباس');
    tally.handled(true);

    const layout = await origin.evaluate(readDatabaseLayout, 'clean-capture');
    // The current layout: version 1's stores and indexes kept, version 2's image tables beside
    // them, version 3's canonical address index open to excerpts of a saved page, and version 4's
    // status index.
    for (const store of FROZEN_V4_LAYOUT) {
      expect(layout.stores.find((s) => s.name === store.name)?.indexes).toEqual(
        expect.arrayContaining(store.indexes),
      );
    }
  });
});
