import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';

// Headed (a private Xvfb display when there is none): keyboard shortcuts need a real window.
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ headed: true });
});

afterAll(async () => {
  await session?.close();
});

it('opens the library in a new tab with Alt+Shift+U', async () => {
  const page = await session.openPage('about:blank');
  const opened = session.context.waitForEvent('page', (p) => p.url().endsWith('/library.html'));
  await session.pressShortcut(page, 'alt+shift+u');
  const library = await opened;
  await library.getByRole('heading', { name: 'Library' }).waitFor();
  expect(await library.getByRole('searchbox', { name: 'Search saved articles' }).isVisible()).toBe(true);
});
