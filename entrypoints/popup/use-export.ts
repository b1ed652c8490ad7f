import { say } from '../../lib/i18n/message';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { saidOf } from '../../lib/i18n/message-error';
import { downloadChunks } from '../../lib/platform/download-chunks';
import { useImageLinksChoice } from '../../components/shared/use-image-links-choice';
import type { ToastContent } from './use-toast';
import { useTranslator } from '../../components/shared/use-translator';
import { loadPopupStore } from './load-popup-store';

// The zip and Markdown builders (fflate, yaml, valibot) are half the popup's code and build tables
// when evaluated: loaded on first use, or when the browser is idle after the list is painted.
export const loadExporter = () => import('../../lib/export/build-export-zip');
const loadSettingsFile = () => import('../../lib/settings/settings-file');

/** Fetches the export code in the background, so Copy and Export answer without a wait. */
function preloadExporter(): void {
  const load = () => void loadExporter();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

// Module-level, so the choice hook reads the settings once (after the first paint, as an effect).
const SETTINGS = {
  read: () => loadPopupStore().then((s) => s.readSettings()),
  save: (change: { keepImageLinksRemote: boolean }) => loadPopupStore().then((s) => s.updateSettings(change)),
};

/**
 * Export of the ticked articles as a zip, with its progress, ending in a toast; with the stored
 * images in it unless the user keeps image links remote (a choice remembered in the settings). The
 * export code is fetched once the list is `loaded`.
 */
export function useExport(showToast: (toast: ToastContent) => void, loaded: boolean) {
  const t = useTranslator();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (loaded) preloadExporter();
  }, [loaded]);

  const notSaved = useCallback(
    (error: unknown) =>
      showToast({ tone: 'error', message: t.t('popup.choiceNotSaved', say(t, saidOf(error))) }),
    [showToast],
  );
  const { keepImageLinksRemote, chooseImageLinks } = useImageLinksChoice(SETTINGS, notSaved);

  const exportZip = useCallback(
    async (ids: number[]) => {
      setProgress({ done: 0, total: ids.length });
      try {
        const [{ buildExportZip, exportZipName }, store, { settingsFileText }] = await Promise.all([
          loadExporter(),
          loadPopupStore(),
          loadSettingsFile(),
        ]);
        const { getDatabase, iterateArticlesInBatches, exportImageSource, exportAnnotationSource } = store;
        const db = getDatabase();
        let images = 0;
        // Read at each export, so a template changed in the options page applies at once.
        const settings = await store.readSettings();
        const chunks = await buildExportZip(iterateArticlesInBatches(db, ids), {
          total: ids.length,
          templates: settings.templates,
          // The settings travel with the library (left out when all are defaults).
          settingsFile: settingsFileText(settings),
          onProgress: (done, total) => setProgress({ done, total }),
          images: keepImageLinksRemote ? undefined : exportImageSource(db, ids),
          annotations: exportAnnotationSource(db),
          onDone: (written) => (images = written.images),
        });
        const name = exportZipName(new Date());
        downloadChunks(chunks, name, 'application/zip');
        const withImages = keepImageLinksRemote
          ? t.t('popup.imageLinksRemote')
          : images > 0
            ? t.plural('popup.withImages', images)
            : '';
        showToast({
          tone: 'info',
          message: t.plural('popup.exported', ids.length, name) + withImages,
        });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('popup.exportFailed', say(t, saidOf(error))) });
      } finally {
        setProgress(null);
      }
    },
    [showToast, keepImageLinksRemote],
  );

  return { exportZip, progress, keepImageLinksRemote, chooseImageLinks };
}
