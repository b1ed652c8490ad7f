import { browser, type Browser } from 'wxt/browser';

/** How often the tab is looked at besides the events: a missed "complete" must not stall a capture. */
const CHECK_EVERY_MS = 1_000;

/**
 * The tab once it has finished loading, or null when it has not after `timeoutMs` or was closed.
 * Listens before it looks, so a load that completes in between is not missed; and looks again every
 * second, since an event the worker did not hear (seen in end-to-end runs: a hidden tab loaded,
 * its capture still waiting) would otherwise hold the capture until the time allowed ran out.
 */
export function waitForTabLoad(tabId: number, timeoutMs: number): Promise<Browser.tabs.Tab | null> {
  return new Promise((resolve) => {
    const finish = (tab: Browser.tabs.Tab | null) => {
      clearTimeout(timer);
      clearInterval(checks);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(tab);
    };
    const onUpdated = (id: number, change: { status?: string }, tab: Browser.tabs.Tab) => {
      if (id === tabId && change.status === 'complete') finish(tab);
    };
    const onRemoved = (id: number) => {
      if (id === tabId) finish(null);
    };
    const look = () =>
      browser.tabs.get(tabId).then(
        (tab) => {
          if (tab.status === 'complete' && tab.url !== 'about:blank') finish(tab);
        },
        () => finish(null),
      );
    const timer = setTimeout(() => finish(null), timeoutMs);
    const checks = setInterval(() => void look(), CHECK_EVERY_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void look();
  });
}
