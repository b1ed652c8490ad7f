import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import type { PopupHandle } from '../harness/popup-handle';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, waitForArticles } from './e2e-helpers';

// Tags from the toolbar popup right after a capture, in real Chromium with the built extension.

const shots = resolve('test-output/screenshots');
const MILL = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The accessible name of the popup's focused element. */
const focused = (popup: PopupHandle) =>
  popup.evaluate<string>(`(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
  })()`);

/** Clicks the toolbar button on a fixture page and waits for the popup's tag field to appear. */
async function captureWithToolbar(fixture: string, expected: string | RegExp): Promise<PopupHandle> {
  const popup = await session.clickToolbarButton(await session.openPage(server.pageUrl(fixture)));
  await popup.waitForText(expected);
  await expect
    .poll(() => popup.evaluate<boolean>(`!!document.querySelector('input[aria-label="Add a tag"]')`))
    .toBe(true);
  return popup;
}

const tagsShown = (popup: PopupHandle) =>
  popup.evaluate<string[]>(
    `[...document.querySelectorAll('.captured-tags .tag')].map((t) => t.firstChild.textContent)`,
  );

const storedTags = async (title: string) => byTitle(await session.storedArticles(), title).tags;

describe('tags in the popup after a capture', () => {
  it('adds two tags and removes one from the keyboard; the store and the library tag filter agree', async () => {
    const popup = await captureWithToolbar('news-article', `Saved “${MILL}”`);
    await popup.evaluate(`document.querySelector('input[aria-label="Add a tag"]').focus()`);
    await popup.type('  Rock   Pools ');
    await popup.press('Enter');
    await popup.waitForText('Added “rock pools”.');
    await popup.type('Tide Tables');
    await popup.press('Enter');
    await popup.waitForText('Added “tide tables”.');
    expect(await tagsShown(popup)).toEqual(['rock pools', 'tide tables']);
    await expect.poll(() => storedTags(MILL)).toEqual(['rock pools', 'tide tables']);

    // Back from the field to the last tag's remove button, and press it.
    await popup.press('Shift+Tab');
    expect(await focused(popup)).toBe('Remove tag tide tables');
    await popup.press('Enter');
    await popup.waitForText('Removed “tide tables”.');
    expect(await tagsShown(popup)).toEqual(['rock pools']);
    // Focus goes back to the field rather than falling to the page with the removed button.
    expect(await focused(popup)).toBe('Add a tag');
    await expect.poll(() => storedTags(MILL)).toEqual(['rock pools']);
    await popup.screenshot(join(shots, 'popup-tags-after-capture.png'));
    await popup.close();

    const library = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    const tagMenu = library.locator('.filters select').nth(1);
    await expect
      .poll(() => tagMenu.locator('option').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('rock pools')]));
    expect((await tagMenu.locator('option').allInnerTexts()).join('\n')).not.toContain('tide tables');
    await tagMenu.selectOption('rock pools');
    await expect.poll(() => library.locator('.list li.row .row-title').allInnerTexts()).toEqual([MILL]);
    await library.close();
  });

  it('keeps the tags when the same page is captured again', async () => {
    const popup = await captureWithToolbar('news-article', `Already saved “${MILL}”`);
    expect(await tagsShown(popup)).toEqual(['rock pools']);
    await popup.clickButton('Capture again');
    await popup.waitForText(`Updated “${MILL}”`);
    await expect.poll(() => tagsShown(popup)).toEqual(['rock pools']);
    await popup.close();
    expect(await waitForArticles(session, 1)).toHaveLength(1);
    expect(await storedTags(MILL)).toEqual(['rock pools']);
  });

  it('says so, and shows the stored tags, when the article is gone before the tag is written', async () => {
    const popup = await captureWithToolbar('second-article', `Saved “${FERRY}”`);
    await waitForArticles(session, 2);
    // Deleted from the popup's own list while the tag field is still open.
    await popup.evaluate(`document.querySelector('button[aria-label="Delete “${FERRY}”"]').click()`);
    await popup.waitForText(`Deleted “${FERRY}”`);
    await waitForArticles(session, 1);
    await popup.evaluate(`document.querySelector('input[aria-label="Add a tag"]').focus()`);
    await popup.type('ferries');
    await popup.press('Enter');
    const text = await popup.waitForText('Tags not saved');
    expect(text).toContain('Tags not saved: the article is no longer saved.');
    expect(await tagsShown(popup)).toEqual([]);
    expect(
      await popup.evaluate<string>(`document.querySelector('.captured-tags [role=alert]').textContent`),
    ).toContain('Tags not saved');
    await popup.close();
  });
});
