import { useCallback, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { sitePatterns } from '../../lib/permissions/site-patterns';
import { requestLinkCapture } from '../../lib/platform/runtime-messaging';
import { askForSites } from '../../lib/platform/site-access';
import { settlePendingCapture } from '../../lib/platform/store/settle-pending-capture';
import type { PendingBatch } from '../../components/library/CapturePendingButton';
import { counted, message, type Message } from '../../lib/i18n/message';
import type { Library } from './use-library';

/**
 * Captures every page still to capture, one after another, when the user starts it: their sites
 * are allowed first (in the click), each page is captured in a background tab as a linked one is,
 * and its entry filled in (see settlePendingCapture). Stop ends it after the page under way.
 */
export function useCaptureAllPending(
  lib: Pick<Library, 'db' | 'records' | 'tally' | 'refresh'>,
  say: (said: Message) => void,
) {
  const [batch, setBatch] = useState<PendingBatch | null>(null);
  const stopped = useRef(false);
  const { db, records, refresh } = lib;
  // Counted with the records as they change (see LibraryTally), not by a walk over them at a render.
  const pendingCount = lib.tally.pending;

  const start = useCallback(() => {
    const entries: ArticleRecord[] = records.filter((record) => record.notCaptured);
    if (entries.length === 0) return;
    stopped.current = false;
    // Asked before any await, so the browser sees the click.
    void askForSites(sitePatterns(entries.map((entry) => entry.sourceUrl))).then(async (granted) => {
      if (!granted) return say(message('importFrom.batchNotAllowed'));
      let captured = 0;
      setBatch({ done: 0, total: entries.length });
      for (const [i, entry] of entries.entries()) {
        if (stopped.current) break;
        try {
          const outcome = await requestLinkCapture({ url: entry.sourceUrl });
          if (outcome.status !== 'failed') {
            await settlePendingCapture(db, entry.id, outcome.id);
            captured += 1;
          }
        } catch {
          // Counted below as not captured; the entry stays, to try again.
        }
        setBatch({ done: i + 1, total: entries.length });
      }
      await refresh();
      setBatch(null);
      say(counted('importFrom.batchDone', captured, entries.length - captured));
    });
  }, [db, records, refresh, say]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);

  return {
    pendingCount,
    pendingBatch: batch,
    captureAllPending: start,
    stopPendingBatch: stop,
  };
}
