import { browser, type Browser } from 'wxt/browser';
import { failed } from '../messaging/capture-errors';
import { message } from '../i18n/message';
import type { CaptureOutcome } from '../messaging/messages';
import { siteNames, sitePattern } from '../permissions/site-patterns';
import { captureTab } from './capture-tab';
import { mayReadSites } from './site-access';
import { waitForTabLoad } from './wait-for-tab-load';

/** How long a linked page may take to load in its background tab. */
const LOAD_TIMEOUT_MS = 45_000;

/**
 * Saves the article behind a link without showing it: the page loads in a muted background tab of
 * the window (so its scripts run and it reads as the user would see it, through the same extract
 * script as a toolbar capture), is captured, and the tab is closed whatever happens. Needs the
 * user's permission for the link's site, asked for beforehand (askForSites).
 */
export async function captureLinkedPage(url: string, windowId?: number): Promise<CaptureOutcome> {
  const pattern = sitePattern(url);
  if (!pattern) return failed('restricted', message('capture.linkNotWeb'));
  if (!(await mayReadSites([pattern]))) return notPermitted(pattern);
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.create({ url, active: false, windowId });
  } catch (error) {
    return failed('no-tab', message('capture.linkNotOpenedBecause', String(error)));
  }
  const tabId = tab.id;
  if (tabId === undefined) return failed('no-tab', message('capture.linkNotOpened'));
  try {
    // Not waited for: the load is watched from now on, whatever becomes of the muting.
    void browser.tabs.update(tabId, { muted: true }).catch(() => undefined);
    const loaded = await waitForTabLoad(tabId, LOAD_TIMEOUT_MS);
    if (!loaded) {
      return failed('timed-out', message('capture.linkNotLoaded', LOAD_TIMEOUT_MS / 1000));
    }
    // A redirect may have taken the link to another site than the one the user allowed.
    const landed = loaded.url === undefined ? null : sitePattern(loaded.url);
    if (landed && !(await mayReadSites([landed]))) return notPermitted(landed);
    return await captureTab(loaded, { replace: false, wholePage: false });
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

function notPermitted(pattern: string): CaptureOutcome {
  return failed('not-permitted', message('capture.linkNotPermitted', siteNames([pattern])));
}
