import { useCallback } from 'preact/hooks';
import { useTranslator } from '../../components/shared/use-translator';
import type { StoredArticle } from '../../lib/article';
import { copyArticle, downloadArticle, openInObsidian } from '../../lib/platform/article-out';
import { messageOf } from '../../lib/message-of';

/**
 * The open article as one file (download, copy, Obsidian), named and written by the export's
 * templates; each ends in a message saying what happened or what went wrong.
 */
export function useArticleOut(article: StoredArticle | null, say: (message: string) => void) {
  const t = useTranslator();
  const download = useCallback(async () => {
    if (!article) return;
    try {
      say(t.t('articleOut.downloaded', await downloadArticle(article)));
    } catch (error) {
      say(t.t('articleOut.couldNotDownload', messageOf(error)));
    }
  }, [article, say]);
  const copy = useCallback(async () => {
    if (!article) return;
    try {
      await copyArticle(article);
      say(t.t('articleOut.copied', article.title));
    } catch (error) {
      say(t.t('articleOut.couldNotCopy', messageOf(error)));
    }
  }, [article, say]);
  const obsidian = useCallback(async () => {
    if (!article) return;
    try {
      const { viaClipboard } = await openInObsidian(article);
      say(t.t(viaClipboard ? 'articleOut.sentViaClipboard' : 'articleOut.sent', article.title));
    } catch (error) {
      say(t.t('articleOut.couldNotOpenObsidian', messageOf(error)));
    }
  }, [article, say]);
  return { download, copy, obsidian };
}
