import { liveQuery } from 'dexie';
import { storage } from 'wxt/utils/storage';
import { getDatabase, type CleanCaptureDb } from '../store/db';
import type { MirrorStatus } from '../../mirror/mirror-status';
import { canSaveToFolder } from './folder-access';
import { mirrorNow } from './mirror-status';

/**
 * Keeps the chosen folder up to date while one of our pages is open: a pass now, then after every
 * change to the library from any context (the worker's captures too: Dexie tells the others), to
 * the folder's records, or to the settings (a new template renames files). Calls `onStatus` after
 * each pass. Returns how to stop watching, and how to look again now (after a permission was granted,
 * which no database change announces).
 */
export function watchMirror(
  onStatus: (status: MirrorStatus) => void,
  db: CleanCaptureDb = getDatabase(),
): { stop: () => void; refresh: () => void } {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      const status = await mirrorNow(db);
      if (!stopped) onStatus(status);
    } while (again && !stopped);
    running = false;
  };
  if (!canSaveToFolder()) {
    onStatus({ kind: 'unsupported' });
    return { stop: () => undefined, refresh: () => undefined };
  }
  // Without a folder only the folder's row is watched: the popup of a library of 10,000 articles
  // does not read every record on each change for a feature that is off.
  const subscription = liveQuery(async () =>
    (await db.mirrorFolder.count()) === 0
      ? null
      : Promise.all([
          db.articles.toArray(),
          db.articleImages.count(),
          db.mirrorConflicts.count(),
          // Each highlight or note change stamps its article's row here (highlight-store.ts).
          db.articleNotes.toArray(),
        ]),
  ).subscribe({ next: () => void run(), error: () => void run() });
  const unwatch = storage.watch('local:settings', () => void run());
  return {
    stop: () => {
      stopped = true;
      subscription.unsubscribe();
      unwatch();
    },
    refresh: () => void run(),
  };
}
