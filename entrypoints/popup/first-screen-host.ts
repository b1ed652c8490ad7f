import { leaveForPage, takeReadFromHead } from '../../lib/platform/early-handoff';

/** Marks the element the head script painted the first screen into (paint-first-screen.ts). */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/** Set by the popup's code as it renders: a snapshot that answers later is not painted any more. */
const APP_RENDERS_KEY = '__cleanCapturePopupRenders';

/** Where the head script leaves the end of its first screen's paint for the popup's code. */
const HEAD_PAINT_KEY = '__cleanCapturePopupHeadPaint';

/**
 * Leaves on `scope` what resolves once the head script's first screen has been painted (after the
 * frame that shows it), or at once when it paints none: the popup's code loads after that.
 */
export function leaveHeadPaint(painted: Promise<void>, scope: object = globalThis): void {
  leaveForPage(scope, HEAD_PAINT_KEY, painted);
}

/** What leaveHeadPaint left, taken once; null when the head script did not run. */
export function takeHeadPaint(scope: object = globalThis): Promise<void> | null {
  return takeReadFromHead<undefined>(scope, HEAD_PAINT_KEY) ?? null;
}

/** Whether the popup's code has rendered (or is rendering) the App. */
export function appRenders(scope: object = globalThis): boolean {
  return Reflect.get(scope, APP_RENDERS_KEY) === true;
}

/** Whether the head script's first screen is on the page (painted, and not yet replaced by the App). */
export function firstScreenShown(doc: Document = document): boolean {
  return doc.querySelector(`[${FIRST_SCREEN_ATTRIBUTE}]`) !== null;
}

/**
 * Called by the popup's code in the task that renders the App: takes down what the head script
 * painted, in that same task so that no frame shows both or neither, and stops it painting later.
 */
export function replaceFirstScreen(doc: Document = document, scope: object = globalThis): void {
  leaveForPage(scope, APP_RENDERS_KEY, true);
  for (const painted of doc.querySelectorAll(`[${FIRST_SCREEN_ATTRIBUTE}]`)) painted.remove();
}
