import { activeTabOfThisWindow, isShownInTab } from '../../lib/platform/this-tab';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { requestCapture } from '../../lib/platform/extension-messaging';

/** Where the head script leaves the capture it asked for, for the popup's code (a global: they are separate scripts). */
const EARLY_CAPTURE_KEY = '__cleanCapturePopupCapture';

/** The capture the popup asks for as it opens; `requested` is false when it is shown in a tab. */
export interface FirstCapture {
  requested: Promise<boolean>;
  /** The outcome; null with no page to capture. */
  outcome: Promise<CaptureOutcome | null>;
}

/**
 * Asks for the capture of the tab under the popup. Run by the popup's head script (popup-read.ts)
 * before its modules load: a book-length page takes seconds to read, and the popup's own start
 * (fetching and running its modules, its first layout) would otherwise come before the page is even
 * asked. The two tab questions go out together. Polyfill-free (this-tab.ts, extension-messaging.ts),
 * so the head script stays a few kilobytes.
 */
export function startFirstCapture(): FirstCapture {
  // Opened as a tab (for instance from a test or a bookmark) there is no page to capture.
  const tabs = Promise.all([isShownInTab(), activeTabOfThisWindow()]);
  const requested = tabs.then(([inTab]) => !inTab).catch(() => true);
  const outcome = tabs.then(([inTab, tab]) =>
    inTab ? null : requestCapture({ replace: false, wholePage: false, tabId: tab?.id }),
  );
  // Followed later by the popup's code; until then a failure is not "unhandled".
  outcome.catch(() => undefined);
  return { requested, outcome };
}

/** Starts the first capture and leaves it on `scope` for the popup's code. */
export function startEarlyCapture(scope: object = globalThis): void {
  Reflect.set(scope, EARLY_CAPTURE_KEY, startFirstCapture());
}

/** The capture startEarlyCapture left on `scope`, taken once; null when it did not run. */
export function takeEarlyCapture(scope: object = globalThis): FirstCapture | null {
  const started: unknown = Reflect.get(scope, EARLY_CAPTURE_KEY);
  Reflect.deleteProperty(scope, EARLY_CAPTURE_KEY);
  return isFirstCapture(started) ? started : null;
}

function isFirstCapture(value: unknown): value is FirstCapture {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'requested') instanceof Promise &&
    Reflect.get(value, 'outcome') instanceof Promise
  );
}
