import { writeBatchState } from '../../lib/platform/batch-state-store';
import { message } from '../../lib/i18n/message';
import { saveWindowTabs } from '../../lib/platform/save-window-tabs';
import type { BatchRequest, CaptureOutcome } from '../../lib/messaging/messages';

/** The run in progress, one per window: a second "Save all tabs" in the same window joins it. */
const running = new Map<number, AbortController>();

/** Starts or cancels saving every tab of a window; progress and the summary go to session storage. */
export function saveAllTabs(
  { windowId, cancel }: BatchRequest,
  onOutcome: (outcome: CaptureOutcome) => void,
): void {
  const current = running.get(windowId);
  if (cancel) {
    current?.abort();
    return;
  }
  if (current) return;
  const controller = new AbortController();
  running.set(windowId, controller);
  let last = { done: 0, total: 0 };
  const progress = () => writeBatchState({ kind: 'running', ...last, cancelling: controller.signal.aborted });
  controller.signal.addEventListener('abort', () => void progress());
  void saveWindowTabs(
    windowId,
    controller.signal,
    (now) => {
      last = now;
      void progress();
    },
    onOutcome,
  )
    .then((summary) => writeBatchState({ kind: 'finished', summary }))
    .catch((error: unknown) =>
      writeBatchState({
        kind: 'finished',
        summary: {
          saved: 0,
          alreadySaved: 0,
          notArticles: 0,
          failed: [{ tab: { title: '', url: '' }, reason: message('batch.runFailed', String(error)) }],
          notStarted: 0,
        },
      }),
    )
    .finally(() => running.delete(windowId));
}
