import { join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, openPopupInTab, waitForArticles } from './e2e-helpers';

const shots = resolve('test-output/screenshots');
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  // Headed: copying is checked by pasting with the real system clipboard.
  session = await launchExtension({ headed: true });
  for (const name of ['news-article', 'second-article']) {
    const popup = await session.clickToolbarButton(await session.openPage(server.pageUrl(name)));
    await popup.waitForText('Saved “');
    await popup.close();
  }
  await waitForArticles(session, 2);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The accessible name of whatever has keyboard focus. */
const focusedName = `(() => {
  const el = document.activeElement;
  if (!el) return '';
  const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent;
  return (label || '').trim();
})()`;

describe('popup actions', () => {
  it('works from the keyboard alone, with a visible focus ring', async () => {
    const popup = await openPopupInTab(session);
    await popup.bringToFront();
    // The tab takes the keyboard's focus after it comes to the front: a Tab pressed before then
    // goes to the browser's own controls, and the page's first focus stop is missed (CI, 89887ce).
    await popup.waitForFunction(() => document.hasFocus());
    const order: string[] = [];
    for (let i = 0; i < 13; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate<string>(focusedName));
    }
    expect(order).toEqual([
      'Open library',
      'Settings',
      expect.stringMatching(/^Save all \d+ tabs$/),
      // The reading-state views: one radio group, one Tab stop.
      expect.stringMatching(/^Unread \d+$/),
      'Search saved articles',
      'Select all',
      'Select “Night ferry returns after winter refit”',
      'Night ferry returns after winter refit',
      'Open the original page of “Night ferry returns after winter refit” in a new tab',
      'Copy Markdown of “Night ferry returns after winter refit”',
      'Download “Night ferry returns after winter refit” as a Markdown file',
      'Open “Night ferry returns after winter refit” in Obsidian',
      'Delete “Night ferry returns after winter refit”',
    ]);
    const outline = await popup.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    // Back to the row's checkbox, tick it with Space, then Shift+Tab to Export and press Enter.
    for (let i = 0; i < 6; i++) await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Space');
    await popup.getByText('1 selected').waitFor();
    await popup.screenshot({ path: join(shots, 'popup-keyboard-focus.png') });
    // Export was disabled with nothing selected; now it takes focus before the list, with the
    // export's choice of image links (shown once something is selected) between them.
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate<string>(focusedName)).toBe('Keep image links remote (text-only zip)');
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate<string>(focusedName)).toBe('Export 1 as .zip');
    const downloading = popup.waitForEvent('download');
    await popup.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toMatch(/\.zip$/);
    await popup.getByText('Exported 1 article to').waitFor();
    await popup.close();
  });

  it('opens the library page from the "Open library" link', async () => {
    const popup = await openPopupInTab(session);
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Open library' }).click();
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${session.extensionId}/library.html`);
    await library.close();
    await popup.close();
  });

  it('narrows the list as you type, and hands the search to the library on Enter', async () => {
    const popup = await openPopupInTab(session);
    const search = popup.getByRole('searchbox', { name: 'Search saved articles' });
    const rows = popup.getByRole('list', { name: 'Saved articles' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);

    await search.fill('ferry');
    await expect.poll(() => rows.count()).toBe(1);
    // Polled: a row just rendered reads as '' until the browser has laid it out (content-visibility).
    await expect.poll(() => rows.first().innerText()).toContain('Night ferry returns after winter refit');
    await popup.getByText('1 of the newest matches.').waitFor();

    await search.fill('zeppelin');
    await popup.getByText('No match among the newest.').waitFor();
    expect(await popup.getByRole('list', { name: 'Saved articles' }).count()).toBe(0);
    expect(await popup.getByText('Nothing saved yet').count()).toBe(0);

    // Enter searches the full text of every article in the library: a word only in a body.
    await search.fill('turbine');
    const opened = session.context.waitForEvent('page');
    await search.press('Enter');
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${session.extensionId}/library.html?q=turbine`);
    expect(await library.getByRole('searchbox', { name: 'Search saved articles' }).inputValue()).toBe(
      'turbine',
    );
    const found = library.locator('.list li.row');
    await expect
      .poll(() => found.allInnerTexts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('Harbour town votes to rebuild its tidal mill')]);
    await library.close();
    await popup.close();
  });

  it('copies Markdown, and deletes with an Undo that restores the article exactly', async () => {
    const before = byTitle(await session.storedArticles(), 'Night ferry returns after winter refit');
    const popup = await openPopupInTab(session);
    // The clipboard only takes writes from the focused page.
    await popup.bringToFront();
    await popup
      .getByRole('button', { name: 'Copy Markdown of “Night ferry returns after winter refit”' })
      .click();
    await popup.getByText('Copied the Markdown of “Night ferry returns after winter refit”').waitFor();
    // Paste it into a page, as a user would: the real system clipboard, no permission games.
    const editor = await session.openPage(`${server.origin}/blank.html`);
    await editor.setContent('<textarea aria-label="paste here"></textarea>');
    await editor.getByLabel('paste here').focus();
    await editor.keyboard.press('Control+V');
    const copied = await editor.getByLabel('paste here').inputValue();
    await editor.close();
    await popup.bringToFront();
    expect(copied).toContain(before.markdown.trim());
    expect(copied).toMatch(/^---\n/);

    await popup.getByRole('button', { name: 'Delete “Night ferry returns after winter refit”' }).click();
    await popup.getByText('Deleted “Night ferry returns after winter refit”').waitFor();
    await popup.screenshot({ path: join(shots, 'popup-deleted-with-undo.png') });
    expect(await waitForArticles(session, 1)).not.toContainEqual(before);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText('Restored “Night ferry returns after winter refit”').waitFor();
    expect(await waitForArticles(session, 2)).toContainEqual(before);
    await popup.close();
  });
});
