import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureView } from '../../components/popup/CaptureStatus';
import { activeTabOfThisWindow, isShownInTab } from '../../lib/platform/browser-tabs';
import { explainMissingAnswer } from '../../lib/messaging/capture-errors';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { requestCapture } from '../../lib/platform/runtime-messaging';

function toView(outcome: CaptureOutcome): CaptureView {
  switch (outcome.status) {
    case 'saved':
      return { kind: 'saved', title: outcome.title, replaced: outcome.replaced, notes: outcome.notes ?? [] };
    case 'duplicate':
      return { kind: 'duplicate', title: outcome.title };
    case 'failed':
      return { kind: 'failed', message: outcome.message, canSaveWholePage: outcome.canSaveWholePage };
  }
}

/**
 * Asks the background worker to capture the active tab as the popup opens, and again when the user
 * asks, and follows it. `freshId` is the article now in the store (new, replaced or already
 * there), null before; `reload` refreshes the list once it is stored.
 */
export function useCapture(reload: () => Promise<void>) {
  const [view, setView] = useState<CaptureView>({ kind: 'idle' });
  const [freshId, setFreshId] = useState<number | null>(null);
  const capture = useCallback(
    async (options: { replace: boolean; wholePage: boolean }) => {
      setView({ kind: 'saving', wholePage: options.wholePage });
      try {
        // The tab this popup belongs to, named in the request: the worker's idea of the current
        // window is the last focused one, which need not be this popup's.
        const tab = await activeTabOfThisWindow();
        const outcome = await requestCapture({ ...options, tabId: tab?.id });
        setView(toView(outcome));
        if (outcome.status !== 'failed') {
          setFreshId(outcome.id);
          void reload();
        }
      } catch (error) {
        setView({
          kind: 'failed',
          message: explainMissingAnswer(error),
          canSaveWholePage: false,
        });
      }
    },
    [reload],
  );
  useEffect(() => {
    void (async () => {
      // Opened as a tab (for instance from a test or a bookmark) there is no page to capture.
      if (!(await isShownInTab())) await capture({ replace: false, wholePage: false });
    })();
  }, [capture]);
  return { view, capture, freshId };
}
