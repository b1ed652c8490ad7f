import { useCallback, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { messageOf } from '../../lib/message-of';
import { siteNames, sitePattern } from '../../lib/permissions/site-patterns';
import { requestLinkCapture } from '../../lib/platform/runtime-messaging';
import { askForSites } from '../../lib/platform/site-access';
import { settlePendingCapture } from '../../lib/platform/store/settle-pending-capture';
import { useTranslator } from '../../components/shared/use-translator';
import type { Library } from './use-library';

/**
 * Captures a page moved in from a reading list when the user asks, from its entry in the reading
 * view: the site is allowed first (in the click, as the browser requires), the background loads
 * and captures the page as it does a linked one, and the entry is filled in, or replaced by the
 * page if it was saved under another address. `show` opens the captured article afresh.
 */
export function useCapturePending(
  lib: Pick<Library, 'db' | 'refresh'>,
  say: (message: string) => void,
  show: (id: number) => void,
) {
  const t = useTranslator();
  const [busy, setBusy] = useState<number | null>(null);
  const { db, refresh } = lib;
  const capture = useCallback(
    (article: Pick<ArticleRecord, 'id' | 'sourceUrl'>) => {
      const pattern = sitePattern(article.sourceUrl);
      if (!pattern) return say(t.t('importFrom.captureFailed', article.sourceUrl));
      // Asked before any await, so the browser sees the click.
      void askForSites([pattern]).then(async (granted) => {
        if (!granted) return say(t.t('importFrom.notAllowed', siteNames([pattern])));
        setBusy(article.id);
        try {
          const outcome = await requestLinkCapture({ url: article.sourceUrl });
          if (outcome.status === 'failed') return say(t.t('importFrom.captureFailed', outcome.message));
          await settlePendingCapture(db, article.id, outcome.id);
          await refresh();
          show(outcome.id);
        } catch (error) {
          say(t.t('importFrom.captureFailed', messageOf(error)));
        } finally {
          setBusy(null);
        }
      });
    },
    [db, refresh, say, show, t],
  );
  return { capturingId: busy, capturePending: capture };
}
