import { browser } from 'wxt/browser';

/** The library page's address, optionally with a search to start from (`library.html?q=…`). */
export function libraryUrl(query?: string): string {
  const url = browser.runtime.getURL('/library.html');
  return query ? `${url}?q=${encodeURIComponent(query)}` : url;
}

/** Opens the library in a new tab next to the current one (the `open-library` shortcut). */
export async function openLibrary(query?: string): Promise<void> {
  await browser.tabs.create({ url: libraryUrl(query) });
}
