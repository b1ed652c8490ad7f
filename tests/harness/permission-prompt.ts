import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How long Chromium takes to show its prompt after the click that asked, with room to spare. */
const PROMPT_SHOWN_MS = 1_500;

/**
 * Answers Chromium's own permission prompt ("… has requested additional permissions") with the
 * keyboard, as a person would: it opens with Deny focused, so Return denies and Tab, Return allows.
 * Chromium draws the prompt inside the browser window, so neither X nor the page (whose focus
 * Playwright emulates) tells when it is up: this waits a fixed moment. Keys sent too early would
 * reach the page instead, and the test would then see the wrong outcome and fail, never pass.
 */
export async function answerPermissionPrompt(display: string, allow: boolean): Promise<void> {
  await new Promise((done) => setTimeout(done, PROMPT_SHOWN_MS));
  const env = { ...process.env, DISPLAY: display };
  await run('xdotool', ['key', ...(allow ? ['Tab', 'Return'] : ['Return'])], { env });
}
