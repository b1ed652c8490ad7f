import { browser } from 'wxt/browser';

// Apart from keep-article-images.ts, which lists an article's images with `marked`: the popup
// asks for this permission, and importing it from there put Markdown parsing in the popup's bundle.

/**
 * The optional host permission that lets the worker fetch images from other sites (CDNs). It is
 * asked for only from a click in the popup; see the README's permission model.
 */
export const OTHER_SITES = { origins: ['<all_urls>'] };

/**
 * Asks the user to allow fetching images from other sites. Call it directly from a click handler,
 * before any await: browsers show the prompt only within the user's gesture.
 */
export function askForOtherSites(): Promise<boolean> {
  return browser.permissions.request(OTHER_SITES);
}

/** Whether the user has allowed fetching from other sites; false where the browser cannot say. */
export async function mayFetchOtherSites(): Promise<boolean> {
  try {
    return await browser.permissions.contains(OTHER_SITES);
  } catch {
    return false;
  }
}
