import { browser } from 'wxt/browser';

/**
 * Asks the user to let Clean Capture read pages on these sites (match patterns, see sitePatterns),
 * for captures of pages they are not looking at: a link, the other tabs of the window. Call it
 * directly from a click handler, before any await: browsers show the prompt only within the gesture.
 * A refusal, or a browser that cannot ask, answers false.
 */
export function askForSites(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: [...patterns] }).catch(() => false);
}

/** Whether Clean Capture may already read pages on every one of these sites. */
export async function mayReadSites(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: [...patterns] });
  } catch {
    return false;
  }
}
