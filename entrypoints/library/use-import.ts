import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../../components/library/ImportChoices';
import type { ImportView } from '../../components/library/ImportDialog';
import { DEFAULT_IMPORT_LIMITS } from '../../lib/import/read-export-zip';
import { applyImport } from '../../lib/platform/apply-import';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { previewImport, type ImportPreview } from '../../lib/platform/preview-import';

const MiB = 1024 * 1024;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The preview as the dialog shows it. */
function summarise(preview: ImportPreview): ImportSummary {
  return {
    exportedAt: preview.exportedAt,
    total:
      preview.added.length + preview.unchanged.length + preview.changed.length + preview.duplicates.length,
    added: preview.added.length,
    unchanged: preview.unchanged.length,
    changed: preview.changed.map(({ incoming, stored, changes }) => ({
      title: stored.title,
      site: stored.siteName,
      storedAt: stored.capturedAt,
      incomingAt: incoming.article.capturedAt,
      changes,
    })),
    duplicates: preview.duplicates.length,
    ignoredFiles: preview.ignoredFiles.length,
    skipped: preview.skipped.map(({ fileName, reason }) => ({ name: fileName, reasons: [reason] })),
    adjusted: [...preview.added, ...preview.changed.map((c) => c.incoming)]
      .filter((incoming) => incoming.notes.length > 0)
      .map(({ article, notes }) => ({ name: article.title, reasons: notes })),
  };
}

/**
 * Import of an export zip into the library: read and check it, show what it would do, write it
 * when the user confirms, then `onImported` (which refreshes the list and the search index).
 */
export function useImport(db: CleanCaptureDb, onImported: (message: string) => Promise<void> | void) {
  const [view, setView] = useState<ImportView | null>(null);
  const preview = useRef<ImportPreview | null>(null);
  const abort = useRef<AbortController | null>(null);

  const choose = useCallback(
    async (file: File) => {
      const fileName = file.name;
      preview.current = null;
      // Checked before reading, so a huge file is never loaded into the page's memory.
      if (file.size > DEFAULT_IMPORT_LIMITS.maxArchiveBytes) {
        const most = DEFAULT_IMPORT_LIMITS.maxArchiveBytes / MiB;
        const message = `The zip is larger than ${most} MB, the most that can be imported.`;
        return setView({ step: 'failed', fileName, message });
      }
      const controller = new AbortController();
      abort.current = controller;
      setView({ step: 'reading', fileName, done: 0, total: 0 });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await previewImport(db, bytes, {
          signal: controller.signal,
          onProgress: (done, total) => setView({ step: 'reading', fileName, done, total }),
        });
        if (controller.signal.aborted) return;
        if (!result.ok) return setView({ step: 'failed', fileName, message: result.message });
        preview.current = result.preview;
        setView({ step: 'preview', fileName, summary: summarise(result.preview) });
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setView({ step: 'failed', fileName, message: `The file could not be read: ${message}` });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [db],
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
        const parts = [`Imported ${plural(outcome.added, 'new article', 'new articles')}`];
        if (outcome.replaced > 0)
          parts.push(`replaced ${plural(outcome.replaced, 'changed one', 'changed ones')}`);
        await onImported(`${parts.join(' and ')}.`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setView({ step: 'failed', fileName, message });
      }
    },
    [db, view, onImported],
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

  return { importView: view, chooseImportFile: choose, confirmImport: confirm, closeImport: close };
}
