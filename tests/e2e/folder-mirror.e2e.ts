import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, exportAll, waitForArticles } from './e2e-helpers';
import {
  readFolder,
  revokedFolderPermission,
  stubFolderPicker,
  textOf,
  writeFolder,
  type FolderFiles,
} from './folder-helpers';

// Saving to a folder as you capture, in real Chromium from the production build. The folder is a
// directory of the extension's origin-private file system handed to the page in place of the
// picker's (see folder-helpers.ts); the writes go through the same File System Access calls.

const MILL = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';
const MILL_FILE = 'harbour-town-votes-to-rebuild-its-tidal-mill.md';
const FERRY_FILE = 'night-ferry-returns-after-winter-refit.md';
const VAULT = 'vault';

let server: FixtureServer;
const sessions: ExtensionSession[] = [];
let workDir: string;

const photo = (_request: unknown, response: ServerResponse) =>
  void readFile(resolve('tests/images/samples/photo-400.jpg')).then((body) =>
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(body),
  );

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clean-capture-folder-'));
  // The mill article's picture, so the folder has an image in assets/ as an export would.
  server = await serveFixtures(resolve('tests/e2e/fixtures'), { '/images/mill.jpg': photo });
}, 60_000);

afterAll(async () => {
  for (const session of sessions) await session.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function launch(): Promise<ExtensionSession> {
  const session = await launchExtension();
  sessions.push(session);
  return session;
}

/** Captures a fixture page from the toolbar, and waits until its images (if any) are stored. */
async function capture(session: ExtensionSession, fixture: string, title: string, images?: RegExp) {
  const popup = await session.clickToolbarButton(await session.openPage(server.pageUrl(fixture)));
  await popup.waitForText(`Saved “${title}”`);
  if (images) await popup.waitForText(images, 20_000);
  await popup.close();
}

/** The settings page with the picker's stand-in, the folder chosen, once everything is written. */
async function chooseFolder(session: ExtensionSession): Promise<Page> {
  const options = await session.openExtensionPage('options.html');
  await stubFolderPicker(options, VAULT);
  await options.getByRole('button', { name: 'Choose folder…' }).click();
  await expect
    .poll(() => options.getByTestId('folder-status').textContent())
    .toMatch(/Everything is saved there\./);
  return options;
}

/** The folder's article files and images: what an unzipped export holds besides index.md and manifest.json. */
const exported = (files: FolderFiles) =>
  Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('.clean-capture/')));

async function unzipped(zip: string): Promise<FolderFiles> {
  const dir = join(workDir, 'unzipped');
  await rm(dir, { recursive: true, force: true });
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const files: FolderFiles = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (path !== 'index.md' && path !== 'manifest.json')
      files[path] = Array.from(await readFile(join(dir, path)));
  }
  return files;
}

async function addTag(library: Page, id: number, tag: string): Promise<void> {
  await library.goto(library.url().replace(/#.*$/, '') + `#article=${id}`);
  await library.locator('article.reader > header h1').waitFor();
  await library.getByLabel('Add a tag').fill(tag);
  await library.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => library.locator('.tag-editor .tag').allInnerTexts()).toContain(`${tag}×`);
}

describe('saving to a folder as you capture', () => {
  it('writes what an export writes, follows tag changes and deletes, never overwrites an edited file, and catches up once allowed again', async () => {
    const session = await launch();
    await capture(session, 'news-article', MILL, /Images: 1 kept offline/);
    await capture(session, 'second-article', FERRY);
    const options = await chooseFolder(session);

    // Byte for byte what an export of the library writes (its index and manifest aside).
    const library = await session.openExtensionPage('library.html');
    await library.getByText(MILL).first().waitFor();
    const zip = join(workDir, 'library.zip');
    await exportAll(library, zip);
    const folder = await readFolder(options, VAULT);
    const zipped = await unzipped(zip);
    expect(Object.keys(zipped).sort()).toEqual(
      [MILL_FILE, FERRY_FILE, expect.stringMatching(/^assets\/[0-9a-f]{64}\.jpg$/)].sort(),
    );
    expect(exported(folder)).toEqual(zipped);

    // A tag added in the library reaches the file.
    const articles = await waitForArticles(session, 2);
    const mill = byTitle(articles, MILL);
    await addTag(library, mill.id, 'mills');
    await expect
      .poll(async () => textOf((await readFolder(options, VAULT))[MILL_FILE]))
      .toMatch(/tags:\n {2}- mills\n/);

    // Edited in the folder, then changed in the library: the edit stays until the user answers.
    const edited =
      textOf((await readFolder(options, VAULT))[MILL_FILE])?.replace('\n\n', '\n\nMy note on this.\n\n') ??
      '';
    await writeFolder(options, VAULT, { [MILL_FILE]: Array.from(new TextEncoder().encode(edited)) });
    await addTag(library, mill.id, 'energy');
    const conflict = options.getByTestId('folder-conflict');
    await expect.poll(() => conflict.getAttribute('data-path')).toBe(MILL_FILE);
    expect(await conflict.textContent()).toContain(
      'was edited in the folder, and the article has changed in the library',
    );
    expect(textOf((await readFolder(options, VAULT))[MILL_FILE])).toBe(edited);
    await conflict.getByRole('button', { name: 'Keep both' }).click();
    await expect
      .poll(async () => textOf((await readFolder(options, VAULT))[MILL_FILE]))
      .toMatch(/ {2}- energy\n/);
    const kept = await readFolder(options, VAULT);
    expect(textOf(kept['harbour-town-votes-to-rebuild-its-tidal-mill.edited.md'])).toBe(edited);
    expect(textOf(kept[MILL_FILE])).not.toContain('My note on this.');

    // A delete removes the file, its sidecar and the image nothing else links.
    await library.goto(library.url().replace(/#.*$/, ''));
    await library.locator('.list li.row', { hasText: MILL }).locator('input[type=checkbox]').click();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await expect
      .poll(async () => Object.keys(await readFolder(options, VAULT)).sort())
      .toEqual(
        [
          `.clean-capture/${FERRY_FILE}.json`,
          FERRY_FILE,
          'harbour-town-votes-to-rebuild-its-tidal-mill.edited.md',
        ].sort(),
      );

    // After a restart the browser asks again: nothing is written until the user allows it in the
    // popup, then the change made meanwhile is.
    await options.close();
    await library.close();
    const paused = await session.context.newPage();
    await paused.addInitScript(revokedFolderPermission);
    await paused.goto(`chrome-extension://${session.extensionId}/library.html`);
    const ferry = byTitle(await waitForArticles(session, 1), FERRY);
    await addTag(paused, ferry.id, 'boats');
    const popup = await session.context.newPage();
    await popup.addInitScript(revokedFolderPermission);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const notice = popup.getByTestId('folder-notice');
    await expect.poll(() => notice.textContent()).toContain(`Saving to “${VAULT}” is paused`);
    expect(await notice.textContent()).toContain('1 change is waiting to be written.');
    expect(textOf((await readFolder(popup, VAULT))[FERRY_FILE])).not.toContain('boats');
    await notice.getByRole('button', { name: 'Allow again' }).click();
    await expect
      .poll(async () => textOf((await readFolder(popup, VAULT))[FERRY_FILE]))
      .toMatch(/ {2}- boats\n/);
    await expect.poll(() => notice.count()).toBe(0);
  });
});

describe('two browser profiles and one synced folder', () => {
  it('converge: each imports the other’s captures and tag changes from the folder', async () => {
    const [a, b] = [await launch(), await launch()];
    await capture(a, 'news-article', MILL, /Images: 1 kept offline/);
    const aOptions = await chooseFolder(a);
    const bOptions = await chooseFolder(b);
    // The user's sync tool copies the folder from one machine to the other.
    const sync = async (from: Page, to: Page) => writeFolder(to, VAULT, await readFolder(from, VAULT));
    await sync(aOptions, bOptions);

    const importChanges = async (
      session: ExtensionSession,
      counts: RegExp,
      confirm: string,
      replace = false,
    ) => {
      const library = await session.openExtensionPage('library.html');
      await library.getByRole('button', { name: 'Import changes from the folder' }).click();
      const dialog = library.locator('.import-dialog[data-step=preview]');
      await dialog.waitFor();
      expect(await dialog.locator('.import-counts').innerText()).toMatch(counts);
      if (replace) await dialog.getByLabel('Replace my copies with the versions in the zip').check();
      await dialog.getByRole('button', { name: confirm }).click();
      await expect.poll(() => library.locator('.notice').innerText()).toMatch(/^Imported/);
      return library;
    };
    const bLibrary = await importChanges(
      b,
      /1\s+new\s+0\s+already present \(unchanged\)\s+0\s+changed/,
      'Import 1 new',
    );
    expect((await waitForArticles(b, 1)).map((x) => x.title)).toEqual([MILL]);

    // B captures another article and tags the first; the folder carries both back to A.
    await capture(b, 'second-article', FERRY);
    await addTag(bLibrary, byTitle(await waitForArticles(b, 2), MILL).id, 'mills');
    await expect
      .poll(async () => textOf((await readFolder(bOptions, VAULT))[MILL_FILE]))
      .toMatch(/ {2}- mills\n/);
    await expect.poll(async () => textOf((await readFolder(bOptions, VAULT))[FERRY_FILE])).toBeDefined();
    await sync(bOptions, aOptions);
    await importChanges(
      a,
      /1\s+new\s+0\s+already present \(unchanged\)\s+1\s+changed/,
      'Import 1 new and replace 1',
      true,
    );

    const portable = (s: ExtensionSession) =>
      s
        .storedArticles()
        .then((list) =>
          list.map(({ id: _id, ...article }) => article).sort((x, y) => x.title.localeCompare(y.title)),
        );
    await waitForArticles(a, 2);
    expect(await portable(a)).toEqual(await portable(b));
    // And the two folders hold the same files, byte for byte, with nothing left to write.
    await expect
      .poll(() => aOptions.getByTestId('folder-status').textContent())
      .toMatch(/Everything is saved there\./);
    await expect
      .poll(() => bOptions.getByTestId('folder-status').textContent())
      .toMatch(/Everything is saved there\./);
    expect(await readFolder(aOptions, VAULT)).toEqual(await readFolder(bOptions, VAULT));
    expect(await aOptions.getByTestId('folder-conflict').count()).toBe(0);
  });
});
