import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A window title as an xdotool `--name` pattern (a regular expression) matching it literally. */
function literalPattern(title: string): string {
  return title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The X window of the visible Chromium window whose title contains `title` (Chromium names a window
 * after its active tab), or, without a title, the last Chromium window xdotool lists. Waits for it.
 */
export async function findChromiumWindow(display: string, title?: string): Promise<string> {
  const env = { ...process.env, DISPLAY: display };
  const match = title ? ['--name', literalPattern(title)] : ['--class', 'chromium'];
  const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', ...match], {
    env,
    timeout: 15_000,
  });
  const window = stdout.split(/\s+/).filter(Boolean).at(-1);
  if (!window) throw new Error('No visible Chromium window to send the shortcut to.');
  return window;
}

/** Gives `window` the X input focus, and waits until the X server has done it. */
export async function focusWindow(display: string, window: string): Promise<void> {
  await run('xdotool', ['windowfocus', '--sync', window], {
    env: { ...process.env, DISPLAY: display },
    timeout: 15_000,
  });
}

/**
 * Presses a key chord in a Chromium window through the X server, as a person would. Playwright's
 * keyboard events go to the page and never reach the browser's extension commands. `keys` is in
 * xdotool's form, e.g. `alt+shift+k`.
 */
export async function pressKeysInWindow(display: string, window: string, keys: string): Promise<void> {
  await run('xdotool', ['windowfocus', '--sync', window, 'key', '--clearmodifiers', keys], {
    env: { ...process.env, DISPLAY: display },
    timeout: 15_000,
  });
}

/** A manifest's key chord (`Alt+Shift+K`) as xdotool writes it (`alt+shift+k`). */
export function xdotoolKeys(manifestKeys: string): string {
  return manifestKeys.toLowerCase();
}
