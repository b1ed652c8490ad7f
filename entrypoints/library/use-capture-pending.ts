import { useCallback, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { message, type Message } from '../../lib/i18n/message';
import { saidOf } from '../../lib/i18n/message-error';
import { siteNames, sitePattern } from '../../lib/permissions/site-patterns';
import { requestLinkCapture } from '../../lib/platform/runtime-messaging';
import { askForSites } from '../../lib/platform/site-access';
import { settlePendingCapture } from '../../lib/platform/store/settle-pending-capture';
import type { Library } from './use-library';

/**
 * Captures a page moved in from a reading list when the user asks, from its entry in the reading
 * view: the site is allowed first (in the click, as the browser requires), the background loads
 * and captures the page as it does a linked one, and the entry is filled in, or replaced by the
 * page if it was saved under another address. `show` opens the captured article afresh.
 */
export function useCapturePending(
  lib: Pick<Library, 'db' | 'refresh'>,
  say: (said: Message) => void,
  show: (id: number) => void,
) {
  const [busy, setBusy] = useState<number | null>(null);
  const { db, refresh } = lib;
  const capture = useCallback(
    (article: Pick<ArticleRecord, 'id' | 'sourceUrl'>) => {
      const pattern = sitePattern(article.sourceUrl);
      if (!pattern) return say(message('importFrom.captureFailed', article.sourceUrl));
      // Asked before any await, so the browser sees the click.
      void askForSites([pattern]).then(async (granted) => {
        if (!granted) return say(message('importFrom.notAllowed', siteNames([pattern])));
        setBusy(article.id);
        try {
          const outcome = await requestLinkCapture({ url: article.sourceUrl });
          if (outcome.status === 'failed') return say(message('importFrom.captureFailed', outcome.message));
          await settlePendingCapture(db, article.id, outcome.id);
          await refresh();
          show(outcome.id);
        } catch (error) {
          say(message('importFrom.captureFailed', saidOf(error)));
        } finally {
          setBusy(null);
        }
      });
    },
    [db, refresh, say, show],
  );
  return { capturingId: busy, capturePending: capture };
}
