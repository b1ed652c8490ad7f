import { messageOf } from '../../lib/message-of';
import { useCallback } from 'preact/hooks';
import type { ArticleRowItem } from '../../components/popup/ArticleRow';
import { deleteArticle, getStoredArticle, restoreArticle } from '../../lib/platform/store/article-store';
import { openInNewTab } from '../../lib/platform/browser-tabs';
import { getDatabase } from '../../lib/platform/store/db';
import { loadExporter } from './use-export';
import type { ToastContent } from './use-toast';
import { useTranslator } from '../../components/shared/use-translator';

/**
 * What a row's buttons do: open the original, copy the Markdown, delete with Undo. Every action
 * ends in a toast: what happened, or what went wrong, so no click goes unanswered.
 */
export function useArticleActions(reload: () => Promise<void>, showToast: (toast: ToastContent) => void) {
  const t = useTranslator();
  const open = useCallback(
    (article: ArticleRowItem) => {
      openInNewTab(article.sourceUrl).catch((error: unknown) =>
        showToast({ tone: 'error', message: t.t('popup.couldNotOpen', messageOf(error)) }),
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
        showToast({ tone: 'info', message: t.t('popup.copied', article.title) });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('popup.couldNotCopy', messageOf(error)) });
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
            showToast({ tone: 'info', message: t.t('popup.restored', removed.article.title) });
          } catch (error) {
            showToast({ tone: 'error', message: messageOf(error) });
          }
          await reload();
        };
        showToast({
          tone: 'info',
          message: t.t('popup.deleted', removed.article.title),
          action: { label: t.t('popup.undo'), onAction: () => void undo() },
        });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('popup.couldNotDelete', messageOf(error)) });
      }
    },
    [reload, showToast],
  );

  return { open, copy, remove };
}
