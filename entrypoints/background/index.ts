import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { MENU_ITEMS } from '../../lib/menus/menu-items';
import { activeTabOfThisWindow, tabToCapture } from '../../lib/platform/browser-tabs';
import { captureLinkedPage } from '../../lib/platform/capture-link';
import { captureTab } from '../../lib/platform/capture-tab';
import { onMenuClick, registerMenus } from '../../lib/platform/context-menus';
import { keepArticleImages } from '../../lib/platform/keep-article-images';
import { openLibrary } from '../../lib/platform/open-library';
import {
  listenForBatchRequests,
  listenForCaptureRequests,
  listenForImageRequests,
  listenForLinkRequests,
} from '../../lib/platform/runtime-messaging';
import { reportShortcutOutcome } from '../../lib/platform/shortcut-feedback';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { handleMenuClick } from './menu-clicks';
import { saveAllTabs } from './save-all-tabs';

/** The text is stored first and answered at once; the images follow in the background. */
function followWithImages(outcome: CaptureOutcome): CaptureOutcome {
  if (outcome.status === 'saved') void keepArticleImages(outcome.id).catch(() => undefined);
  return outcome;
}

/** What each keyboard command saves; `open-library` opens instead. */
const COMMAND_CAPTURES: Record<string, { selection: boolean }> = {
  'capture-page': { selection: false },
  'capture-selection': { selection: true },
};

export default defineBackground(() => {
  listenForCaptureRequests(async (request) =>
    followWithImages(
      await captureTab(await tabToCapture(request.tabId), {
        replace: request.replace,
        wholePage: request.wholePage,
      }),
    ),
  );
  listenForImageRequests(async ({ articleId }) => {
    const report = await keepArticleImages(articleId);
    return { stored: report?.stored ?? 0, failed: report?.failed.length ?? 0 };
  });
  listenForLinkRequests(async ({ url, tabId }) => {
    const outcome = followWithImages(await captureLinkedPage(url));
    await reportShortcutOutcome(tabId, outcome, 'menu');
    return outcome;
  });
  listenForBatchRequests((request) => saveAllTabs(request, followWithImages));

  void registerMenus(MENU_ITEMS);
  onMenuClick((click) => void handleMenuClick(click, followWithImages));

  // A shortcut opens no window: the toolbar badge tells the outcome. A page saved before stays as
  // it is; the popup offers "Capture again" for that.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-library') return void openLibrary();
    const capture = COMMAND_CAPTURES[command];
    if (!capture) return;
    void (async () => {
      const target = tab ?? (await activeTabOfThisWindow());
      const outcome = followWithImages(
        await captureTab(target, { replace: false, wholePage: false, selection: capture.selection }),
      );
      await reportShortcutOutcome(target?.id, outcome);
    })();
  });
});
