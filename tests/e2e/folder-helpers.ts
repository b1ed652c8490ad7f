import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../harness/launch-extension';
import type { FixtureServer } from '../harness/serve-fixtures';

/** A folder's files by path (slash-separated), as byte arrays. */
export type FolderFiles = Record<string, number[]>;

/**
 * Stands in for the browser's folder picker on one of our pages: `showDirectoryPicker` gives a
 * folder `name` of the extension's origin-private file system (a real FileSystemDirectoryHandle,
 * written through the same API as a folder on disk, which a test cannot pick without the dialog).
 */
export async function stubFolderPicker(page: Page, name: string): Promise<void> {
  await page.evaluate((folder) => {
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
  }, name);
}

/** Every file of the private folder `name`, read on one of our pages. */
export function readFolder(page: Page, name: string): Promise<FolderFiles> {
  return page.evaluate(async (folder) => {
    const files: Record<string, number[]> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [entry, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
        else
          files[`${prefix}${entry}`] = Array.from(
            new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer()),
          );
      }
    };
    await walk(
      await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true }),
      '',
    );
    return files;
  }, name);
}

/** Writes files into the private folder `name` (as a sync tool or the user's editor would). */
export async function writeFolder(page: Page, name: string, files: FolderFiles): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle(folder, { create: true });
      for (const [path, bytes] of Object.entries(files)) {
        const segments = path.split('/');
        const name = segments.pop() as string;
        let dir = root;
        for (const segment of segments) dir = await dir.getDirectoryHandle(segment, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(new Uint8Array(bytes));
        await writable.close();
      }
    },
    { folder: name, files },
  );
}

/** A file's text. */
export const textOf = (bytes: number[] | undefined) =>
  bytes === undefined ? undefined : new TextDecoder().decode(new Uint8Array(bytes));

/**
 * Makes the folder's permission what Chromium gives a picked folder after a restart: `prompt`
 * until the page asks (requestPermission, on a click) and the user allows. Installed before the
 * page's own scripts; the answer is remembered for the extension's other pages.
 */
export function revokedFolderPermission(): void {
  const key = 'test-folder-permission';
  const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
  proto.queryPermission = () =>
    Promise.resolve(localStorage.getItem(key) === 'granted' ? 'granted' : 'prompt');
  proto.requestPermission = () => {
    localStorage.setItem(key, 'granted');
    return Promise.resolve('granted');
  };
}

/** Every file under a folder of the disk, by slash-separated path, leaving out what `skip` names. */
export async function readDiskFolder(dir: string, skip: (path: string) => boolean = () => false) {
  const files: FolderFiles = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!skip(path)) files[path] = Array.from(await readFile(join(dir, path)));
  }
  return files;
}

/** An export zip's article files and images, unpacked by `unzip` (its index.md and manifest.json aside). */
export async function unzipped(zip: string, into: string): Promise<FolderFiles> {
  await rm(into, { recursive: true, force: true });
  execFileSync('unzip', ['-q', zip, '-d', into]);
  return readDiskFolder(into, (path) => path === 'index.md' || path === 'manifest.json');
}

/** Captures a fixture page from the toolbar, and waits until its images (if any) are stored. */
export async function captureFixture(
  session: ExtensionSession,
  server: FixtureServer,
  fixture: string,
  title: string,
  images?: RegExp,
): Promise<void> {
  const popup = await session.clickToolbarButton(await session.openPage(server.pageUrl(fixture)));
  await popup.waitForText(`Saved “${title}”`);
  if (images) await popup.waitForText(images, 20_000);
  await popup.close();
}

/** Adds a tag in the library's reading view of article `id`. */
export async function addTag(library: Page, id: number, tag: string): Promise<void> {
  await library.goto(library.url().replace(/#.*$/, '') + `#article=${id}`);
  await library.locator('article.reader > header h1').waitFor();
  await library.getByLabel('Add a tag').fill(tag);
  await library.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => library.locator('.tag-editor .tag').allInnerTexts()).toContain(`${tag}×`);
}

/** Deletes the library row titled `title` (its checkbox, then Delete selected). */
export async function deleteArticle(library: Page, title: string): Promise<void> {
  await library.goto(library.url().replace(/#.*$/, ''));
  await library.locator('.list li.row', { hasText: title }).locator('input[type=checkbox]').click();
  await library.getByRole('button', { name: 'Delete selected' }).click();
}

/**
 * Presses "Import changes from the folder" in the list of `library`, checks the preview's counts,
 * and confirms with the button named `confirm`, after asking to replace changed copies (`replace`)
 * and to delete the articles whose files were removed from the folder (`deleteRemoved`).
 */
export async function importFolderChanges(
  library: Page,
  counts: RegExp,
  choices: { confirm: string; replace?: boolean; deleteRemoved?: boolean },
): Promise<void> {
  // From the list (the reading view has no import).
  if (library.url().includes('#')) await library.goto(library.url().replace(/#.*$/, ''));
  await library.getByRole('button', { name: 'Import changes from the folder' }).click();
  const dialog = library.locator('.import-dialog[data-step=preview]');
  await dialog.waitFor();
  expect(await dialog.locator('.import-counts').innerText()).toMatch(counts);
  if (choices.replace) await dialog.getByLabel('Replace my copies with the versions in the zip').check();
  if (choices.deleteRemoved) await dialog.getByLabel(/Delete (it|them) here too/).check();
  await dialog.getByRole('button', { name: choices.confirm, exact: true }).click();
  // Closed, not showing a failure.
  await expect.poll(() => library.locator('.import-dialog').count()).toBe(0);
}

/** Serves a JPEG photo: the mill article's picture, so the folder has an image in assets/ as an export would. */
export const servePhoto = (_request: unknown, response: ServerResponse) =>
  void readFile(resolve('tests/images/samples/photo-400.jpg')).then((body) =>
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(body),
  );
