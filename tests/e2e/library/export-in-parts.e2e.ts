import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import type { ExportManifest } from '../../../lib/export/export-manifest';
import { generateShortArticles } from '../../bench/generate-articles';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { chooseZip } from '../e2e-helpers';

// An export larger than one zip holds (20,000 articles a zip), end to end in real Chromium with
// the built extension (`npm run build` first): two zips that real unzip tests clean, each imported
// on its own into a new browser, together giving back every article as it was.

// Short bodies: the test is about the number of articles, and 20,003 long ones take minutes to seed.
const COUNT = 20_003;
const ARTICLES: StoredArticle[] = generateShortArticles(COUNT, 31);
const OUT = resolve('test-output/export-in-parts');

const sessions: ExtensionSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});
beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
});

async function openLibrary(): Promise<{ session: ExtensionSession; page: Page }> {
  const session = await launchExtension();
  sessions.push(session);
  const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('.empty, .list li.row').first().waitFor();
  return { session, page };
}

const unzip = (...args: string[]) =>
  execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const portable = ({ id: _id, ...rest }: StoredArticle) => rest;

/** Imports one zip into the library page, confirming its preview of `count` new articles. */
async function importZip(page: Page, path: string, count: number): Promise<void> {
  await chooseZip(page, path);
  const dialog = page.locator('.import-dialog[data-step=preview]');
  await dialog.waitFor({ timeout: 120_000 });
  const shown = count.toLocaleString('en');
  expect(await dialog.locator('.import-counts').innerText()).toMatch(
    new RegExp(`${shown}\\s+new\\s+0\\s+already present`),
  );
  await dialog.getByRole('button', { name: `Import ${shown} new` }).click();
  await expect
    .poll(() => page.locator('.notice').innerText(), { timeout: 120_000 })
    .toContain(`Imported ${shown} new article`);
}

describe('an export of more articles than one zip holds', () => {
  const paths: string[] = [];

  it('downloads two zips, named part 1 and 2 of 2, that unzip tests clean', async () => {
    const { page } = await openLibrary();
    await seedArticles(page, ARTICLES, 1_000);
    await page.reload();
    const shown = COUNT.toLocaleString('en');
    const exportButton = page.getByRole('button', { name: `Export ${shown} shown` });
    await exportButton.waitFor({ timeout: 60_000 });
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await exportButton.click();
    await page.locator('.export-progress').waitFor();
    await expect
      .poll(() => page.locator('.notice').innerText(), { timeout: 300_000 })
      .toMatch(
        new RegExp(
          `Exported ${shown} articles\\. They are in 2 zips, clean-capture-\\d{4}-\\d{2}-\\d{2}-part-1-of-2\\.zip to clean-capture-\\d{4}-\\d{2}-\\d{2}-part-2-of-2\\.zip: import each of them to restore them all\\.`,
        ),
      );
    await expect.poll(() => downloads.length).toBe(2);
    // The browser may start the second download before the first (it is the smaller): what a user
    // finds is the two files, whatever order they arrived in.
    downloads.sort((a, b) => a.suggestedFilename().localeCompare(b.suggestedFilename()));
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names).toEqual([
      expect.stringMatching(/-part-1-of-2\.zip$/),
      expect.stringMatching(/-part-2-of-2\.zip$/),
    ]);
    for (const [i, download] of downloads.entries()) {
      const path = `${OUT}/${names[i]}`;
      await download.saveAs(path);
      paths.push(path);
      expect(unzip('-tq', path)).toMatch(/No errors detected/);
    }
    const entries = paths.map((path) => unzip('-Z1', path).trim().split('\n'));
    expect(entries.map((list) => list.length)).toEqual([20_000 + 2, 3 + 2]);
    // Unpacked side by side, no file of one zip overwrites a file of the other.
    const articleFiles = entries.flat().filter((name) => name.endsWith('.md') && name !== 'index.md');
    expect(new Set(articleFiles).size).toBe(COUNT);
    const manifests = paths.map((path) => JSON.parse(unzip('-p', path, 'manifest.json')) as ExportManifest);
    expect(manifests.map((m) => m.articleCount)).toEqual([20_000, 3]);
  }, 600_000);

  it('restores every article in a new browser, one zip at a time, in either order', async () => {
    expect(paths).toHaveLength(2);
    const { session, page } = await openLibrary();
    await importZip(page, paths[1] as string, 3);
    await importZip(page, paths[0] as string, 20_000);
    const restored = await session.storedArticles();
    expect(restored).toHaveLength(COUNT);
    const found = new Map(restored.map((a) => [a.canonicalUrl, portable(a)]));
    const lost = ARTICLES.filter((a) => !isDeepStrictEqual(found.get(a.canonicalUrl), portable(a)));
    expect(lost.map((a) => a.title)).toEqual([]);
  }, 600_000);
});
