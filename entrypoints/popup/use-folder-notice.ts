import { useEffect, useRef, useState } from 'preact/hooks';
import type { MirrorStatus } from '../../lib/mirror/mirror-status';
import { readMirrorFolder, requestFolderPermission } from '../../lib/platform/mirror/folder-access';
import { watchMirror } from '../../lib/platform/mirror/watch-mirror';
import { getDatabase } from '../../lib/platform/store/db';

/**
 * The chosen folder while the popup is open: this capture and anything pending are written to it,
 * and when the browser has taken the permission back (a restart), one click asks for it again,
 * after which the pending changes are written in order.
 */
export function useFolderNotice() {
  const [status, setStatus] = useState<MirrorStatus | null>(null);
  const watcher = useRef<ReturnType<typeof watchMirror> | null>(null);
  useEffect(() => {
    const watching = watchMirror(setStatus);
    watcher.current = watching;
    return watching.stop;
  }, []);
  const allow = async () => {
    const folder = await readMirrorFolder(getDatabase());
    // The click is the user's gesture the browser needs before it asks.
    if (folder) await requestFolderPermission(folder.handle);
    watcher.current?.refresh();
  };
  return { status, allow: () => void allow() };
}
