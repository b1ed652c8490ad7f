import type { MenuClick } from '../../lib/platform/context-menus';
import { captureLinkedPage } from '../../lib/platform/capture-link';
import { captureTab } from '../../lib/platform/capture-tab';
import { openAllowSiteWindow } from '../../lib/platform/open-allow-site';
import { reportShortcutOutcome } from '../../lib/platform/shortcut-feedback';
import { mayReadSites } from '../../lib/platform/site-access';
import { sitePattern } from '../../lib/permissions/site-patterns';
import type { CaptureOutcome } from '../../lib/messaging/messages';

/**
 * One click on our right-click entries, handled like the toolbar button: the tab it was made on is
 * saved (the click grants activeTab for it), the toolbar badge tells the outcome and a failure waits
 * for the popup. A link whose site is not allowed yet opens the window that asks for it.
 */
export async function handleMenuClick(
  { action, linkUrl, tab }: MenuClick,
  follow: (outcome: CaptureOutcome) => CaptureOutcome,
): Promise<void> {
  if (action === 'save-link') {
    const pattern = linkUrl === undefined ? null : sitePattern(linkUrl);
    if (linkUrl !== undefined && pattern && !(await mayReadSites([pattern]))) {
      return openAllowSiteWindow(linkUrl, tab?.id);
    }
    const outcome = follow(await captureLinkedPage(linkUrl ?? '', tab?.windowId));
    return reportShortcutOutcome(tab?.id, outcome, 'menu');
  }
  const outcome = follow(
    await captureTab(tab, {
      replace: false,
      wholePage: action === 'save-whole-page',
      selection: action === 'save-selection',
    }),
  );
  await reportShortcutOutcome(tab?.id, outcome, 'menu');
}
