import { browser, type Browser } from 'wxt/browser';
import { message } from '../i18n/message';
import { MessageError } from '../i18n/message-error';

/** Opens a saved article's address in a new tab; refuses anything but web and file addresses. */
export async function openInNewTab(url: string): Promise<void> {
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    throw new MessageError(message('popup.refusedAddress', protocol));
  }
  await browser.tabs.create({ url });
}

/** Whether this extension page is shown in a tab rather than as the toolbar popup. */
export async function isShownInTab(): Promise<boolean> {
  return (await browser.tabs.getCurrent()) !== undefined;
}

/**
 * The active tab of this context's window: for the toolbar popup, the tab it was opened over. In
 * the background worker "current window" means the last focused one, which may have changed.
 */
export async function activeTabOfThisWindow(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The tab a capture is for: the one named, if it still exists, else the active tab. */
export async function tabToCapture(tabId: number | undefined): Promise<Browser.tabs.Tab | undefined> {
  if (tabId === undefined) return activeTabOfThisWindow();
  return browser.tabs.get(tabId).catch(() => undefined);
}

/** This context's window and how many tabs it holds, ours left out: what "Save all N tabs" offers. */
export async function tabsOfThisWindow(): Promise<{ windowId: number; count: number } | null> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const windowId = tabs[0]?.windowId;
  const own = browser.runtime.getURL('/');
  const count = tabs.filter((tab) => !tab.url?.startsWith(own)).length;
  return windowId === undefined ? null : { windowId, count };
}
