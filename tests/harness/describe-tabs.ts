import type { ExtensionSession } from './launch-extension';

/**
 * Runs in the service worker: every tab's address, loading status, and whether active, discarded or
 * frozen; whether a script can still run in each web page now (its document's state, or why not,
 * within 5 s: a renderer that no longer runs scripts, or our code stuck elsewhere); the locks held.
 */
const listTabs = `(async () => {
  const probe = (id) => Promise.race([
    chrome.scripting.executeScript({ target: { tabId: id }, injectImmediately: true, func: () => document.readyState })
      .then((r) => r[0]?.result, (e) => 'error: ' + e.message),
    new Promise((done) => setTimeout(() => done('no answer in 5 s'), 5000)),
  ]);
  const tabs = await chrome.tabs.query({});
  const described = await Promise.all(tabs.map(async (t) => ({
    url: t.url, pendingUrl: t.pendingUrl, status: t.status, active: t.active,
    discarded: t.discarded, frozen: t.frozen, windowId: t.windowId,
    script: t.url?.startsWith('http') ? await probe(t.id) : undefined,
  })));
  const locks = await navigator.locks.query();
  return { tabs: described, locks };
})()`;

/** Every tab as the extension sees it, and the locks held, for a failure message. */
export async function describeTabs(session: ExtensionSession): Promise<string> {
  const worker = await session.liveWorker();
  return JSON.stringify(await worker.evaluate(listTabs));
}
