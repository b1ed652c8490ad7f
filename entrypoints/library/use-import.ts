import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportView } from '../../components/library/ImportDialog';
import type { ImportChoice, ImportPreview, ImportPreviewResult } from '../../lib/import/import-preview';
import type { ReadExportOptions } from '../../lib/import/read-export-zip';
import type { PickedFile } from '../../lib/import/read-import-files';
import { counted, message, type Message } from '../../lib/i18n/message';
import { saidOf } from '../../lib/i18n/message-error';
import type { Library } from './use-library';
import { importPart } from './parts';

// A folder may hold a vault's pictures and attachments: only the files an importer reads are loaded.
const READABLE_IN_FOLDER = /\.(?:md|markdown|json|html)$/i;

/** What the dialog calls the choice: the file's name, or the folder's. */
function chosenName(files: readonly File[]): string {
  const [first] = files;
  if (!first) return '';
  return files.length > 1 || first.webkitRelativePath
    ? (first.webkitRelativePath.split('/')[0] ?? first.name)
    : first.name;
}

/** The chosen files' bytes, named by their path inside the chosen folder. */
async function pickedFiles(files: readonly File[]): Promise<PickedFile[]> {
  const folder = files.length > 1 || files.some((file) => file.webkitRelativePath !== '');
  const wanted = folder ? files.filter((file) => READABLE_IN_FOLDER.test(file.name)) : files;
  return Promise.all(
    wanted.map(async (file) => ({
      // Inside the folder: an Omnivore export's content/ and highlights/ are found by these paths.
      name: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      lastModified: file.lastModified,
    })),
  );
}

/** HTML from an export as an inert document: DOMParser runs no script and loads nothing. */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Import of an export zip, another tool's export or a folder of Markdown files into the library: read and check it, show what it would do, write it
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
        const { summariseImport } = await importPart.get();
        if (controller.signal.aborted) return;
        preview.current = result.preview;
        setView({ step: 'preview', fileName, summary: summariseImport(result.preview) });
      } catch (error) {
        if (controller.signal.aborted) return;
        setView({ step: 'failed', fileName, message: message('library.fileUnreadable', saidOf(error)) });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [],
  );

  const choose = useCallback(
    async (files: File[]) => {
      const fileName = chosenName(files);
      preview.current = null;
      const part = await importPart.get().catch((error: unknown) => {
        setView({ step: 'failed', fileName, message: saidOf(error) });
        return null;
      });
      if (!part) return;
      const { checkArchiveSize, DEFAULT_IMPORT_LIMITS, readImportFiles, previewRead } = part;
      // Checked before reading, so a huge file is never loaded into the page's memory.
      const tooLarge = checkArchiveSize(
        files.reduce((sum, file) => sum + file.size, 0),
        DEFAULT_IMPORT_LIMITS,
      );
      if (tooLarge) return setView({ step: 'failed', fileName, message: tooLarge });
      await previewFrom(fileName, async (options) => {
        const read = await readImportFiles(await pickedFiles(files), { parseHtml, ...options });
        return read.ok ? previewRead(db, read) : read;
      });
    },
    [db, previewFrom],
  );

  const confirm = useCallback(
    async (choice: ImportChoice) => {
      const planned = preview.current;
      if (view?.step !== 'preview' || !planned) return;
      const { fileName, summary } = view;
      setView({ step: 'applying', fileName, summary });
      try {
        const { applyImport } = await importPart.get();
        const outcome = await applyImport(db, planned, choice);
        preview.current = null;
        setView(null);
        await refresh();
        say(
          outcome.deleted > 0
            ? counted(
                'library.importedReplacedAndDeleted',
                outcome.added,
                counted('library.changedOnes', outcome.replaced),
                counted('library.deletedOnes', outcome.deleted),
              )
            : outcome.replaced > 0
              ? counted(
                  'library.importedAndReplaced',
                  outcome.added,
                  counted('library.changedOnes', outcome.replaced),
                )
              : counted('library.imported', outcome.added),
        );
      } catch (error) {
        setView({ step: 'failed', fileName, message: saidOf(error) });
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
    chooseImportFiles: choose,
    previewImportFrom: previewFrom,
    confirmImport: confirm,
    closeImport: close,
  };
}
