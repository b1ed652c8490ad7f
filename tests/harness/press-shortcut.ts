import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A window title as an xdotool `--name` pattern (a regular expression) matching it literally. */
function literalPattern(title: string): string {
  return title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Presses a key chord in the visible Chromium window through the X server, as a person would.
 * Playwright's keyboard events go to the page and never reach the browser's extension commands.
 * `keys` is in xdotool's form, e.g. `alt+shift+s`. `windowTitle` picks the window showing that page
 * (Chromium titles a window after its active tab): with several windows open, "the last one xdotool
 * lists" is not always the one in front, and a chord sent there captures the wrong tab.
 */
export async function pressShortcut(display: string, keys: string, windowTitle?: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const match = windowTitle ? ['--name', literalPattern(windowTitle)] : ['--class', 'chromium'];
  const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', ...match], {
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
