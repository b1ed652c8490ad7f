import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportView } from '../../components/library/ImportDialog';
import type { ImportPreview, ImportPreviewResult } from '../../lib/import/import-preview';
import { checkArchiveSize } from '../../lib/import/list-zip-entries';
import { DEFAULT_IMPORT_LIMITS, type ReadExportOptions } from '../../lib/import/read-export-zip';
import { summariseImport } from '../../lib/import/summarise-import';
import { applyImport } from '../../lib/platform/apply-import';
import { previewImport } from '../../lib/platform/preview-import';
import { counted, message, type Message } from '../../lib/i18n/message';
import { messageOf } from '../../lib/message-of';
import type { Library } from './use-library';

/**
 * Import of an export zip into the library: read and check it, show what it would do, write it
 * when the user confirms, then refresh the list and the search index and `say` what was imported.
 */
export function useImport(lib: Pick<Library, 'db' | 'refresh'>, say: (said: Message) => void) {
  const { db, refresh } = lib;
  const [view, setView] = useState<ImportView | null>(null);
  const preview = useRef<ImportPreview | null>(null);
  const abort = useRef<AbortController | null>(null);

  /** Reads something to import (a zip, the chosen folder) and shows what importing it would do. */
  const previewFrom = useCallback(
    async (
      fileName: string,
      read: (options: ReadExportOptions & { signal: AbortSignal }) => Promise<ImportPreviewResult>,
    ) => {
      preview.current = null;
      const controller = new AbortController();
      abort.current = controller;
      setView({ step: 'reading', fileName, done: 0, total: 0 });
      try {
        const result = await read({
          signal: controller.signal,
          onProgress: (done, total) => setView({ step: 'reading', fileName, done, total }),
        });
        if (controller.signal.aborted) return;
        if (!result.ok) return setView({ step: 'failed', fileName, message: result.message });
        preview.current = result.preview;
        setView({ step: 'preview', fileName, summary: summariseImport(result.preview) });
      } catch (error) {
        if (controller.signal.aborted) return;
        setView({ step: 'failed', fileName, message: message('library.fileUnreadable', messageOf(error)) });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [],
  );

  const choose = useCallback(
    async (file: File) => {
      preview.current = null;
      // Checked before reading, so a huge file is never loaded into the page's memory.
      const tooLarge = checkArchiveSize(file.size, DEFAULT_IMPORT_LIMITS);
      if (tooLarge) return setView({ step: 'failed', fileName: file.name, message: tooLarge });
      await previewFrom(file.name, async (options) =>
        previewImport(db, new Uint8Array(await file.arrayBuffer()), options),
      );
    },
    [db, previewFrom],
  );

  const confirm = useCallback(
    async (replaceChanged: boolean) => {
      const planned = preview.current;
      if (view?.step !== 'preview' || !planned) return;
      const { fileName, summary } = view;
      setView({ step: 'applying', fileName, summary });
      try {
        const outcome = await applyImport(db, planned, { replaceChanged });
        preview.current = null;
        setView(null);
        await refresh();
        say(
          outcome.replaced > 0
            ? counted(
                'library.importedAndReplaced',
                outcome.added,
                counted('library.changedOnes', outcome.replaced),
              )
            : counted('library.imported', outcome.added),
        );
      } catch (error) {
        setView({ step: 'failed', fileName, message: messageOf(error) });
      }
    },
    [db, view, refresh, say],
  );

  const close = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    setView((current) => {
      if (current?.step === 'applying') return current;
      preview.current = null;
      return null;
    });
  }, []);

  return {
    importView: view,
    chooseImportFile: choose,
    previewImportFrom: previewFrom,
    confirmImport: confirm,
    closeImport: close,
  };
}
