import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { MENU_ITEMS } from '../../lib/menus/menu-items';
import { tabToCapture } from '../../lib/platform/browser-tabs';
import { activeTabOfThisWindow } from '../../lib/platform/this-tab';
import { captureLinkedPage } from '../../lib/platform/capture-link';
import { captureTab } from '../../lib/platform/capture-tab';
import { createImageRuns, type ImageRuns } from '../../lib/platform/create-image-runs';
import { onMenuClick, registerMenus } from '../../lib/platform/context-menus';
import { openLibrary } from '../../lib/platform/open-library';
import {
  listenForBatchRequests,
  listenForCaptureRequests,
  listenForImageRequests,
  listenForLinkRequests,
} from '../../lib/platform/runtime-messaging';
import { reportShortcutOutcome, reportShortcutSaving } from '../../lib/platform/shortcut-feedback';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { indexAfterChanges } from './index-after-changes';
import { handleMenuClick } from './menu-clicks';
import { saveAllTabs } from './save-all-tabs';

/** The text is stored first and answered at once; the images follow in the background. */
function followWithImages(images: ImageRuns, outcome: CaptureOutcome): CaptureOutcome {
  if (outcome.status === 'saved') void images.start(outcome.id).catch(() => undefined);
  return outcome;
}

/** What each keyboard command saves; `open-library` opens instead. */
const COMMAND_CAPTURES: Record<string, { selection: boolean }> = {
  'capture-page': { selection: false },
  'save-selection': { selection: true },
};

export default defineBackground(() => {
  const images = createImageRuns();
  const indexSoon = indexAfterChanges();
  // The search index takes in what was stored, while no library tab is open too.
  const follow = (outcome: CaptureOutcome) => {
    if (outcome.status === 'saved') indexSoon();
    return followWithImages(images, outcome);
  };
  // A worker the browser stopped mid-fetch left its runs recorded: this start picks them up.
  void images.resumeStopped().catch(() => undefined);
  listenForCaptureRequests(async (request) =>
    follow(
      await captureTab(await tabToCapture(request.tabId), {
        replace: request.replace,
        wholePage: request.wholePage,
      }),
    ),
  );
  listenForImageRequests(async ({ articleId, because }) => {
    const report = await (because === 'waiting' ? images.keep(articleId) : images.start(articleId));
    return { stored: report?.stored ?? 0, failed: report?.failed.length ?? 0 };
  });
  listenForLinkRequests(async ({ url, tabId }) => {
    const outcome = follow(await captureLinkedPage(url));
    await reportShortcutOutcome(tabId, outcome, 'menu');
    return outcome;
  });
  listenForBatchRequests((request) => saveAllTabs(request, follow));

  void registerMenus(MENU_ITEMS);
  onMenuClick((click) => void handleMenuClick(click, follow));

  // A shortcut opens no window: the toolbar badge tells the outcome. A page saved before stays as
  // it is; the popup offers "Capture again" for that.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-library') return void openLibrary();
    const capture = COMMAND_CAPTURES[command];
    if (!capture) return;
    void (async () => {
      const target = tab ?? (await activeTabOfThisWindow());
      await reportShortcutSaving(target?.id);
      const outcome = follow(
        await captureTab(target, { replace: false, wholePage: false, selection: capture.selection }),
      );
      await reportShortcutOutcome(target?.id, outcome);
    })();
  });
});
