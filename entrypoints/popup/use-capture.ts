import { useCallback, useState } from 'preact/hooks';
import type { CaptureView } from '../../components/CaptureStatus';
import { activeTabOfThisWindow } from '../../lib/platform/browser-tabs';
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
 * Asks the background worker to capture the active tab and follows it. `onStored` gets the id of
 * the article now in the store (new, replaced or already there).
 */
export function useCapture(onStored: (id: number) => void) {
  const [view, setView] = useState<CaptureView>({ kind: 'idle' });
  const capture = useCallback(
    async (options: { replace: boolean; wholePage: boolean }) => {
      setView({ kind: 'saving', wholePage: options.wholePage });
      try {
        // The tab this popup belongs to, named in the request: the worker's idea of the current
        // window is the last focused one, which need not be this popup's.
        const tab = await activeTabOfThisWindow();
        const outcome = await requestCapture({ ...options, tabId: tab?.id });
        setView(toView(outcome));
        if (outcome.status !== 'failed') onStored(outcome.id);
      } catch (error) {
        setView({
          kind: 'failed',
          message: explainMissingAnswer(error),
          canSaveWholePage: false,
        });
      }
    },
    [onStored],
  );
  return { view, capture };
}
