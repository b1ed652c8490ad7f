import { saidOf } from '../../i18n/message-error';
import { loadPart } from '../../load-part';
import { pendingCount } from '../../mirror/plan-mirror';
import { readSettings } from '../settings-store';
import type { CleanCaptureDb } from '../store/db';
import { canSaveToFolder, folderPermission, readMirrorFolder } from './folder-access';
import type { MirrorStatus } from '../../mirror/mirror-status';
import type { MirrorFolder } from './mirror-tables';

/** Only one pass at a time over the folder, whichever of our pages or the worker starts it. */
const LOCK = 'clean-capture-folder';

// The pass's code (every article's file written as the export writes it) comes only once a folder
// is chosen: a page opened without one does not load it (the library's first screen, the popup).
const passCode = loadPart(() => import('./sync-mirror'));

/**
 * Writes what the folder is behind by, when the folder may be written now, and says where things
 * stand. Never throws: a failure (the folder deleted, the disk full) is in the status, and what was
 * not written stays pending.
 */
export async function mirrorNow(db: CleanCaptureDb, scope: object = globalThis): Promise<MirrorStatus> {
  if (!canSaveToFolder(scope)) return { kind: 'unsupported' };
  let folder: MirrorFolder | undefined;
  try {
    folder = await readMirrorFolder(db);
    if (!folder) return { kind: 'off' };
    const [settings, { planFolderChanges, syncMirror }] = await Promise.all([readSettings(), passCode.get()]);
    if ((await folderPermission(folder.handle)) !== 'granted') {
      const pending = pendingCount(await planFolderChanges(db, settings));
      return { kind: 'paused', folder: folder.name, pending };
    }
    const { handle } = folder;
    // What the pass left is what waits: planning again only to count it would double the pass's
    // work (every article named and fingerprinted) on each page that opens.
    const { pending } = await navigator.locks.request(LOCK, () => syncMirror(db, handle, settings));
    const conflicts = await db.mirrorConflicts.toArray();
    return { kind: 'on', folder: folder.name, pending, conflicts, error: null };
  } catch (failure) {
    const conflicts = await db.mirrorConflicts.toArray().catch(() => []);
    const name = folder?.name ?? '';
    return { kind: 'on', folder: name, pending: 0, conflicts, error: saidOf(failure) };
  }
}
