import { ASSETS_FOLDER } from '../../export/export-manifest';
import { SIDECAR_FOLDER } from '../../mirror/mirror-paths';
import type { FolderFile } from '../../mirror/render-article-files';

// File System Access calls on a folder by slash-separated path. Every path comes from our own
// templates (checked segments, never `..`), so no path can leave the folder.

async function parentOf(
  root: FileSystemDirectoryHandle,
  path: string,
  create: boolean,
): Promise<{ dir: FileSystemDirectoryHandle; name: string } | null> {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  let dir = root;
  try {
    for (const segment of segments) dir = await dir.getDirectoryHandle(segment, { create });
  } catch (error) {
    if (!create && isNotFound(error)) return null;
    throw error;
  }
  return { dir, name };
}

const isNotFound = (error: unknown) =>
  error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError');

/** A file's bytes, or null when the folder has no such file. */
export async function readFolderFile(
  root: FileSystemDirectoryHandle,
  path: string,
): Promise<Uint8Array | null> {
  const parent = await parentOf(root, path, false);
  if (!parent) return null;
  try {
    const file = await (await parent.dir.getFileHandle(parent.name)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Whether the folder has a file at `path`. */
export async function hasFolderFile(root: FileSystemDirectoryHandle, path: string): Promise<boolean> {
  const parent = await parentOf(root, path, false);
  if (!parent) return false;
  try {
    await parent.dir.getFileHandle(parent.name);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Writes a file whole, making its folders. The browser writes to a temporary file and swaps it in
 * on close, so a reader (a sync tool) never sees half a file.
 */
export async function writeFolderFile(
  root: FileSystemDirectoryHandle,
  { path, bytes }: FolderFile,
): Promise<void> {
  const parent = await parentOf(root, path, true);
  if (!parent) return;
  const writable = await (await parent.dir.getFileHandle(parent.name, { create: true })).createWritable();
  await writable.write(bytes as Uint8Array<ArrayBuffer>);
  await writable.close();
}

/** Removes a file if it is there (its emptied folders are left: the user may keep things there). */
export async function removeFolderFile(root: FileSystemDirectoryHandle, path: string): Promise<void> {
  const parent = await parentOf(root, path, false);
  if (!parent) return;
  try {
    await parent.dir.removeEntry(parent.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Every `.md` file of the folder and its subfolders, except in `assets/` and our hidden folder. */
export async function listMarkdownFiles(root: FileSystemDirectoryHandle, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for await (const [name, handle] of root.entries()) {
    const path = prefix + name;
    if (handle.kind === 'directory') {
      if (`${path}/` === ASSETS_FOLDER || `${path}/` === SIDECAR_FOLDER) continue;
      found.push(...(await listMarkdownFiles(handle as FileSystemDirectoryHandle, `${path}/`)));
    } else if (name.toLowerCase().endsWith('.md')) found.push(path);
  }
  return found.sort();
}
