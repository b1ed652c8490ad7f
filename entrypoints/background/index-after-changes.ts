import { createIndexSchedule } from '../../lib/search/index-schedule';
import { listenForArticleChanges, listenForSearchIndexed } from '../../lib/platform/runtime-messaging';
import { askIndexOwnerToSync } from '../../lib/platform/search-index-channel';
import { closeIndexerPage, openIndexerPage } from '../../lib/platform/search-index-host';
import { isSearchIndexHeld } from '../../lib/platform/search-index-lock';

/** Captures of "Save all tabs" come one after another: one pass takes them in. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 3000;
/** A pass that never reports (its page crashed) is given up on; the next change or library open catches up. */
const PASS_TIMEOUT_MS = 10 * 60_000;

/**
 * Keeps the full-text index in step as articles change, so a library tab opens on an index with
 * nothing to catch up: when a library tab owns the index, it is asked to sync; otherwise the
 * indexer page is opened for one pass and closed when it reports. Returns what to call when
 * articles changed.
 */
export function indexAfterChanges(): () => void {
  let passEnded: (() => void) | undefined;
  // Also when this worker was restarted after opening the page: the report still closes it.
  listenForSearchIndexed(() => {
    void closeIndexerPage().catch(() => undefined);
    passEnded?.();
  });

  async function pass(): Promise<void> {
    if (await isSearchIndexHeld()) return askIndexOwnerToSync();
    const ended = new Promise<boolean>((resolve) => {
      passEnded = () => resolve(true);
      setTimeout(() => resolve(false), PASS_TIMEOUT_MS);
    });
    // A page left open by an earlier pass may have read the articles before this change: go again.
    if (!(await openIndexerPage())) schedule.changed();
    if (!(await ended)) await closeIndexerPage();
  }

  const schedule = createIndexSchedule({ quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS, run: pass });
  listenForArticleChanges(schedule.changed);
  return schedule.changed;
}
