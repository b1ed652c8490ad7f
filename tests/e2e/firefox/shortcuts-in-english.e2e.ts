import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../../lib/shortcuts/default-shortcuts';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { xdotoolKeys } from '../../harness/press-shortcut';
import { RECORD_COMMANDS, RECORDED_COMMANDS } from '../../harness/record-commands';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';

// Real X key events in a headed firefox-esr whose menu bar keeps its access keys, as users have it.
let server: FixtureServer;
let session: FirefoxSession;
let library: Page;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures(new URL('../fixtures', import.meta.url).pathname);
  session = await launchFirefox();
  library = await session.openExtensionPage('library.html');
  await library.evaluate(RECORD_COMMANDS);
  // A page that is not an article: a capture there stores nothing the other files would see.
  page = await session.openPage(server.pageUrl('link-list'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const recorded = () => library.evaluate(RECORDED_COMMANDS) as Promise<string[]>;

it('keeps the menu access keys on: Alt+Shift+S opens the History menu, not a command', async () => {
  // The control: give a command the old default for a moment; Firefox's menu takes it first.
  await library.evaluate(`browser.commands.update({ name: 'save-selection', shortcut: 'Alt+Shift+S' })`);
  try {
    const commands = (await library.evaluate('browser.commands.getAll()')) as {
      name: string;
      shortcut: string;
    }[];
    expect(commands.find((c) => c.name === 'save-selection')?.shortcut).toBe('Alt+Shift+S');
    await session.pressShortcut(page, 'alt+shift+s');
    await session.pressShortcut(page, 'Escape');
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
