import type { Browser } from 'wxt/browser';
import { nativeExtensionApi } from './native-extension-api';

// Apart from browser-tabs.ts, on the browser's own API: the popup's head script asks these before
// its modules load (entrypoints/popup/early-capture.ts) and must not carry the polyfill.

/** The extension API, which every extension context has. */
function api() {
  const found = nativeExtensionApi();
  if (!found) throw new Error('No extension API in this context.');
  return found;
}

/** Whether this extension page is shown in a tab rather than as the toolbar popup. */
export async function isShownInTab(): Promise<boolean> {
  return (await api().tabs.getCurrent()) !== undefined;
}

/**
 * The active tab of this context's window: for the toolbar popup, the tab it was opened over. In
 * the background worker "current window" means the last focused one, which may have changed.
 */
export async function activeTabOfThisWindow(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await api().tabs.query({ active: true, currentWindow: true });
  return tab;
}
