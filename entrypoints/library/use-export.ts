import { useCallback, useRef, useState } from 'preact/hooks';
import { buildExportZip, exportZipName } from '../../lib/export/build-export-zip';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { downloadChunks } from '../../lib/platform/download-chunks';
import { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
import { plural } from '../../lib/format/plural';
import { messageOf } from '../../lib/message-of';

export interface ExportState {
  done: number;
  total: number;
}

/** Export of a list of articles as a zip, with progress and Cancel. */
export function useExport(db: CleanCaptureDb, onDone: (message: string) => void) {
  const [state, setState] = useState<ExportState | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(
    async (ids: readonly number[]) => {
      const controller = new AbortController();
      abort.current = controller;
      setState({ done: 0, total: ids.length });
      try {
        const now = new Date();
        const chunks = await buildExportZip(iterateArticlesInBatches(db, ids), {
          total: ids.length,
          signal: controller.signal,
          now,
          onProgress: (done, total) => setState({ done, total }),
        });
        downloadChunks(chunks, exportZipName(now), 'application/zip');
        onDone(`Exported ${plural(ids.length, 'article', 'articles')}.`);
      } catch (error) {
        if (controller.signal.aborted) onDone('Export cancelled. Nothing was saved.');
        else onDone(`Export failed: ${messageOf(error)}`);
      } finally {
        abort.current = null;
        setState(null);
      }
    },
    [db, onDone],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { exportState: state, startExport: start, cancelExport: cancel };
}
