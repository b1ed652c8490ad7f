import { browser, type Browser } from 'wxt/browser';
import { message } from '../i18n/message';
import { runQueue } from '../batch/run-queue';
import { summariseBatch, type BatchSummary, type BatchTab } from '../batch/summarise-batch';
import { failed } from '../messaging/capture-errors';
import type { CaptureOutcome } from '../messaging/messages';
import { captureTab } from './capture-tab';
import { waitForTabLoad } from './wait-for-tab-load';

/** Tabs captured at once: enough to overlap one page's loading with another's reading, few enough for a laptop. */
export const BATCH_CONCURRENCY = 2;
const LOAD_TIMEOUT_MS = 45_000;

export interface BatchProgress {
  done: number;
  total: number;
}

/**
 * Saves every tab of a window as the toolbar button would (duplicates reported, not replaced),
 * {@link BATCH_CONCURRENCY} at a time, until `signal` is aborted. A tab the browser has unloaded
 * (discarded) is loaded again only when its turn comes, and unloaded again after, so at most a
 * couple of them are in memory at any moment. Our own pages are left out.
 */
export async function saveWindowTabs(
  windowId: number,
  signal: AbortSignal,
  onProgress: (progress: BatchProgress) => void,
  onOutcome: (outcome: CaptureOutcome) => void,
): Promise<BatchSummary> {
  const own = browser.runtime.getURL('/');
  const tabs = (await browser.tabs.query({ windowId })).filter((tab) => !tab.url?.startsWith(own));
  const byTab = new Map<BatchTab, Browser.tabs.Tab>();
  const items = tabs.map((tab) => {
    const item = { title: tab.title ?? tab.url ?? 'Untitled tab', url: tab.url ?? '' };
    byTab.set(item, tab);
    return item;
  });
  onProgress({ done: 0, total: items.length });
  const results = await runQueue(
    items,
    async (item) => {
      const outcome = await saveOneTab(byTab.get(item) as Browser.tabs.Tab);
      onOutcome(outcome);
      return outcome;
    },
    {
      concurrency: BATCH_CONCURRENCY,
      signal,
      onSettled: (_result, done) => onProgress({ done, total: items.length }),
    },
  );
  return summariseBatch(results);
}

async function saveOneTab(tab: Browser.tabs.Tab): Promise<CaptureOutcome> {
  if (tab.id === undefined) return failed('no-tab', message('capture.tabGone'));
  if (!tab.discarded && tab.status === 'complete') {
    return captureTab(tab, { replace: false, wholePage: false });
  }
  const wasDiscarded = tab.discarded === true;
  if (wasDiscarded) await browser.tabs.reload(tab.id);
  try {
    const loaded = await waitForTabLoad(tab.id, LOAD_TIMEOUT_MS);
    if (!loaded) {
      return failed('timed-out', message('capture.tabNotLoaded', LOAD_TIMEOUT_MS / 1000));
    }
    return await captureTab(loaded, { replace: false, wholePage: false });
  } finally {
    // Given back as the browser left it: unloaded, unless the user has switched to it meanwhile.
    if (wasDiscarded) {
      const now = await browser.tabs.get(tab.id).catch(() => null);
      if (now && !now.active) await browser.tabs.discard(tab.id).catch(() => undefined);
    }
  }
}
