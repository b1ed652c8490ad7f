import type { CaptureProblem } from '../capture/capture-problem';
import { messageOf } from '../message-of';
import type { CaptureOutcome } from './messages';

/** A failed capture, as the popup and the badge show it. */
export function failed(problem: CaptureProblem, message: string, canSaveWholePage = false): CaptureOutcome {
  return { status: 'failed', problem, message, canSaveWholePage };
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
 * us, so a browser page is often only recognised by the error Chrome or Firefox gives.
 */
export function explainInjectionError(error: unknown): CaptureOutcome {
  if (error instanceof ExtractTimeoutError) {
    return failed(
      'timed-out',
      `The page was still being read after ${error.seconds} seconds, so nothing was stored. It may be very large or busy; try again once it has settled.`,
    );
  }
  const text = messageOf(error);
  // Chrome: "No document with id …" (the second injection aimed at a document that is gone),
  // "Frame with ID 0 was removed" (the tab navigated while the script ran).
  if (/no document with id|frame .*removed|frame was removed|navigated|document .*unloaded/i.test(text)) {
    return failed(
      'page-changed',
      'The page changed while it was being saved, so nothing was stored. Try again when it has loaded.',
    );
  }
  if (/no tab with id|tab was closed|tab .*closed/i.test(text)) {
    return failed('tab-closed', 'The tab was closed before it could be saved; nothing was stored.');
  }
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|cannot be scripted/i.test(text)) {
    return failed(
      'restricted',
      `This is a browser or store page; browsers do not let extensions read it. (${text})`,
    );
  }
  // The page's address was hidden from us even though the click or shortcut granted access to it:
  // the browser keeps this page from every extension.
  if (/cannot access contents of the page/i.test(text)) {
    return failed(
      'restricted',
      "The browser does not let extensions read this page: pages such as about:blank and view-source:, the web stores and other extensions' pages are off limits.",
    );
  }
  if (/permission|cannot access/i.test(text)) {
    return failed(
      'restricted',
      `The browser did not let Clean Capture read this page. Use the toolbar button or the shortcut on the page itself. (${text})`,
    );
  }
  return failed('injection-failed', `Clean Capture could not run in this page: ${text}`);
}

/** Why saving failed; a full disk gets a message that says so and what to do. */
export function explainStorageError(error: unknown): CaptureOutcome {
  if (isQuotaError(error)) {
    return failed(
      'storage-full',
      "Your browser's storage is full, so this article was not saved; the articles saved before are untouched. Free some disk space or delete articles you no longer need, then try again.",
    );
  }
  return failed('storage-failed', `Saving failed, nothing was stored: ${messageOf(error)}`);
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
export function explainMissingAnswer(error: unknown): string {
  const text = messageOf(error);
  if (
    /message port closed|receiving end does not exist|context invalidated|message channel closed/i.test(text)
  ) {
    return 'Clean Capture was stopped by the browser before it could finish. Nothing half-saved was kept; capture again to be sure the page is saved.';
  }
  return `The extension did not answer: ${text}`;
}
