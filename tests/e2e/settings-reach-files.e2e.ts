import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, chooseZip, exportAll, openPopupInTab, waitForArticles } from './e2e-helpers';

// Settings in real Chromium, from the settings page to the files: a file-name template, front
// matter options and a Markdown style reach the next capture and the export; Download .md gives
// the export's file; Open in Obsidian builds its link; the settings go out with an export and come
// back in with its import, and a damaged settings file changes nothing.

const MILL = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';
const FERRY_FILE = 'night-ferry-returns-after-winter-refit.md';
const MILL_FILE = 'harbour-town-votes-to-rebuild-its-tidal-mill.md';
let server: FixtureServer;
let session: ExtensionSession;
let workDir: string;
let zipPath: string;
let year: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clean-capture-settings-'));
  zipPath = join(workDir, 'export.zip');
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  // Headed: Open in Obsidian puts a long article on the real clipboard, which takes writes from a focused page only.
  session = await launchExtension({ headed: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** What `unzip` reads for one file of the zip. */
const fromZip = (path: string) => execFileSync('unzip', ['-p', zipPath, path], { encoding: 'utf8' });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = join(workDir, `download-${Date.now()}.md`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('settings from the settings page to the files', () => {
  it('reach the next capture and the export, and Download .md gives the export’s file', async () => {
    const first = await session.clickToolbarButton(await session.openPage(server.pageUrl('second-article')));
    await first.waitForText(`Saved “${FERRY}”`);
    const [ferry] = await waitForArticles(session, 1);
    year = ferry?.capturedAt.slice(0, 4) ?? '';

    const options = await session.openExtensionPage('options.html');
    const document = options.getByTestId('preview-document');
    await expect.poll(() => document.textContent()).toMatch(/^---\ntitle: /);
    await options.getByLabel('File name template').fill('{yyyy}/{title}');
    // The front matter, each change seen at once in the preview of the newest article.
    await options.getByLabel('Name of the field source').selectOption('url');
    await expect.poll(() => document.textContent()).toMatch(/\nurl: /);
    await options.getByLabel('Constant fields').fill('type article');
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/Line 1 .* no colon/);
    expect(await options.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await options.getByLabel('Constant fields').fill('type: article');
    await options.getByLabel('Default tags').fill('Clipped, read later');
    await expect.poll(() => document.textContent()).toMatch(/\ntype: article\n/);
    expect(await document.textContent()).toMatch(/\ntags:\n {2}- clipped\n {2}- read later\n/);
    // From the keyboard: Space unticks the focused field.
    await options.getByLabel('image', { exact: true }).focus();
    await options.keyboard.press('Space');
    expect(await options.getByLabel('image', { exact: true }).isChecked()).toBe(false);
    // The Markdown style, shown in the sample before any capture.
    await options.getByLabel('Headings').selectOption('setext');
    await options.getByLabel('Bullets').selectOption('*');
    await expect.poll(() => options.getByTestId('style-sample').textContent()).toMatch(/\n=+\n[\s\S]*\n\* /);
    await options.getByLabel('Vault name').fill('Reading notes');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved. The next export uses it.').waitFor();

    const second = await session.clickToolbarButton(await session.openPage(server.pageUrl('news-article')));
    await second.waitForText(`Saved “${MILL}”`);
    const mill = byTitle(await waitForArticles(session, 2), MILL);
    expect(mill.markdown).toMatch(/\nA turbine where the wheel once stood\n-{10,}\n/);
    expect(mill.markdown).toMatch(/\n\* /);
    expect(mill.markdown).not.toMatch(/^## |^- /m);

    const library = await session.openExtensionPage('library.html');
    await library.getByText(MILL).first().waitFor();
    await exportAll(library, zipPath);
    const millFile = fromZip(`${year}/${MILL_FILE}`);
    expect(millFile).toMatch(/\nurl: .*news-article/);
    expect(millFile).toMatch(/\ntype: article\n/);
    expect(millFile).not.toMatch(/\nimage: /);
    expect(millFile).toContain(mill.markdown.split('\n').slice(0, 5).join('\n'));
    const ferryFile = fromZip(`${year}/${FERRY_FILE}`);

    // Download .md from the popup's row: the template's name, the export's bytes.
    const popup = await openPopupInTab(session);
    const fromRow = await downloaded(popup, () =>
      popup.getByRole('button', { name: `Download “${FERRY}” as a Markdown file` }).click(),
    );
    expect(fromRow).toEqual({ name: FERRY_FILE, text: ferryFile });
    await popup.getByText(`Downloaded ${FERRY_FILE}`).waitFor();

    // And from the reading view.
    // Opened by its address, as a link to it would.
    await library.evaluate((id) => (location.hash = `article=${id}`), mill.id);
    await library.locator('article.reader h1').filter({ hasText: MILL }).waitFor();
    const fromReader = await downloaded(library, () =>
      library.getByRole('button', { name: 'Download .md' }).click(),
    );
    expect(fromReader.name).toBe(MILL_FILE);
    expect(fromReader.text).toMatch(/\nurl: .*news-article/);
    expect(fromReader.text).toMatch(/\nA turbine where the wheel once stood\n-{10,}\n/);

    // Open in Obsidian: the link it hands the system, caught before it leaves the page.
    await library.evaluate(() => {
      const opened: string[] = [];
      Reflect.set(window, 'openedLinks', opened);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        opened.push(this.href);
      };
    });
    await library.bringToFront();
    await library.getByRole('button', { name: 'Open in Obsidian' }).click();
    await library.getByText(`Sent “${MILL}” to Obsidian through the clipboard`).waitFor();
    const links = (await library.evaluate(() => Reflect.get(window, 'openedLinks'))) as string[];
    expect(links).toEqual([
      `obsidian://new?vault=Reading%20notes&file=${encodeURIComponent(`${year}/${MILL_FILE.slice(0, -3)}`)}&clipboard`,
    ]);
    await library.close();
    await popup.close();
  });

  it('go out with the export and come back with its import; damaged ones change nothing', async () => {
    expect(JSON.parse(fromZip('settings.json'))).toMatchObject({
      settings: { templates: { fileName: '{yyyy}/{title}' }, obsidianVault: 'Reading notes' },
    });
    // The same zip with a settings file this version cannot use.
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    const settings = JSON.parse(new TextDecoder().decode(files['settings.json'])) as {
      settings: { markdownStyle: Record<string, string> };
    };
    settings.settings.markdownStyle.bulletListMarker = '•';
    files['settings.json'] = new TextEncoder().encode(JSON.stringify(settings));
    const damaged = join(workDir, 'damaged.zip');
    await writeFile(damaged, zipSync(files));

    const fresh = await launchExtension();
    try {
      const library = await fresh.openExtensionPage('library.html');
      await chooseZip(library, damaged);
      const dialog = library.locator('.import-dialog[data-step=preview]');
      await dialog.getByRole('button', { name: 'Import 2 new' }).click();
      await expect
        .poll(() => library.locator('.settings-offer[role=alert]').textContent())
        .toMatch(/cannot be used: .*"bulletListMarker".* Your settings were not changed\./);
      const options = await fresh.openExtensionPage('options.html');
      await expect.poll(() => options.getByLabel('File name template').inputValue()).toBe('{title}');
      await options.close();
      await library.locator('.settings-offer').getByRole('button', { name: 'Dismiss' }).click();

      // The intact zip: its articles are all present, so the preview is closed, and the settings offered.
      await chooseZip(library, zipPath);
      await library
        .locator('.import-dialog[data-step=preview]')
        .getByRole('button', { name: 'Close' })
        .click();
      await library.getByText('{yyyy}/{title}').waitFor();
      await library.getByRole('button', { name: 'Apply these settings' }).click();
      await library.getByText('Settings applied.', { exact: false }).waitFor();
      const applied = await fresh.openExtensionPage('options.html');
      await expect.poll(() => applied.getByLabel('File name template').inputValue()).toBe('{yyyy}/{title}');
      expect(await applied.getByLabel('Headings').inputValue()).toBe('setext');
      expect(await applied.getByLabel('Vault name').inputValue()).toBe('Reading notes');
      expect(await applied.getByLabel('Name of the field source').inputValue()).toBe('url');
    } finally {
      await fresh.close();
    }
  });
});
