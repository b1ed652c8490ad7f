import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

/**
 * How long a page may take to hear a key before the keyboard counts as taken by the browser's own
 * UI. Generous on purpose: a loaded machine delays the page, and waiting this long past the moment
 * a prompt took the keyboard also outlasts the prompt's guard against keys pressed too soon after
 * it appeared (Chromium ignores those).
 */
const HEARD_WITHIN_MS = 1_500;
/** How much longer a key the page did not hear in time is looked for, before it counts as unheard. */
const LATE_MS = 500;
/** The longest a prompt or menu may take to appear after what opened it. */
const APPEARS_WITHIN_MS = 20_000;

/** Counts the key presses the page receives, once per document. */
async function countKeys(page: Page): Promise<number> {
  return page.evaluate(() => {
    const counter = globalThis as { __keysHeard?: number };
    if (counter.__keysHeard === undefined) {
      counter.__keysHeard = 0;
      addEventListener('keydown', () => (counter.__keysHeard = (counter.__keysHeard ?? 0) + 1), true);
    }
    return counter.__keysHeard;
  });
}

/**
 * Presses Shift alone through the X server (it changes nothing in a page, a menu or a prompt) and
 * tells whether `page` heard it: whether the browser's keyboard focus is in the page.
 */
async function pageHearsShift(page: Page, display: string): Promise<boolean> {
  const before = await countKeys(page);
  await run('xdotool', ['key', 'shift'], { env: { ...process.env, DISPLAY: display } });
  const until = Date.now() + HEARD_WITHIN_MS;
  // A few looks at least: on a loaded machine one look at the page may itself take that long.
  for (let looks = 0; looks < 3 || Date.now() < until; looks++) {
    if ((await countKeys(page)) > before) return true;
    await new Promise((done) => setTimeout(done, 25));
  }
  // Heard late after all: the page was only slow, and still has the keyboard.
  await new Promise((done) => setTimeout(done, LATE_MS));
  return (await countKeys(page)) > before;
}

/**
 * Waits until Chromium's own UI (a permission prompt, a right-click menu), drawn inside the browser
 * window where neither X nor the page can see it, has taken the keyboard from `page`: the page stops
 * hearing keys. `opened` (a click, a right click) is what brings that UI up; the page must hear keys
 * before it, or nothing could be told apart. A page that does not is given the keyboard by `regain`
 * once: in one CI run a window the extension had just opened did not have it after bringToFront.
 */
export async function waitForKeyboardToLeave(
  page: Page,
  display: string,
  opened: () => Promise<void>,
  what: string,
  regain: () => Promise<unknown>,
): Promise<void> {
  if (!(await pageHearsShift(page, display))) {
    await regain();
    if (!(await pageHearsShift(page, display)))
      throw new Error(`The page does not have the keyboard before ${what} opens: nothing to tell it by.`);
  }
  await opened();
  const until = Date.now() + APPEARS_WITHIN_MS;
  while (await pageHearsShift(page, display)) {
    if (Date.now() > until)
      throw new Error(`${what} did not take the keyboard within ${APPEARS_WITHIN_MS} ms.`);
  }
}

/**
 * Waits until `page` hears keys from the X server: its window is focused as far as Chromium is
 * concerned, so a key chord pressed next reaches the browser (and its extension commands) whole.
 */
export async function waitForKeyboardInPage(page: Page, display: string, what = 'The page'): Promise<void> {
  const until = Date.now() + APPEARS_WITHIN_MS;
  while (!(await pageHearsShift(page, display))) {
    if (Date.now() > until)
      throw new Error(`${what} did not get the keyboard within ${APPEARS_WITHIN_MS} ms.`);
  }
}
