import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateShortArticles } from '../../bench/generate-articles';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { waitForWholeLibrary } from '../e2e-helpers';

// Cancel of a library export, end to end in real Chromium with the built extension (`npm run build`
// first): what the user sees, and that no file lands in the browser's downloads folder.

// Enough articles that the export (in its worker, 1,000 short ones took about a second here) is
// surely still running when Cancel is pressed, as it would be for a user with a large library.
// Short bodies: the test is about stopping an export midway, and 5,000 long ones took 35 s to seed
// and read in (the file 45 s, against 17 s now; Cancel came after about 100 were written).
const COUNT = 5_000;
const downloads = resolve('test-output/export-cancel-downloads');
const articles = generateShortArticles(COUNT, 23);

let session: ExtensionSession;
let page: Page;
const started: Download[] = [];

beforeAll(async () => {
  await rm(downloads, { recursive: true, force: true });
  await mkdir(downloads, { recursive: true });
  session = await launchExtension({ downloadsPath: downloads });
  page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('.empty').waitFor();
  await seedArticles(page, articles);
  await page.reload();
  // The index build competes for the CPU; the export should be measured against a quiet page.
  await waitForWholeLibrary(page, COUNT, 60_000);
  page.on('download', (d) => started.push(d));
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const exportButton = () => page.getByRole('button', { name: `Export ${COUNT.toLocaleString('en')} shown` });
const progress = () => page.locator('.export-progress');

describe('export Cancel', () => {
  it('stops the export: the progress goes, a message says so, and no file is downloaded', async () => {
    await exportButton().click();
    await progress().waitFor();
    // Some articles written, not all: Cancel lands in the middle of the work.
    const written = () =>
      progress()
        .locator('progress')
        .evaluate((el: HTMLProgressElement) => el.value);
    await expect.poll(written).toBeGreaterThan(0);
    expect(await written()).toBeLessThan(COUNT);
    await progress().getByRole('button', { name: 'Cancel' }).click();
    await progress().waitFor({ state: 'detached', timeout: 5_000 });
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toContain('Export cancelled. Nothing was saved.');
    // The Export button is usable again.
    await expect.poll(() => exportButton().isEnabled()).toBe(true);
    // The cancelled export has finished (its message is shown, Export is enabled again) without a
    // download. One it still started late would reach the browser before the next export's own zip,
    // which the next test waits for and checks is the only download.
    expect(started).toHaveLength(0);
    expect(await readdir(downloads)).toEqual([]);
  });

  it('exports everything afterwards, as a zip that unzip tests clean', async () => {
    const downloading = page.waitForEvent('download');
    await exportButton().click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^clean-capture-\d{4}-\d{2}-\d{2}\.zip$/);
    const path = await file.path();
    expect(await readdir(downloads)).toHaveLength(1);
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toContain(`Exported ${COUNT.toLocaleString('en')} articles.`);
    expect(execFileSync('unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const entries = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(entries).toHaveLength(COUNT + 2);
    expect(entries).toEqual(expect.arrayContaining(['index.md', 'manifest.json']));
    expect(started).toHaveLength(1);
    expect(started[0]?.suggestedFilename()).toBe(file.suggestedFilename());
  });
});
