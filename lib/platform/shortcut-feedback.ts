import { browser } from 'wxt/browser';
import type { CaptureSource, ShortcutFailure } from '../settings/settings-schema';
import type { CaptureOutcome } from '../messaging/messages';
import { TOOLBAR_MARKS, type ToolbarState } from '../toolbar/toolbar-marks';
import { readSettings, updateSettings } from './settings-store';
import { browserTranslator } from './browser-translator';
import type { Translator } from '../i18n/create-translator';
import { say } from '../i18n/message';

// Firefox builds as Manifest V2, where the toolbar button is `browserAction`.
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The toolbar title for an outcome: what happened, in a sentence. */
function describeOutcome(outcome: CaptureOutcome, translator: Translator): string {
  const t = translator.t;
  switch (outcome.status) {
    case 'saved':
      if (outcome.excerpt) return t('toolbar.savedExcerpt', outcome.title);
      return t(outcome.replaced ? 'toolbar.updated' : 'toolbar.saved', outcome.title);
    case 'duplicate':
      return t('toolbar.duplicate', outcome.title);
    case 'failed':
      return t('toolbar.failed', say(translator, outcome.message));
  }
}

/** Puts a state's mark on the toolbar button of one tab. */
async function showMark(tabId: number, state: ToolbarState): Promise<void> {
  const mark = TOOLBAR_MARKS[state];
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: mark.text });
  await action.setBadgeBackgroundColor({ tabId, color: mark.color });
  // Chrome before 110 has no badge text colour; it picks one itself there.
  await action.setBadgeTextColor?.({ tabId, color: mark.textColor });
}

/** Marks the toolbar button of the tab a shortcut capture is reading, until its outcome replaces it. */
export async function reportShortcutSaving(tabId: number | undefined): Promise<void> {
  if (tabId !== undefined) await showMark(tabId, 'saving');
}

/**
 * Shows a shortcut or menu capture's outcome on the toolbar button of its tab (a mark plus the
 * reason in the title), since neither opens a window, and remembers a failure for the popup.
 */
export async function reportShortcutOutcome(
  tabId: number | undefined,
  outcome: CaptureOutcome,
  source: CaptureSource = 'shortcut',
): Promise<void> {
  // Stored before the badge changes, so a popup opened once the badge shows finds the failure.
  if (outcome.status === 'failed') {
    const failure: ShortcutFailure = {
      message: outcome.message,
      at: new Date().toISOString(),
      tabId,
      source,
    };
    await updateSettings({ lastShortcutFailure: failure });
  } else {
    await updateSettings({ lastShortcutFailure: null });
  }
  if (tabId !== undefined) {
    await showMark(tabId, outcome.status === 'failed' ? 'failed' : 'saved');
    await toolbarAction().setTitle({ tabId, title: describeOutcome(outcome, browserTranslator()) });
  }
}

/** The last shortcut failure not yet shown, removed from storage and from its tab's badge. */
export async function takeShortcutFailure(): Promise<ShortcutFailure | null> {
  const failure = (await readSettings()).lastShortcutFailure;
  if (!failure) return null;
  await updateSettings({ lastShortcutFailure: null });
  const { tabId } = failure;
  if (tabId !== undefined) {
    // The tab may be gone by now; the badge went with it then.
    await toolbarAction()
      .setBadgeText({ tabId, text: '' })
      .catch(() => undefined);
  }
  return failure;
}
