import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts/default-shortcuts';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { xdotoolKeys } from '../harness/press-shortcut';
import { RECORD_COMMANDS, RECORDED_COMMANDS } from '../harness/record-commands';

// Real X key events in headed Chromium (a private Xvfb display when there is none). The same keys
// are proven in Firefox, with its menu bar's access keys on, by tests/e2e/firefox/shortcuts.e2e.ts.
let session: ExtensionSession;
let library: Page;
let page: Page;

beforeAll(async () => {
  session = await launchExtension({ headed: true });
  library = await session.openExtensionPage('library.html');
  await library.evaluate(RECORD_COMMANDS);
  page = await session.openPage('about:blank');
});

afterAll(async () => {
  await session?.close();
});

const recorded = () => library.evaluate<string[]>(RECORDED_COMMANDS);

it.each(Object.entries(DEFAULT_SHORTCUTS))('delivers %s on its default, %s', async (command, keys) => {
  const before = (await recorded()).length;
  await session.pressShortcut(page, xdotoolKeys(keys));
  await expect.poll(async () => (await recorded()).slice(before)).toEqual([command]);
});
