import { messageOf } from '../../lib/platform/capture-errors';
import { useCallback, useState } from 'preact/hooks';
import type { ArticleRowItem } from '../../components/ArticleRow';
import { deleteArticle, getStoredArticle, restoreArticle } from '../../lib/platform/store/article-store';
import { openInNewTab } from '../../lib/platform/browser-tabs';
import { getDatabase } from '../../lib/platform/store/db';
import { downloadChunks } from '../../lib/platform/download-chunks';
import { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
import type { ToastContent } from './use-toast';

// The zip and Markdown builders (fflate, yaml, valibot) are half the popup's code and build tables
// when evaluated: loaded on first use, or when the browser is idle after the list is painted.
const loadExporter = () => import('../../lib/export/build-export-zip');

/** Fetches the export code in the background, so Copy and Export answer without a wait. */
export function preloadExporter(): void {
  const load = () => void loadExporter();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

/**
 * What the rows and the export button do. Every action ends in a toast: what happened, or what
 * went wrong, so no click goes unanswered.
 */
export function useArticleActions(reload: () => Promise<void>, showToast: (toast: ToastContent) => void) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const open = useCallback(
    (article: ArticleRowItem) => {
      openInNewTab(article.sourceUrl).catch((error: unknown) =>
        showToast({ tone: 'error', message: `Could not open the page: ${messageOf(error)}` }),
      );
    },
    [showToast],
  );

  const copy = useCallback(
    async (article: ArticleRowItem) => {
      try {
        const [stored, { articleDocument }] = await Promise.all([
          getStoredArticle(getDatabase(), article.id),
          loadExporter(),
        ]);
        if (!stored) throw new Error('it is no longer saved');
        await navigator.clipboard.writeText(articleDocument(stored));
        showToast({ tone: 'info', message: `Copied the Markdown of “${article.title}”` });
      } catch (error) {
        showToast({ tone: 'error', message: `Could not copy: ${messageOf(error)}` });
      }
    },
    [showToast],
  );

  const remove = useCallback(
    async (article: ArticleRowItem) => {
      const db = getDatabase();
      try {
        const removed = await deleteArticle(db, article.id);
        await reload();
        if (!removed) return;
        const undo = async () => {
          try {
            await restoreArticle(db, removed);
            showToast({ tone: 'info', message: `Restored “${removed.title}”` });
          } catch (error) {
            showToast({ tone: 'error', message: messageOf(error) });
          }
          await reload();
        };
        showToast({
          tone: 'info',
          message: `Deleted “${removed.title}”`,
          action: { label: 'Undo', onAction: () => void undo() },
        });
      } catch (error) {
        showToast({ tone: 'error', message: `Could not delete: ${messageOf(error)}` });
      }
    },
    [reload, showToast],
  );

  const exportZip = useCallback(
    async (ids: number[]) => {
      setProgress({ done: 0, total: ids.length });
      try {
        const { buildExportZip, exportZipName } = await loadExporter();
        const chunks = await buildExportZip(iterateArticlesInBatches(getDatabase(), ids), {
          total: ids.length,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        const name = exportZipName(new Date());
        downloadChunks(chunks, name, 'application/zip');
        showToast({
          tone: 'info',
          message: `Exported ${ids.length} ${ids.length === 1 ? 'article' : 'articles'} to ${name}`,
        });
      } catch (error) {
        showToast({ tone: 'error', message: `Export failed, no file was made: ${messageOf(error)}` });
      } finally {
        setProgress(null);
      }
    },
    [showToast],
  );

  return { open, copy, remove, exportZip, progress };
}
