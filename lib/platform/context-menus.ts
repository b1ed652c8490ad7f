import { browser, type Browser } from 'wxt/browser';
import { menuActionOf, type MenuAction, type MenuItem } from '../menus/menu-items';
import type { Translator } from '../i18n/create-translator';
import { browserTranslator } from './browser-translator';

/**
 * Puts our entries in the page's right-click menu. Run on every start of the background: created
 * entries outlive a stopped worker in Chrome but not a restart of Firefox's event page, and
 * removing them first keeps a second start from failing on ids that exist.
 */
export async function registerMenus(
  items: readonly MenuItem[],
  translator: Translator = browserTranslator(),
): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const { id, titleKey, contexts } of items) {
    const [first, ...more] = contexts;
    const title = translator.t(titleKey);
    if (first) browser.contextMenus.create({ id, title, contexts: [first, ...more] });
  }
}

/** What the browser says about a click on one of our entries. */
export interface MenuClick {
  action: MenuAction;
  /** The link under the pointer, for "Save linked article". */
  linkUrl?: string;
  tab?: Browser.tabs.Tab;
}

/**
 * Calls `handle` for each click on one of our entries. Registered synchronously in the background's
 * main(), so a worker started by the click itself still hears it.
 */
export function onMenuClick(handle: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = menuActionOf(info.menuItemId);
    if (action) handle({ action, linkUrl: info.linkUrl, tab });
  });
}
