import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { activeTabOfThisWindow, tabToCapture } from '../../lib/platform/browser-tabs';
import { captureTab } from '../../lib/platform/capture-tab';
import { openLibrary } from '../../lib/platform/open-library';
import { listenForCaptureRequests } from '../../lib/platform/runtime-messaging';
import { reportShortcutOutcome } from '../../lib/platform/shortcut-feedback';

export default defineBackground(() => {
  listenForCaptureRequests(async (request) =>
    captureTab(await tabToCapture(request.tabId), {
      replace: request.replace,
      wholePage: request.wholePage,
    }),
  );

  // The shortcut opens no window: the toolbar badge tells the outcome. A page saved before stays as
  // it is; the popup offers "Capture again" for that.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-library') return void openLibrary();
    if (command !== 'capture-page') return;
    void (async () => {
      const target = tab ?? (await activeTabOfThisWindow());
      const outcome = await captureTab(target, { replace: false, wholePage: false });
      await reportShortcutOutcome(target?.id, outcome);
    })();
  });
});
