import { browser, type Browser } from 'wxt/browser';
import { message } from '../i18n/message';
import { MessageError } from '../i18n/message-error';
import { activeTabOfThisWindow } from './this-tab';

/** Opens a saved article's address in a new tab; refuses anything but web and file addresses. */
export async function openInNewTab(url: string): Promise<void> {
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    throw new MessageError(message('popup.refusedAddress', protocol));
  }
  await browser.tabs.create({ url });
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
