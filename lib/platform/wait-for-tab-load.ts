import { browser, type Browser } from 'wxt/browser';

/**
 * The tab once it has finished loading, or null when it has not after `timeoutMs` or was closed.
 * Listens before it looks, so a load that completes in between is not missed.
 */
export function waitForTabLoad(tabId: number, timeoutMs: number): Promise<Browser.tabs.Tab | null> {
  return new Promise((resolve) => {
    const finish = (tab: Browser.tabs.Tab | null) => {
      clearTimeout(timer);
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
    const timer = setTimeout(() => finish(null), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.status === 'complete' && tab.url !== 'about:blank') finish(tab);
      },
      () => finish(null),
    );
  });
}
