import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';

const run = promisify(execFile);

/**
 * Chooses an entry of the page's real right-click menu, as a person does: a right click through the
 * X server on `target`, then keys. Chromium draws the menu itself, so no page script or CDP call
 * stands in for the click: the browser dispatches contextMenus.onClicked to the extension exactly
 * as for a mouse. `keys` (xdotool names) walk the menu from the bottom, where Chromium puts the
 * extension entries just above "View page source" and "Inspect" (three Ups reach ours; a page gets
 * them grouped under "Clean Capture ▸", a selection or a link gets its one entry at the top level).
 */
export async function chooseFromContextMenu(
  display: string,
  page: Page,
  target: Locator,
  keys: readonly string[],
): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  await page.bringToFront();
  const offset = await screenOffset(page, env);
  const box = await target.boundingBox();
  if (!box) throw new Error('The element to right-click is not on screen.');
  const x = Math.round(offset.x + box.x + Math.min(8, box.width / 2));
  const y = Math.round(offset.y + box.y + box.height / 2);
  // The page hears `contextmenu` just before the browser draws its menu: waiting for it, rather than
  // a fixed time from the click, keeps a loaded machine from sending the keys to the page instead.
  const opened = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        addEventListener('contextmenu', () => resolve(true), { once: true, capture: true });
        setTimeout(() => resolve(false), 10_000);
      }),
  );
  // Listening before the click: evaluate's script runs in order with the page's input handling.
  await page.evaluate(() => undefined);
  await run('xdotool', ['mousemove', '--sync', String(x), String(y), 'click', '3'], { env });
  if (!(await opened)) throw new Error('The right-click reached no page: no context menu opened.');
  // The menu opens asynchronously after the event; keys sent before it is up would go to the page.
  await new Promise((done) => setTimeout(done, 600));
  for (const key of keys) {
    await run('xdotool', ['key', key], { env });
    await new Promise((done) => setTimeout(done, 150));
  }
}

/**
 * Where the page's viewport starts on the X screen. Playwright emulates the viewport size, so
 * `screenY` and `outerHeight` cannot tell; the page reports where a real pointer move lands instead.
 */
async function screenOffset(page: Page, env: NodeJS.ProcessEnv): Promise<{ x: number; y: number }> {
  const probe = { x: 400, y: 400 };
  // Away first: a pointer already resting at the probe point would send no event.
  await run('xdotool', ['mousemove', '--sync', String(probe.x + 9), String(probe.y + 9)], { env });
  await page.evaluate(() => {
    Reflect.set(
      globalThis,
      '__pointerLanded',
      new Promise((resolve) =>
        addEventListener('mousemove', (event) => resolve({ x: event.clientX, y: event.clientY }), {
          once: true,
        }),
      ),
    );
  });
  await run('xdotool', ['mousemove', '--sync', String(probe.x), String(probe.y)], { env });
  const client = await page.evaluate(
    () => Reflect.get(globalThis, '__pointerLanded') as Promise<{ x: number; y: number }>,
  );
  return { x: probe.x - client.x, y: probe.y - client.y };
}
