import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFromDisk } from '../harness/drop-from-disk';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, exportAll, waitForArticles } from './e2e-helpers';
import {
  addTag,
  captureFixture,
  deleteArticle,
  importFolderChanges,
  readDiskFolder,
  servePhoto,
  textOf,
  unzipped,
} from './folder-helpers';

// Two browser profiles saving to one folder of the disk, as two machines would through the user's
// sync tool (here both read and write the very same folder). Each profile chooses it by dropping it
// on the settings page, as from a file manager, and allows writing in Chromium's own prompt: the
// folder is real, its handle the browser's, and nothing stands in for the File System Access API.
// Headed sessions, each on its own virtual display, since the prompt needs a window to show in.

const MILL = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';
const MILL_FILE = 'harbour-town-votes-to-rebuild-its-tidal-mill.md';
const FERRY_FILE = 'night-ferry-returns-after-winter-refit.md';

let server: FixtureServer;
const sessions: ExtensionSession[] = [];
let workDir: string;
let vault: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clean-capture-shared-'));
  vault = join(workDir, 'Vault');
  await mkdir(vault);
  server = await serveFixtures(resolve('tests/e2e/fixtures'), { '/images/mill.jpg': servePhoto });
}, 60_000);

afterAll(async () => {
  for (const session of sessions) await session.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function launch(): Promise<ExtensionSession> {
  const session = await launchExtension({ headed: true });
  sessions.push(session);
  return session;
}

const capture = (session: ExtensionSession, fixture: string, title: string, images?: RegExp) =>
  captureFixture(session, server, fixture, title, images);

/** The settings page, the vault dropped on it and allowed, once everything is written. */
async function dropVault(session: ExtensionSession): Promise<Page> {
  const options = await session.openExtensionPage('options.html');
  await session.dropFolder(options, options.getByTestId('folder-drop'), vault, true);
  await expect
    .poll(() => options.getByTestId('folder-status').textContent())
    .toBe('Saving to “Vault”. Everything is saved there.');
  return options;
}

/** The vault's files on disk, as the user's file manager and sync tool see them. */
const onDisk = (path: string) => readDiskFolder(vault).then((files) => textOf(files[path]));

/** What each profile's export of its whole library holds; the vault must hold the same files. */
async function exportOf(session: ExtensionSession, name: string) {
  const library = await session.openExtensionPage('library.html');
  await library.locator('.list li.row').first().waitFor();
  await exportAll(library, join(workDir, `${name}.zip`));
  await library.close();
  return unzipped(join(workDir, `${name}.zip`), join(workDir, name));
}

describe('a folder dropped on the settings page', () => {
  it('is refused when it is a file or when writing is not allowed, and chosen once allowed', async () => {
    const session = await launch();
    const options = await session.openExtensionPage('options.html');
    const note = join(workDir, 'note.md');
    await writeFile(note, '# Mine\n');
    await dropFromDisk(options, options.getByTestId('folder-drop'), note);
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toContain('That is a file; drop a folder');

    await session.dropFolder(options, options.getByTestId('folder-drop'), vault, false);
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toContain('Clean Capture was not allowed to save to “Vault”.');
    expect(await options.getByRole('button', { name: 'Choose folder…' }).count()).toBe(1);

    await session.dropFolder(options, options.getByTestId('folder-drop'), vault, true);
    await expect
      .poll(() => options.getByTestId('folder-status').textContent())
      .toBe('Saving to “Vault”. Everything is saved there.');
    await options.reload();
    // Kept for the next visit: the handle is stored, and the permission holds while our pages are open.
    await expect.poll(() => options.getByTestId('folder-status').textContent()).toContain('“Vault”');
    await session.close();
    sessions.splice(sessions.indexOf(session), 1);
  });
});

describe('two browser profiles and one folder on disk', () => {
  it('converge: each takes in the other’s captures, tag changes and deletes from the folder', async () => {
    const [a, b] = [await launch(), await launch()];
    await capture(a, 'news-article', MILL, /Images: 1 kept offline/);
    await capture(a, 'second-article', FERRY);
    const aOptions = await dropVault(a);
    await expect.poll(() => onDisk(FERRY_FILE)).toContain(`title: ${FERRY}`);
    const bOptions = await dropVault(b);

    // B takes A's captures in from the folder.
    const bLibrary = await b.openExtensionPage('library.html');
    await importFolderChanges(bLibrary, /2\s+new\s+0\s+already present \(unchanged\)\s+0\s+changed/, {
      confirm: 'Import 2 new',
    });
    await waitForArticles(b, 2);

    // B tags the mill and deletes the ferry; A takes both in, the delete only once asked.
    await addTag(bLibrary, byTitle(await waitForArticles(b, 2), MILL).id, 'mills');
    await deleteArticle(bLibrary, FERRY);
    await expect.poll(() => onDisk(MILL_FILE)).toMatch(/ {2}- mills\n/);
    await expect.poll(() => onDisk(FERRY_FILE)).toBeUndefined();
    const aLibrary = await a.openExtensionPage('library.html');
    await importFolderChanges(
      aLibrary,
      /0\s+new\s+0\s+already present \(unchanged\)\s+1\s+changed\s+1\s+removed from the folder/,
      { confirm: 'Import 0 new, replace 1 and delete 1', replace: true, deleteRemoved: true },
    );
    expect((await waitForArticles(a, 1)).map((x) => x.title)).toEqual([MILL]);

    // And back: A captures the ferry again and tags the mill; B takes both in.
    await capture(a, 'second-article', FERRY);
    await addTag(aLibrary, byTitle(await waitForArticles(a, 2), MILL).id, 'energy');
    await expect.poll(() => onDisk(MILL_FILE)).toMatch(/ {2}- energy\n/);
    await expect.poll(() => onDisk(FERRY_FILE)).toContain(`title: ${FERRY}`);
    await importFolderChanges(bLibrary, /1\s+new\s+0\s+already present \(unchanged\)\s+1\s+changed/, {
      confirm: 'Import 1 new and replace 1',
      replace: true,
    });
    await waitForArticles(b, 2);

    // A deletes the ferry; B deletes it too once asked.
    await deleteArticle(aLibrary, FERRY);
    await expect.poll(() => onDisk(FERRY_FILE)).toBeUndefined();
    await importFolderChanges(
      bLibrary,
      /0\s+new\s+1\s+already present \(unchanged\)\s+0\s+changed\s+1\s+removed from the folder/,
      { confirm: 'Import 0 new and delete 1', deleteRemoved: true },
    );
    expect((await waitForArticles(b, 1)).map((x) => x.title)).toEqual([MILL]);

    const portable = (s: ExtensionSession) =>
      s
        .storedArticles()
        .then((list) =>
          list.map(({ id: _id, ...article }) => article).sort((x, y) => x.title.localeCompare(y.title)),
        );
    await expect.poll(async () => JSON.stringify(await portable(b))).toBe(JSON.stringify(await portable(a)));
    // Nothing left to write on either side, no file taken for the user's edit, and the folder holds,
    // byte for byte, what each profile's export writes.
    for (const options of [aOptions, bOptions]) {
      await expect
        .poll(() => options.getByTestId('folder-status').textContent())
        .toBe('Saving to “Vault”. Everything is saved there.');
      expect(await options.getByTestId('folder-conflict').count()).toBe(0);
    }
    const folder = await readDiskFolder(vault, (path) => path.startsWith('.clean-capture/'));
    expect(Object.keys(folder).sort()).toEqual(
      [MILL_FILE, expect.stringMatching(/^assets\/[0-9a-f]{64}\.jpg$/)].sort(),
    );
    expect(await exportOf(a, 'a')).toEqual(folder);
    expect(await exportOf(b, 'b')).toEqual(folder);
  });
});
