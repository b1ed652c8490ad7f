import type { CleanCaptureDb } from '../store/db';
import type { MirrorFolder } from './mirror-tables';

// The permission calls of the File System Access API, which TypeScript's DOM types do not have yet
// (https://wicg.github.io/file-system-access/#api-filesystemhandle-querypermission).
type PermissionMode = { mode: 'readwrite' };
interface PermissionCalls {
  queryPermission?(mode: PermissionMode): Promise<PermissionState>;
  requestPermission?(mode: PermissionMode): Promise<PermissionState>;
}
type PickerWindow = {
  showDirectoryPicker?(options: { mode: 'readwrite'; id?: string }): Promise<FileSystemDirectoryHandle>;
};

/** Chromium's way to a dropped entry's handle (https://wicg.github.io/file-system-access/#drag-and-drop). */
interface DroppedItem {
  getAsFileSystemHandle?(): Promise<FileSystemHandle | null>;
}

const READ_WRITE: PermissionMode = { mode: 'readwrite' };
const KEY = 'folder';

/** Whether this browser can save to a folder (Chromium's File System Access; Firefox cannot). */
export function canSaveToFolder(scope: object = globalThis): boolean {
  return typeof (scope as PickerWindow).showDirectoryPicker === 'function';
}

/** Asks the user for a folder (the browser's own picker); null when they cancel it. */
export async function pickFolder(scope: object = globalThis): Promise<FileSystemDirectoryHandle | null> {
  const picker = (scope as PickerWindow).showDirectoryPicker;
  if (!picker) return null;
  try {
    return await picker.call(scope, { mode: 'readwrite', id: 'clean-capture-folder' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * The folder the user dropped, read from the drop's data: `not-a-folder` for a file or anything else,
 * null where the browser cannot give a handle. Call it within the drop event, before any `await`:
 * the dropped items can be read only while the event is being handled.
 */
export function droppedFolder(
  data: DataTransfer,
): Promise<FileSystemDirectoryHandle | 'not-a-folder' | null> {
  const item = [...data.items].find((entry) => entry.kind === 'file') as
    (DataTransferItem & DroppedItem) | undefined;
  if (!item) return Promise.resolve('not-a-folder');
  if (!item.getAsFileSystemHandle) return Promise.resolve(null);
  return item
    .getAsFileSystemHandle()
    .then((handle) =>
      handle?.kind === 'directory' ? (handle as FileSystemDirectoryHandle) : 'not-a-folder',
    );
}

/** The chosen folder, or undefined when none is. */
export function readMirrorFolder(db: CleanCaptureDb): Promise<MirrorFolder | undefined> {
  return db.mirrorFolder.get(KEY);
}

/**
 * Makes `handle` the folder to save to. What was recorded about another folder is dropped (its
 * files are its own now); choosing the same folder again keeps the record, so nothing is rewritten.
 */
export async function chooseMirrorFolder(
  db: CleanCaptureDb,
  handle: FileSystemDirectoryHandle,
): Promise<void> {
  await db.transaction('rw', db.mirrorFolder, db.mirrorFiles, db.mirrorConflicts, async () => {
    const previous = await db.mirrorFolder.get(KEY);
    if (!previous || !(await previous.handle.isSameEntry(handle).catch(() => false))) {
      await db.mirrorFiles.clear();
      await db.mirrorConflicts.clear();
    }
    await db.mirrorFolder.put({ handle, name: handle.name }, KEY);
  });
}

/** Stops saving to the folder; its files stay where they are. */
export async function forgetMirrorFolder(db: CleanCaptureDb): Promise<void> {
  await db.transaction('rw', db.mirrorFolder, db.mirrorFiles, db.mirrorConflicts, async () => {
    await db.mirrorFolder.clear();
    await db.mirrorFiles.clear();
    await db.mirrorConflicts.clear();
  });
}

/** Whether we may write to the folder now; `prompt` after a browser restart until the user allows it again. */
export async function folderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const calls = handle as FileSystemDirectoryHandle & PermissionCalls;
  return calls.queryPermission ? calls.queryPermission(READ_WRITE) : 'granted';
}

/** Asks the browser to let us write to the folder again (needs a click of the user's). */
export async function requestFolderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const calls = handle as FileSystemDirectoryHandle & PermissionCalls;
  return calls.requestPermission ? calls.requestPermission(READ_WRITE) : 'granted';
}
