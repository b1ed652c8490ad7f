import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Presses a key chord in the visible Chromium window through the X server, as a person would.
 * Playwright's keyboard events go to the page and never reach the browser's extension commands.
 * `keys` is in xdotool's form, e.g. `alt+shift+s`.
 */
export async function pressShortcut(display: string, keys: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium'], {
    env,
    timeout: 15_000,
  });
  const windows = stdout.split(/\s+/).filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error('No visible Chromium window to send the shortcut to.');
  await run('xdotool', ['windowfocus', '--sync', window, 'key', '--clearmodifiers', keys], {
    env,
    timeout: 15_000,
  });
}
