import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStoredArticle } from '../../articles/article-factory';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { chooseZip } from '../e2e-helpers';

// The library's first screen loads only the list and its controls; the reading view's and the
// import's code come later (entrypoints/library/parts.ts). Here they are missing from the build, as
// after an update of the extension while the page was open: the page says so instead of doing nothing.

const build = resolve(process.env.CLEAN_CAPTURE_BUILD ?? '.output/chrome-mv3');
const work = mkdtempSync(join(tmpdir(), 'library-parts-'));
const extensionPath = join(work, 'extension');
/** The chunks taken out of the copy of the build. */
const MISSING = /^(?:reading|import)-part-.*\.js$/;

let session: ExtensionSession;
let page: Page;
/** The paths the library asked for since it was reloaded with an article to show. */
const requested: string[] = [];
beforeAll(async () => {
  cpSync(build, extensionPath, { recursive: true });
  const chunks = readdirSync(join(extensionPath, 'chunks')).filter((name) => MISSING.test(name));
  expect(chunks).toHaveLength(2);
  for (const name of chunks) rmSync(join(extensionPath, 'chunks', name));
  session = await launchExtension({ extensionPath });
  page = await session.openExtensionPage('library.html');
  await page.locator('.empty, .list li.row').first().waitFor();
  await seedArticles(page, [makeStoredArticle({ id: 1, title: 'Tides', tags: [] })]);
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.reload();
  await page.locator('.list li.row').first().waitFor();
});
afterAll(async () => {
  await session.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the library's parts loaded on first use", () => {
  it('shows the list without fetching the reading view, the import or the export', async () => {
    // Everything the page asks for once open, until it asks for nothing more.
    await page.waitForLoadState('networkidle');
    expect(requested.some((path) => /\/chunks\/library-.*\.js$/.test(path))).toBe(true);
    expect(requested.filter((path) => /-part-.*\.js$/.test(path))).toEqual([]);
  });

  it("says the article could not be opened, and to reload, when the reading view's code is gone", async () => {
    await page.locator('.list li.row .row-title', { hasText: 'Tides' }).click();
    const notice = page.locator('.notice');
    await expect.poll(() => notice.innerText()).toContain('The article could not be opened');
    expect(await notice.innerText()).toContain('Reload the page to try again');
    // The list stays, and nothing claims the article is still on its way.
    expect(await page.locator('main.library').isVisible()).toBe(true);
    expect(await page.locator('.opening-article').count()).toBe(0);
    // It was asked for (and missing), as the first test's check of what was not asked for assumes.
    expect(requested.some((path) => /\/chunks\/reading-part-.*\.js$/.test(path))).toBe(true);
  });

  it("says a file cannot be imported, and to reload, when the import's code is gone", async () => {
    const zip = join(work, 'any.zip');
    writeFileSync(zip, 'not read: the code to read it is missing');
    await chooseZip(page, zip);
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toContain('Reload the page to try again');
  });
});
