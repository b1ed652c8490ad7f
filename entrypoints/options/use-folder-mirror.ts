import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ConflictAnswer, MirrorStatus } from '../../lib/mirror/mirror-status';
import type { Message } from '../../lib/i18n/message';
import { saidOf } from '../../lib/i18n/message-error';
import {
  chooseMirrorFolder,
  droppedFolder,
  forgetMirrorFolder,
  pickFolder,
  readMirrorFolder,
  requestFolderPermission,
} from '../../lib/platform/mirror/folder-access';
import { resolveConflict } from '../../lib/platform/mirror/resolve-conflict';
import { watchMirror } from '../../lib/platform/mirror/watch-mirror';
import { getDatabase } from '../../lib/platform/store/db';
import { useTranslator } from '../../components/shared/use-translator';

/**
 * The folder the library is saved to, kept up to date while the settings page is open: choosing
 * it (the browser's picker, or a folder dropped on the page), allowing it again, stopping, and answering about files edited there.
 */
export function useFolderMirror() {
  const { t } = useTranslator();
  const [status, setStatus] = useState<MirrorStatus | null>(null);
  const [problem, setProblem] = useState<Message | string | null>(null);
  const watcher = useRef<ReturnType<typeof watchMirror> | null>(null);
  useEffect(() => {
    const watching = watchMirror(setStatus);
    watcher.current = watching;
    return watching.stop;
  }, []);

  const attempt = useCallback((work: () => Promise<unknown>) => {
    setProblem(null);
    work().then(
      () => watcher.current?.refresh(),
      (error: unknown) => setProblem(saidOf(error)),
    );
  }, []);

  const db = getDatabase();
  return {
    status,
    problem,
    choose: () =>
      attempt(async () => {
        const handle = await pickFolder();
        if (handle) await chooseMirrorFolder(db, handle);
      }),
    drop: (data: DataTransfer) => {
      // Read now: the dropped items are gone once the drop event is over.
      const dropped = droppedFolder(data);
      attempt(async () => {
        const handle = await dropped;
        if (handle === null) return;
        if (handle === 'not-a-folder') throw new Error(t('folder.notAFolder'));
        // A drop gives the page read access only; the drop is the gesture the browser needs to ask
        // for writing too, as the picker does in one step.
        if ((await requestFolderPermission(handle)) !== 'granted')
          throw new Error(t('folder.dropNotAllowed', handle.name));
        await chooseMirrorFolder(db, handle);
      });
    },
    allow: () =>
      attempt(async () => {
        const folder = await readMirrorFolder(db);
        if (folder) await requestFolderPermission(folder.handle);
      }),
    stop: () => attempt(() => forgetMirrorFolder(db)),
    resolve: (path: string, answer: ConflictAnswer) =>
      attempt(async () => {
        const folder = await readMirrorFolder(db);
        if (folder) await resolveConflict(db, folder.handle, path, answer);
      }),
  };
}
