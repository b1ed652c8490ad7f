import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureView } from '../../components/popup/CaptureStatus';
import { activeTabOfThisWindow } from '../../lib/platform/this-tab';
import { explainMissingAnswer } from '../../lib/messaging/capture-errors';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { requestCapture } from '../../lib/platform/runtime-messaging';
import type { FirstCapture } from './early-capture';

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
 * Follows the capture started as the popup opened (`first`, see early-capture.ts), and captures again when
 * the user asks. `freshId` is the article now in the store (new, replaced or already there), null
 * before; `reload` refreshes the list once it is stored.
 */
export function useCapture(first: FirstCapture, reload: () => Promise<void>) {
  const [view, setView] = useState<CaptureView>({ kind: 'idle' });
  const [freshId, setFreshId] = useState<number | null>(null);
  const follow = useCallback(
    async (outcomeOf: () => Promise<CaptureOutcome | null>) => {
      try {
        const outcome = await outcomeOf();
        if (!outcome) return;
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
  const capture = useCallback(
    (options: { replace: boolean; wholePage: boolean }) =>
      follow(async () => {
        setView({ kind: 'saving', wholePage: options.wholePage });
        // The tab this popup belongs to, named in the request: the worker's idea of the current
        // window is the last focused one, which need not be this popup's.
        const tab = await activeTabOfThisWindow();
        return requestCapture({ ...options, tabId: tab?.id });
      }),
    [follow],
  );
  useEffect(() => {
    void first.requested.then((requested) => {
      if (requested) setView({ kind: 'saving', wholePage: false });
    });
    void follow(() => first.outcome);
    // The first capture is followed once, for the life of the popup.
  }, []);
  return { view, capture, freshId };
}
