import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../../lib/shortcuts/default-shortcuts';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { xdotoolKeys } from '../../harness/press-shortcut';
import { RECORD_COMMANDS, RECORDED_COMMANDS } from '../../harness/record-commands';

/**
 * The shortcut tests for one Firefox interface language: real X key events in a headed firefox-esr
 * whose menu bar keeps its access keys, as users have it. `menuKeys` is a chord one of that
 * language's menus takes, the control: given to a command, it must never reach it.
 */
export function checkShortcutsIn(locale: string | undefined, menuKeys: string, menuName: string): void {
  let session: FirefoxSession;
  let library: Page;
  let page: Page;

  beforeAll(async () => {
    session = await launchFirefox({ locale });
    library = await session.openExtensionPage('library.html');
    await library.evaluate(RECORD_COMMANDS);
    page = await session.openPage('about:blank');
  });

  afterAll(async () => {
    await session?.close();
  });

  const recorded = () => library.evaluate(RECORDED_COMMANDS) as Promise<string[]>;

  it(`keeps the menu access keys on: ${menuKeys} opens the ${menuName} menu, not a command`, async () => {
    expect(await page.evaluate(() => navigator.language)).toBe(locale ?? 'en-US');
    // Give a command the menu's keys for a moment; Firefox's menu takes them first.
    await library.evaluate(`browser.commands.update({ name: 'save-selection', shortcut: '${menuKeys}' })`);
    try {
      const commands = (await library.evaluate('browser.commands.getAll()')) as {
        name: string;
        shortcut: string;
      }[];
      expect(commands.find((c) => c.name === 'save-selection')?.shortcut).toBe(menuKeys);
      await session.pressShortcut(page, xdotoolKeys(menuKeys));
      await session.pressShortcut(page, 'Escape');
      // Commands arrive in the order of their keys: once this one is in, the one before had its turn.
      await session.pressShortcut(page, xdotoolKeys(DEFAULT_SHORTCUTS['capture-page']));
      await expect.poll(recorded).toContain('capture-page');
      expect(await recorded()).not.toContain('save-selection');
    } finally {
      await library.evaluate(`browser.commands.reset('save-selection')`);
    }
  });

  it.each(Object.entries(DEFAULT_SHORTCUTS))('delivers %s on its default, %s', async (command, keys) => {
    const before = (await recorded()).length;
    await session.pressShortcut(page, xdotoolKeys(keys));
    await expect.poll(async () => (await recorded()).slice(before)).toEqual([command]);
  });
}
