import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportPreviewResult } from '../../lib/import/import-preview';
import type { MirrorStatus } from '../../lib/mirror/mirror-status';
import { readMirrorFolder, requestFolderPermission } from '../../lib/platform/mirror/folder-access';
import { watchMirror } from '../../lib/platform/mirror/watch-mirror';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { useTranslator } from '../../components/shared/use-translator';
import { importPart } from './parts';

/**
 * The chosen folder while the library is open: kept up to date, and its new and changed files
 * brought in through the import preview (`previewFrom`, the zip import's own).
 */
export function useFolderImport(
  db: CleanCaptureDb,
  previewFrom: (name: string, read: () => Promise<ImportPreviewResult>) => Promise<void>,
) {
  const { t } = useTranslator();
  const [status, setStatus] = useState<MirrorStatus | null>(null);
  const watcher = useRef<ReturnType<typeof watchMirror> | null>(null);
  useEffect(() => {
    const watching = watchMirror(setStatus, db);
    watcher.current = watching;
    return watching.stop;
  }, [db]);
  const importChanges = async () => {
    const folder = await readMirrorFolder(db);
    if (!folder) return;
    await previewFrom(folder.name, async () => {
      // Asked in the click, before anything is read: after a restart the folder needs it again.
      if ((await requestFolderPermission(folder.handle)) !== 'granted')
        return { ok: false, message: t('folder.notAllowed', folder.name) };
      const { previewFolderImport } = await importPart.get();
      return previewFolderImport(db, folder.handle);
    });
    watcher.current?.refresh();
  };
  const chosen = status?.kind === 'on' || status?.kind === 'paused';
  return { chosen, importChanges: () => void importChanges() };
}
