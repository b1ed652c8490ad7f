import { useCallback, useRef, useState } from 'preact/hooks';
import { readSettings, updateSettings } from '../../lib/platform/settings-store';
import { useImageLinksChoice } from '../../components/shared/use-image-links-choice';
import { counted, message, type Message } from '../../lib/i18n/message';
import { saidOf } from '../../lib/i18n/message-error';
import { exportPart } from './parts';
import { runExportInWorker } from './run-export-worker';

export interface ExportState {
  done: number;
  total: number;
  /** The zip being written, from 1; a large export writes several. */
  zip: number;
}

// Module-level, so the choice hook reads the settings once.
const SETTINGS = { read: readSettings, save: updateSettings };

/**
 * Export of a list of articles as a zip, with progress and Cancel; with the stored images in it
 * unless the user keeps image links remote (a choice remembered in the settings). The zips are
 * written in a worker (run-export-worker.ts); the page reads the settings and saves the files.
 */
export function useExport(onDone: (said: Message) => void) {
  const [state, setState] = useState<ExportState | null>(null);
  const abort = useRef<AbortController | null>(null);

  const notSaved = useCallback(
    (error: unknown) => onDone(message('library.choiceNotSaved', saidOf(error))),
    [onDone],
  );
  const { keepImageLinksRemote, chooseImageLinks } = useImageLinksChoice(SETTINGS, notSaved);

  const start = useCallback(
    async (ids: readonly number[]) => {
      const controller = new AbortController();
      abort.current = controller;
      setState({ done: 0, total: ids.length, zip: 1 });
      try {
        const [{ downloadBlob, settingsFileText }, settings] = await Promise.all([
          exportPart.get(),
          // Read at each export, so a template changed in the options page applies at once.
          readSettings(),
        ]);
        // Any number of articles: several zips when one would be too large to import back.
        const { zips, images } = await runExportInWorker(
          {
            type: 'export',
            ids: [...ids],
            templates: settings.templates,
            // The settings travel with the library (left out when all are defaults).
            settingsFile: settingsFileText(settings),
            withImages: !keepImageLinksRemote,
            now: Date.now(),
          },
          (done, total, zip) => setState({ done, total, zip }),
          controller.signal,
        );
        for (const zip of zips) downloadBlob(zip.blob, zip.name);
        const exported = keepImageLinksRemote
          ? counted('library.exportedLinksRemote', ids.length)
          : images > 0
            ? counted('library.exportedWithImages', ids.length, counted('library.images', images))
            : counted('library.exported', ids.length);
        const [first] = zips;
        const last = zips.at(-1);
        onDone(
          zips.length > 1 && first && last
            ? counted('library.inZips', zips.length, exported, first.name, last.name)
            : exported,
        );
      } catch (error) {
        if (controller.signal.aborted) onDone(message('library.exportCancelled'));
        else onDone(message('library.exportFailed', saidOf(error)));
      } finally {
        abort.current = null;
        setState(null);
      }
    },
    [onDone, keepImageLinksRemote],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return {
    exportState: state,
    startExport: start,
    cancelExport: cancel,
    keepImageLinksRemote,
    chooseImageLinks,
  };
}
