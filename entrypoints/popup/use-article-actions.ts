import { message, say } from '../../lib/i18n/message';
import { MessageError, saidOf } from '../../lib/i18n/message-error';
import { useCallback } from 'preact/hooks';
import type { ArticleRowItem } from '../../components/popup/ArticleRow';
import { openInNewTab } from '../../lib/platform/browser-tabs';
import { announceArticlesChanged } from '../../lib/platform/runtime-messaging';
import { loadPopupStore } from './load-popup-store';
import type { ToastContent } from './use-toast';
import { useTranslator } from '../../components/shared/use-translator';

// Loaded on first use, like the export code: the file builders are half the popup's code.
const loadArticleOut = () => import('../../lib/platform/article-out');

/** The stored article behind a row, and the one-article actions' code, fetched together. */
async function rowArticle(article: ArticleRowItem) {
  const [stored, out] = await Promise.all([
    loadPopupStore().then((s) => s.getStoredArticle(s.getDatabase(), article.id)),
    loadArticleOut(),
  ]);
  if (!stored) throw new MessageError(message('popup.noLongerSaved'));
  return { stored, out };
}

/** Throws the "no longer saved" message when the row's article is gone (a row drawn from the snapshot may be). */
async function stillSaved(article: ArticleRowItem): Promise<void> {
  const { hasArticle, getDatabase } = await loadPopupStore();
  if (!(await hasArticle(getDatabase(), article.id))) throw new MessageError(message('popup.noLongerSaved'));
}

/**
 * What a row's buttons do: open the original, copy the Markdown, download it as a file, send it to
 * Obsidian (all three as the export's templates write it), delete with Undo. Every action ends in
 * a toast: what happened, or what went wrong, so no click goes unanswered. Each asks the database
 * first: the first rows may be the snapshot's, drawn before the database answered.
 */
export function useArticleActions(reload: () => Promise<void>, showToast: (toast: ToastContent) => void) {
  const t = useTranslator();
  const open = useCallback(
    (article: ArticleRowItem) => {
      stillSaved(article)
        .then(() => openInNewTab(article.sourceUrl))
        .catch((error: unknown) =>
          showToast({ tone: 'error', message: t.t('popup.couldNotOpen', say(t, saidOf(error))) }),
        );
    },
    [showToast],
  );

  const copy = useCallback(
    async (article: ArticleRowItem) => {
      try {
        const { stored, out } = await rowArticle(article);
        await out.copyArticle(stored);
        showToast({ tone: 'info', message: t.t('popup.copied', article.title) });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('popup.couldNotCopy', say(t, saidOf(error))) });
      }
    },
    [showToast],
  );

  const download = useCallback(
    async (article: ArticleRowItem) => {
      try {
        const { stored, out } = await rowArticle(article);
        showToast({ tone: 'info', message: t.t('articleOut.downloaded', await out.downloadArticle(stored)) });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('articleOut.couldNotDownload', say(t, saidOf(error))) });
      }
    },
    [showToast],
  );

  const obsidian = useCallback(
    async (article: ArticleRowItem) => {
      try {
        const { stored, out } = await rowArticle(article);
        const { viaClipboard } = await out.openInObsidian(stored);
        const sent = viaClipboard ? 'articleOut.sentViaClipboard' : 'articleOut.sent';
        showToast({ tone: 'info', message: t.t(sent, article.title) });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('articleOut.couldNotOpenObsidian', say(t, saidOf(error))) });
      }
    },
    [showToast],
  );

  const remove = useCallback(
    async (article: ArticleRowItem) => {
      try {
        const { getDatabase, deleteArticle, restoreArticle } = await loadPopupStore();
        const db = getDatabase();
        const removed = await deleteArticle(db, article.id);
        // The background takes it out of the full-text index now, not when the library next opens.
        void announceArticlesChanged();
        await reload();
        if (!removed) throw new MessageError(message('popup.noLongerSaved'));
        const undo = async () => {
          try {
            await restoreArticle(db, removed);
            void announceArticlesChanged();
            showToast({ tone: 'info', message: t.t('popup.restored', removed.article.title) });
          } catch (error) {
            showToast({ tone: 'error', message: say(t, saidOf(error)) });
          }
          await reload();
        };
        showToast({
          tone: 'info',
          message: t.t('popup.deleted', removed.article.title),
          action: { label: t.t('popup.undo'), onAction: () => void undo() },
        });
      } catch (error) {
        showToast({ tone: 'error', message: t.t('popup.couldNotDelete', say(t, saidOf(error))) });
      }
    },
    [reload, showToast],
  );

  return { open, copy, download, obsidian, remove };
}
