import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { describeTabs } from '../harness/describe-tabs';
import { byTitle, openPopupInTab, waitForArticles } from './e2e-helpers';

// Every right-click entry chosen in Chromium's real menu: a right click through the X server on
// the element, then the keys a person would press (tests/harness/context-menu.ts). Chromium
// dispatches contextMenus.onClicked to the extension as for a mouse, activeTab grant included.
// Where the entries sit, counted from the bottom of the menu: a page's two are under
// "Clean Capture ▸" three items up (then Right, and Down for the second); a selection's or a
// link's one entry is two items up, above "Inspect".
const PAGE_MENU = ['Up', 'Up', 'Up', 'Right'];
const SAVE_ARTICLE = [...PAGE_MENU, 'Return'];
const SAVE_WHOLE_PAGE = [...PAGE_MENU, 'Down', 'Return'];
const SAVE_SELECTION = ['Up', 'Up', 'Return'];
const SAVE_LINK = ['Up', 'Up', 'Return'];

const fixtures = resolve('tests/e2e/fixtures');
const MILL = 'Harbour town votes to rebuild its tidal mill';
const FERRY = 'Night ferry returns after winter refit';
const CAFE = 'Harbour café wins award for its chowder';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures(fixtures);
  session = await launchExtension({ headed: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until the toolbar badge's title says `text`: the background has finished with the click. */
async function badgeSays(text: string): Promise<{ text: string; title: string }> {
  await expect.poll(async () => (await session.toolbarBadge()).title, { timeout: 20_000 }).toContain(text);
  return session.toolbarBadge();
}

/** How many articles are stored now: each test counts from there, so each one can run alone. */
async function stored(): Promise<number> {
  return (await session.storedArticles()).length;
}

/** Selects one paragraph for real: a triple click, as a reader does. */
async function selectParagraph(page: Page, index: number): Promise<string> {
  const paragraph = page.locator('article p').nth(index);
  await paragraph.click({ clickCount: 3 });
  const selected = await page.evaluate(() => String(document.getSelection()).trim());
  expect(selected.length).toBeGreaterThan(40);
  return selected;
}

describe('the right-click menu in Chromium', () => {
  it('"Save article" on a page saves it like the toolbar button, and a second time finds it saved', async () => {
    const page = await session.openPage(server.pageUrl('news-article'));
    const before = await stored();
    await session.contextMenu(page, page.locator('article p').first(), SAVE_ARTICLE);
    expect((await badgeSays(`saved "${MILL}"`)).text).toBe('✓');
    const article = byTitle(await waitForArticles(session, before + 1), MILL);
    expect(article).toMatchObject({ title: MILL, authors: ['Mara Lindqvist'] });
    expect(article?.selection).toBeUndefined();
    expect(article?.markdown).toContain(
      'After forty years of silence, the tidal mill at Kelsby Quay is to turn again.',
    );

    await session.contextMenu(page, page.locator('article p').first(), SAVE_ARTICLE);
    expect((await badgeSays(`already saved as "${MILL}"`)).text).toBe('✓');
    expect(await stored()).toBe(before + 1);
  });

  it('"Save article" on a page that is no article says why; the popup tells it; "Save whole page" keeps it', async () => {
    const page = await session.openPage(server.pageUrl('link-list'));
    const before = await stored();
    await session.contextMenu(page, page.locator('h1'), SAVE_ARTICLE);
    expect((await badgeSays('does not look like an article')).text).toBe('!');
    const popup = await openPopupInTab(session);
    await popup.getByText('The last capture from the right-click menu failed').waitFor();
    await popup.close();

    await session.contextMenu(page, page.locator('h1'), SAVE_WHOLE_PAGE);
    expect((await badgeSays('saved "')).text).toBe('✓');
    const articles = await waitForArticles(session, before + 1);
    const whole = articles.find((a) => a.sourceUrl === server.pageUrl('link-list'));
    expect(whole?.markdown).toContain('Harbour town votes to rebuild its tidal mill');
  });

  it('"Save selection" and Alt+Shift+Y save excerpts: the selected text alone, the page’s metadata, each apart', async () => {
    const page = await session.openPage(server.pageUrl('second-article'));
    const before = await stored();
    const first = await selectParagraph(page, 2);
    await session.contextMenu(page, page.locator('article p').nth(2), SAVE_SELECTION);
    expect((await badgeSays(`saved an excerpt of "${FERRY}"`)).text).toBe('✓');
    let articles = await waitForArticles(session, before + 1);
    const excerpt = byTitle(articles, FERRY);
    expect(excerpt).toMatchObject({
      selection: true,
      authors: ['Tomas Reyes'],
      sourceUrl: server.pageUrl('second-article'),
    });
    expect(excerpt.markdown).toBe(first);

    // The keyboard shortcut, on another selection of the same page: a second excerpt.
    const second = await selectParagraph(page, 3);
    await session.pressShortcut(page, 'alt+shift+y');
    articles = await waitForArticles(session, before + 2);
    expect(
      articles
        .filter((a) => a.selection)
        .map((a) => a.markdown)
        .sort(),
    ).toEqual([first, second].sort());

    // The same selection again is found saved; the page's article is not an excerpt's duplicate.
    await selectParagraph(page, 2);
    await session.contextMenu(page, page.locator('article p').nth(2), SAVE_SELECTION);
    await badgeSays(`already saved as "${FERRY}"`);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await session.contextMenu(page, page.locator('h1'), SAVE_ARTICLE);
    await badgeSays(`saved "${FERRY}"`);
    articles = await waitForArticles(session, before + 3);
    const ferries = articles.filter((a) => a.title === FERRY);
    expect(ferries.map((a) => a.selection ?? false).sort()).toEqual([false, true, true]);
    expect(ferries.find((a) => !a.selection)?.markdown).toContain(first);

    // Marked as excerpts where articles are listed.
    const popup = await openPopupInTab(session);
    expect(await popup.locator('.excerpt-mark').count()).toBe(2);
    expect(await popup.locator('.excerpt-mark').first().innerText()).toBe('Excerpt');
    await popup.close();
  });

  it('"Save linked article" asks for the link’s site with a reason; saying no saves nothing and says why', async () => {
    const page = await session.openPage(server.pageUrl('reading-list'));
    const before = await stored();
    const asked = session.context.waitForEvent('page');
    await session.contextMenu(page, page.locator('#cafe'), SAVE_LINK);
    const ask = await asked;
    await ask.getByText('Clean Capture needs to read pages on 127.0.0.1').waitFor();
    await ask.getByRole('button', { name: 'Don’t allow' }).click();
    await ask
      .getByText(
        'Clean Capture was not allowed to read pages on 127.0.0.1, so the linked article was not saved.',
      )
      .waitFor();
    await ask.close();

    // Asked again, and the browser's own prompt refused with the keyboard.
    const askedAgain = session.context.waitForEvent('page');
    await session.contextMenu(page, page.locator('#cafe'), SAVE_LINK);
    const again = await askedAgain;
    await session.answerPermission(
      again,
      again.getByRole('button', { name: 'Allow 127.0.0.1 and save' }),
      false,
    );
    await again.getByText('was not allowed to read pages on 127.0.0.1').waitFor();
    await again.close();
    expect(await stored()).toBe(before);
    expect(server.requests.map((r) => r.path)).not.toContain('/script-built-article/');
  });

  it('"Save linked article" with the site allowed saves the page behind the link in a hidden tab, its script run', async () => {
    const page = await session.openPage(server.pageUrl('reading-list'));
    const before = await stored();
    const tabsBefore = session.context.pages().length;
    const asked = session.context.waitForEvent('page');
    await session.contextMenu(page, page.locator('#cafe'), SAVE_LINK);
    const ask = await asked;
    await session.answerPermission(ask, ask.getByRole('button', { name: 'Allow 127.0.0.1 and save' }), true);
    // Polled on the whole text, so a failure shows what the window said instead, with the tabs as
    // the extension saw them then (a hidden tab still loading, or loaded and not read).
    await expect
      .poll(() => ask.locator('body').innerText(), { timeout: 30_000 })
      .toContain(`Saved “${CAFE}”`)
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nTabs then: ${await describeTabs(session)}`);
      });
    const cafe = byTitle(await waitForArticles(session, before + 1), CAFE);
    expect(cafe.markdown).toContain(
      'Script-built text: the café on the harbour wall has won a national award',
    );
    expect(cafe.sourceUrl).toBe(server.pageUrl('script-built-article'));
    // The hidden tab is gone again; the reader never left the reading list.
    await ask.close();
    await expect.poll(() => session.context.pages().length).toBe(tabsBefore);
    expect(page.url()).toBe(server.pageUrl('reading-list'));

    // Allowed now, a second link goes straight through, without asking.
    await session.contextMenu(page, page.locator('#ferry'), SAVE_LINK);
    // (Saved now, or found saved when the selection test above has saved the page.)
    expect((await badgeSays(FERRY)).text).toBe('✓');
    const ferry = (await session.storedArticles()).find((a) => a.title === FERRY && !a.selection);
    expect(ferry?.sourceUrl).toBe(server.pageUrl('second-article'));
  });
});
