import { useCallback, useMemo, useState } from 'preact/hooks';
import type { LinkOutcomeView } from '../../components/allow-site/LinkOutcome';
import { explainMissingAnswer } from '../../lib/messaging/capture-errors';
import { message } from '../../lib/i18n/message';
import { siteNames, sitePattern } from '../../lib/permissions/site-patterns';
import { requestLinkCapture } from '../../lib/platform/runtime-messaging';
import { askForSites } from '../../lib/platform/site-access';

/**
 * The link named in the window's address, and the one decision about it: allowing its site (asked
 * of the browser within the click) and saving it, or not, which saves nothing and says why.
 */
export function useLinkCapture(search: string) {
  const { link, pattern, tabId } = useMemo(() => {
    const query = new URLSearchParams(search);
    const url = query.get('link');
    const tab = Number(query.get('tab'));
    const pattern = url === null ? null : sitePattern(url);
    return {
      link: pattern ? url : null,
      pattern,
      tabId: Number.isInteger(tab) && tab >= 0 ? tab : undefined,
    };
  }, [search]);
  const site = pattern ? siteNames([pattern]) : '';
  const [view, setView] = useState<LinkOutcomeView | { kind: 'asking' }>({ kind: 'asking' });
  const refused = useCallback(
    () =>
      setView({
        kind: 'failed',
        message: message('allowSite.refused', site),
      }),
    [site],
  );
  const allow = useCallback(() => {
    if (!link || !pattern) return;
    // Asked first, before any await, so the browser sees the click.
    void askForSites([pattern]).then(async (granted) => {
      if (!granted) return refused();
      setView({ kind: 'saving' });
      try {
        const outcome = await requestLinkCapture({ url: link, tabId });
        setView(
          outcome.status === 'failed'
            ? { kind: 'failed', message: outcome.message }
            : { kind: outcome.status, title: outcome.title },
        );
      } catch (error) {
        setView({ kind: 'failed', message: explainMissingAnswer(error) });
      }
    });
  }, [link, pattern, tabId, refused]);
  return { link, site, view, allow, refuse: refused };
}
