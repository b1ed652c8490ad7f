import { browser } from 'wxt/browser';

/** Opens a saved article's address in a new tab; refuses anything but web and file addresses. */
export async function openInNewTab(url: string): Promise<void> {
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    throw new Error(`Refusing to open a ${protocol} address.`);
  }
  await browser.tabs.create({ url });
}

/** Whether this extension page is shown in a tab rather than as the toolbar popup. */
export async function isShownInTab(): Promise<boolean> {
  return (await browser.tabs.getCurrent()) !== undefined;
}
