import type { Page } from 'playwright-core';

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
