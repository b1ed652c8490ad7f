import { browser } from 'wxt/browser';

/** The settings page's address, for links from the popup and the library. */
export function optionsUrl(): string {
  return browser.runtime.getURL('/options.html');
}
