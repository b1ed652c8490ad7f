import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { waitForKeyboardInPage, waitForKeyboardToLeave } from './keyboard-focus';

const run = promisify(execFile);

/**
 * Does what asks for a permission (`ask`: a click on `page`, a drop) and answers Chromium's own
 * prompt ("… has requested additional permissions") with the keyboard, as a person would: it opens
 * with Deny focused, so Return denies and Tab, Return allows. Chromium draws the prompt inside the
 * browser window, where neither X nor the page sees it; the keys are sent once the prompt has taken
 * the keyboard from the page (keyboard-focus.ts), however long a loaded machine takes to show it.
 */
export async function answerPermissionPrompt(
  display: string,
  page: Page,
  ask: () => Promise<void>,
  allow: boolean,
  regain: () => Promise<unknown>,
): Promise<void> {
  await waitForKeyboardToLeave(page, display, ask, 'the permission prompt', regain);
  const env = { ...process.env, DISPLAY: display };
  await run('xdotool', ['key', ...(allow ? ['Tab', 'Return'] : ['Return'])], { env });
  // Answered, the prompt closes and gives the keyboard back: a prompt that ignored the keys fails here.
  await waitForKeyboardInPage(page, display, 'The page, once the permission prompt was answered,');
}
