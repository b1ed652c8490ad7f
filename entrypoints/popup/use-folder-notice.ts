import { useEffect, useRef, useState } from 'preact/hooks';
import type { MirrorStatus } from '../../lib/mirror/mirror-status';
import { loadPopupStore } from './load-popup-store';

/**
 * The chosen folder while the popup is open: this capture and anything pending are written to it,
 * and when the browser has taken the permission back (a restart), one click asks for it again,
 * after which the pending changes are written in order.
 */
export function useFolderNotice() {
  const [status, setStatus] = useState<MirrorStatus | null>(null);
  const watcher = useRef<{ stop: () => void; refresh: () => void } | null>(null);
  useEffect(() => {
    let stopped = false;
    // The folder's code (planning, the export's file writing, YAML) is most of what the popup would
    // load: fetched once the list is painted, so opening the popup does not wait for it.
    void import('../../lib/platform/mirror/watch-mirror').then(({ watchMirror }) => {
      if (!stopped) watcher.current = watchMirror(setStatus);
    });
    return () => {
      stopped = true;
      watcher.current?.stop();
    };
  }, []);
  const allow = async () => {
    const { readMirrorFolder, requestFolderPermission, getDatabase } = await loadPopupStore();
    const folder = await readMirrorFolder(getDatabase());
    // The click is the user's gesture the browser needs before it asks.
    if (folder) await requestFolderPermission(folder.handle);
    watcher.current?.refresh();
  };
  return { status, allow: () => void allow() };
}
