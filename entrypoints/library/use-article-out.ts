import { message, type Message } from '../../lib/i18n/message';
import { useCallback } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { saidOf } from '../../lib/i18n/message-error';
import { exportPart } from './parts';

/**
 * The open article as one file (download, copy, Obsidian), named and written by the export's
 * templates; each ends in a message saying what happened or what went wrong.
 */
export function useArticleOut(article: StoredArticle | null, say: (message: Message) => void) {
  const download = useCallback(async () => {
    if (!article) return;
    try {
      const { downloadArticle } = await exportPart.get();
      say(message('articleOut.downloaded', await downloadArticle(article)));
    } catch (error) {
      say(message('articleOut.couldNotDownload', saidOf(error)));
    }
  }, [article, say]);
  const copy = useCallback(async () => {
    if (!article) return;
    try {
      const { copyArticle } = await exportPart.get();
      await copyArticle(article);
      say(message('articleOut.copied', article.title));
    } catch (error) {
      say(message('articleOut.couldNotCopy', saidOf(error)));
    }
  }, [article, say]);
  const obsidian = useCallback(async () => {
    if (!article) return;
    try {
      const { openInObsidian } = await exportPart.get();
      const { viaClipboard } = await openInObsidian(article);
      say(message(viaClipboard ? 'articleOut.sentViaClipboard' : 'articleOut.sent', article.title));
    } catch (error) {
      say(message('articleOut.couldNotOpenObsidian', saidOf(error)));
    }
  }, [article, say]);
  return { download, copy, obsidian };
}
