import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, exportAll, waitForArticles } from './e2e-helpers';
import {
  addTag,
  captureFixture,
  deleteArticle,
  readFolder,
  revokedFolderPermission,
  servePhoto,
  stubFolderPicker,
  textOf,
  unzipped,
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

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clean-capture-folder-'));
  // The mill article's picture, so the folder has an image in assets/ as an export would.
  server = await serveFixtures(resolve('tests/e2e/fixtures'), { '/images/mill.jpg': servePhoto });
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

const capture = (session: ExtensionSession, fixture: string, title: string, images?: RegExp) =>
  captureFixture(session, server, fixture, title, images);

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
    const zipped = await unzipped(zip, join(workDir, 'unzipped'));
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
    await deleteArticle(library, MILL);
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
