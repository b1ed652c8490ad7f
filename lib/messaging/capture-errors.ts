import type { CaptureProblem } from '../capture/capture-problem';
import { message, type Message } from '../i18n/message';
import { messageOf } from '../message-of';
import { saidOf } from '../i18n/message-error';
import type { CaptureOutcome } from './messages';

/** A failed capture, as the popup and the badge show it. */
export function failed(problem: CaptureProblem, said: Message, canSaveWholePage = false): CaptureOutcome {
  return { status: 'failed', problem, message: said, canSaveWholePage };
}

/** Thrown when the page takes longer than the capture allows. */
export class ExtractTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`The page did not answer within ${seconds} seconds.`);
  }
}

/** Resolves like `work`, or rejects with {@link ExtractTimeoutError} after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractTimeoutError(Math.round(ms / 1000))), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * Turns a scripting error into a reason. Without a grant (activeTab) the tab's URL is hidden from
 * us, so a browser page is often only recognised by the error Chrome or Firefox gives. `url` is the
 * tab's address when the browser told it.
 */
export function explainInjectionError(error: unknown, url?: string): CaptureOutcome {
  if (error instanceof ExtractTimeoutError) {
    return failed('timed-out', message('capture.timedOut', error.seconds));
  }
  const text = messageOf(error);
  // Chrome: "No document with id …" (the second injection aimed at a document that is gone),
  // "Frame with ID 0 was removed" (the tab navigated while the script ran).
  if (/no document with id|frame .*removed|frame was removed|navigated|document .*unloaded/i.test(text)) {
    return failed('page-changed', message('capture.pageChanged'));
  }
  if (/no tab with id|tab was closed|tab .*closed/i.test(text)) {
    return failed('tab-closed', message('capture.tabClosed'));
  }
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|cannot be scripted/i.test(text)) {
    return failed('restricted', message('capture.browserOrStorePage', text));
  }
  if (/cannot access contents of the page/i.test(text)) {
    // A web page whose address the browser told us, so no page kept from extensions: the access
    // was there and was refused all the same (once, from a right-click menu on a loaded machine;
    // a reload or a move to another page also ends it). A new click on the page grants it again.
    if (url !== undefined && /^https?:/i.test(url)) {
      return failed('restricted', message('capture.accessWithdrawn'));
    }
    // The page's address was hidden from us even though the click or shortcut granted access to
    // it: the browser keeps this page from every extension.
    return failed('restricted', message('capture.offLimits'));
  }
  if (/permission|cannot access/i.test(text)) {
    return failed('restricted', message('capture.notLetRead', text));
  }
  return failed('injection-failed', message('capture.couldNotRun', text));
}

/** Why saving failed; a full disk gets a message that says so and what to do. */
export function explainStorageError(error: unknown): CaptureOutcome {
  if (isQuotaError(error)) {
    return failed('storage-full', message('capture.storageFull'));
  }
  // The store's own refusals ("saved again meanwhile") are messages, put into words where shown.
  return failed('storage-failed', message('capture.storageFailed', saidOf(error)));
}

/** Whether `error` or an error it wraps (Dexie keeps the IndexedDB one as `inner`) is a quota error. */
function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/**
 * Why the popup got no answer to its capture request. The worker can be stopped mid-capture (the
 * browser restarts idle or crashed workers); the store is then as it was, since a save is one
 * transaction.
 */
export function explainMissingAnswer(error: unknown): Message {
  const text = messageOf(error);
  if (
    /message port closed|receiving end does not exist|context invalidated|message channel closed/i.test(text)
  ) {
    return message('capture.workerStopped');
  }
  return message('capture.noAnswer', text);
}
