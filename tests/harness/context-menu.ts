import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { waitForKeyboardToLeave } from './keyboard-focus';

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
  regain: () => Promise<unknown>,
): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  // A click can land beside the element (a window still closing over the page moves the pointer's
  // idea of where the viewport is): the menu is then the page's, so it is closed and the click made
  // again, and the keys are only sent to a menu opened on `target` itself.
  for (let attempt = 1; ; attempt++) {
    await page.bringToFront();
    const offset = await screenOffset(page, env);
    const box = await target.boundingBox();
    if (!box) throw new Error('The element to right-click is not on screen.');
    const x = Math.round(offset.x + box.x + Math.min(8, box.width / 2));
    const y = Math.round(offset.y + box.y + box.height / 2);
    // The page hears `contextmenu` just before the browser draws its menu: the keys wait for it.
    // The listener is in place when this evaluation returns, before the click.
    await target.evaluate((element) => {
      const heard = new Promise<string>((resolve) => {
        const listen = (event: Event) =>
          resolve(event.target instanceof Node && element.contains(event.target) ? 'on-target' : 'elsewhere');
        addEventListener('contextmenu', listen, { once: true, capture: true });
        setTimeout(() => resolve('none'), 10_000);
      });
      Reflect.set(globalThis, '__contextMenuHeard', heard);
    });
    let where = 'none';
    // The menu opens asynchronously after the event; keys sent before it is up would go to the page,
    // so they wait until the menu has taken the keyboard.
    const rightClick = async () => {
      await run('xdotool', ['mousemove', '--sync', String(x), String(y), 'click', '3'], { env });
      where = await page.evaluate(() => Reflect.get(globalThis, '__contextMenuHeard') as Promise<string>);
      if (where === 'none') throw new Error('The right-click reached no page: no context menu opened.');
    };
    await waitForKeyboardToLeave(page, display, rightClick, 'the right-click menu', regain);
    if (where === 'on-target') break;
    await run('xdotool', ['key', 'Escape'], { env });
    if (attempt === 3) throw new Error('Three right-clicks missed the element to right-click.');
  }
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
  // Away first, heard before the probe's move: a pointer already resting at the probe point would
  // send no event, and the away move, heard late, would pass for the probe's.
  await pointerLands(page, env, probe.x + 9, probe.y + 9);
  const client = await pointerLands(page, env, probe.x, probe.y);
  if (!client) throw new Error('The page heard no pointer move: it is not on screen.');
  return { x: probe.x - client.x, y: probe.y - client.y };
}

/** Moves the pointer to a point of the X screen; where the page saw it land, or null when it saw no move. */
async function pointerLands(
  page: Page,
  env: NodeJS.ProcessEnv,
  x: number,
  y: number,
): Promise<{ x: number; y: number } | null> {
  await page.evaluate(() => {
    Reflect.set(
      globalThis,
      '__pointerLanded',
      new Promise((resolve) => {
        addEventListener('mousemove', (event) => resolve({ x: event.clientX, y: event.clientY }), {
          once: true,
        });
        setTimeout(() => resolve(null), 2_000);
      }),
    );
  });
  await run('xdotool', ['mousemove', '--sync', String(x), String(y)], { env });
  return page.evaluate(
    () => Reflect.get(globalThis, '__pointerLanded') as Promise<{ x: number; y: number } | null>,
  );
}
