import { useCallback, useState } from 'preact/hooks';
import type { CaptureView } from '../../components/CaptureStatus';
import type { CaptureOutcome } from '../../lib/platform/messages';
import { sendRequest } from '../../lib/platform/runtime-messaging';

function toView(outcome: CaptureOutcome): CaptureView {
  switch (outcome.status) {
    case 'saved':
      return { kind: 'saved', title: outcome.title, replaced: outcome.replaced };
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
        const outcome = await sendRequest({ type: 'capture-active-tab', ...options });
        setView(toView(outcome));
        if (outcome.status !== 'failed') onStored(outcome.id);
      } catch (error) {
        setView({
          kind: 'failed',
          message: `The extension did not answer: ${String(error)}`,
          canSaveWholePage: false,
        });
      }
    },
    [onStored],
  );
  return { view, capture };
}
