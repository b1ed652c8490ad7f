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

/** The capture the popup asks for as it opens; `requested` is false when it is shown in a tab. */
export interface FirstCapture {
  requested: Promise<boolean>;
  /** The outcome; null with no page to capture. */
  outcome: Promise<CaptureOutcome | null>;
}

/**
 * Asks for the capture of the tab under the popup before anything renders: a book-length page takes
 * seconds to read, and every step of the popup's own start (its first layout, the effects after it)
 * would otherwise come before the page is even asked. The two tab questions go out together.
 */
export function startFirstCapture(): FirstCapture {
  // Opened as a tab (for instance from a test or a bookmark) there is no page to capture.
  const tabs = Promise.all([isShownInTab(), activeTabOfThisWindow()]);
  return {
    requested: tabs.then(([inTab]) => !inTab).catch(() => true),
    outcome: tabs.then(([inTab, tab]) =>
      inTab ? null : requestCapture({ replace: false, wholePage: false, tabId: tab?.id }),
    ),
  };
}

/**
 * Follows the capture started as the popup opened (`first`, see main.tsx), and captures again when
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
