import { browser } from 'wxt/browser';

/**
 * Opens the small window that says why Clean Capture needs to read a link's site and asks for it
 * there: a browser's own permission prompt gives no reason, and it may only be shown from a click
 * on one of our pages.
 */
export async function openAllowSiteWindow(link: string, tabId: number | undefined): Promise<void> {
  const query = new URLSearchParams({ link });
  if (tabId !== undefined) query.set('tab', String(tabId));
  await browser.windows.create({
    url: browser.runtime.getURL(`/allow-site.html?${query}`),
    type: 'popup',
    width: 480,
    height: 320,
  });
}
