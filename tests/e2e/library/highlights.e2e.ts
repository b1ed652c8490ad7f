import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../lib/highlights/highlight';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { chooseZip, exportAll } from '../e2e-helpers';

// Highlights and notes through the real library page in Chromium with the built extension
// (`npm run build` first): made with the mouse and the keyboard, kept over a reload, re-placed
// after "Capture again" (or listed as could not be placed), found by the search, listed on the
// highlights page, and carried through export and import into a fresh profile.

const OUT = 'test-output/highlights';
const SHOTS = 'test-output/screenshots';
const TITLE = 'The lighthouse keepers of the northern coast';

const KEPT = 'Keepers climbed one hundred and twelve steps every evening';
const CHANGING = 'The lamp burned whale oil until the harbour board bought paraffin';
const LATER = 'Today a single technician visits the tower twice a year';
let version = 1;

const paragraph = (text: string) =>
  `<p>${text}, and the island families remember every one of those winters in letters and photographs.</p>`;
function story(): string {
  const middle = version === 1 ? CHANGING : 'The lamp was electrified after the war';
  const body = [KEPT, middle, LATER, 'Visitors may climb the steps on summer Sundays']
    .map(paragraph)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1>${body}</article></main></body></html>`;
}

let site: FixtureServer;
const sessions: ExtensionSession[] = [];
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  site = await serveFixtures(OUT, {
    '/story/': (_request: unknown, response: ServerResponse) =>
      void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story()),
  });
}, 30_000);
afterAll(async () => {
  for (const session of sessions) await session.close();
  await site?.close().catch(() => undefined);
});

/** Every row of one store of the extension's own IndexedDB. */
const storedRows = <T>(page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('clean-capture');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as T[]);
          };
        };
      }),
    store,
  );

/** The highlights the extension's own IndexedDB holds, oldest first. */
const storedHighlights = async (page: Page) =>
  (await storedRows<Highlight>(page, 'highlights')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** The note on the article (not on a highlight) the extension's own IndexedDB holds, '' for none. */
const storedArticleNote = async (page: Page) =>
  (await storedRows<{ note: string }>(page, 'articleNotes'))[0]?.note ?? '';

/**
 * Selects `phrase` inside the reading view's body, as a reader dragging over it would; with
 * `thenKey`, presses that key in the same task, before the page hears of the selection.
 */
async function selectPhrase(page: Page, phrase: string, thenKey?: string): Promise<void> {
  await page.evaluate(
    ([wanted, key]) => {
      const body = document.querySelector('.reader-body') as HTMLElement;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        if (key) body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        return;
      }
      throw new Error(`"${wanted}" is not in the reading view`);
    },
    [phrase, thenKey] as const,
  );
}

/** Opens an article in the library's reading view and waits until its highlights are painted. */
async function openReading(session: ExtensionSession, hash: string): Promise<Page> {
  const page = await session.openExtensionPage(`library.html${hash}`, { width: 1000, height: 800 });
  await page.locator('.reader-body[data-highlights-painted]').waitFor();
  await page.locator('.highlights-panel').waitFor();
  return page;
}

/** The library's list of every article, whatever its reading state, once it shows one. */
async function allArticles(page: Page): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Reading state' }).getByRole('radio', { name: /^All/ }).click();
  await page.locator('.list li.row').first().waitFor();
}

const markTexts = (page: Page) => page.locator('.reader-body mark[data-highlight]').allInnerTexts();

describe('highlights and notes', () => {
  let session: ExtensionSession;
  let articleId = 0;

  it('highlights text by mouse and keyboard, with notes that survive a reload', async () => {
    session = await launchExtension();
    sessions.push(session);
    const tab = await session.openPage(`${site.origin}/story/`);
    const popup = await session.clickToolbarButton(tab);
    await popup.waitForText(`Saved “${TITLE}”`);
    await popup.close();
    articleId = (await session.storedArticles())[0]?.id ?? 0;

    const page = await openReading(session, `#article=${articleId}`);
    await selectPhrase(page, 'one hundred and twelve steps');
    await page.getByRole('button', { name: 'Highlight in green' }).click();
    await selectPhrase(page, 'whale oil until the harbour board');
    await page.keyboard.press('h');
    await expect
      .poll(() => markTexts(page))
      .toEqual(['one hundred and twelve steps', 'whale oil until the harbour board']);

    await page
      .getByRole('textbox', { name: 'Note on this highlight' })
      .first()
      .fill('Counted by a cormorant');
    await page.getByRole('textbox', { name: 'Note on this highlight' }).last().fill('Paraffin came in 1890');
    await page.getByRole('textbox', { name: 'Note on this article' }).fill('Visit with the albatross guide');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await storedHighlights(page)).map((h) => [h.color, h.quote.exact, h.note]))
      .toEqual([
        ['green', 'one hundred and twelve steps', 'Counted by a cormorant'],
        ['yellow', 'whale oil until the harbour board', 'Paraffin came in 1890'],
      ]);
    // Stored before the reload: a reload at once after leaving the field could stop its write.
    await expect.poll(() => storedArticleNote(page)).toBe('Visit with the albatross guide');

    await page.reload();
    await page.locator('.reader-body[data-highlights-painted="2"]').waitFor();
    await page.locator('.highlights-panel').waitFor();
    expect(await markTexts(page)).toEqual([
      'one hundred and twelve steps',
      'whale oil until the harbour board',
    ]);
    expect(await page.locator('mark.highlight-green').innerText()).toBe('one hundred and twelve steps');
    expect(await page.getByRole('textbox', { name: 'Note on this article' }).inputValue()).toBe(
      'Visit with the albatross guide',
    );
    expect(
      await page
        .getByRole('textbox', { name: 'Note on this highlight' })
        .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)),
    ).toEqual(['Counted by a cormorant', 'Paraffin came in 1890']);

    // From the keyboard: ] reaches the first highlight, ] the next, Delete removes it, Undo brings it back.
    await page.locator('.reader nav button').first().focus();
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'whale oil until the harbour board',
    );
    await page.keyboard.press('Delete');
    await expect.poll(() => markTexts(page)).toEqual(['one hundred and twelve steps']);
    await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => markTexts(page)).toHaveLength(2);
    await expect
      .poll(async () => (await storedHighlights(page)).map((h) => h.note))
      .toEqual(['Counted by a cormorant', 'Paraffin came in 1890']);
    await page.close();
  }, 90_000);

  it('finds the article by a word of a note, and by the has-highlights filter', async () => {
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 800 });
    // Read to its end (it fits on one screen) when it was opened, so it is no longer among the unread.
    await allArticles(page);
    await page.locator('input.search').fill('cormorant');
    await expect.poll(() => page.locator('.list li.row .row-title').allInnerTexts()).toEqual([TITLE]);
    await page.locator('input.search').fill('albatross');
    await expect.poll(() => page.locator('.list li.row .row-title').allInnerTexts()).toEqual([TITLE]);
    await page.locator('input.search').fill('');
    await page.getByRole('checkbox', { name: 'Has highlights' }).check();
    await expect.poll(() => page.locator('.list li.row .row-title').allInnerTexts()).toEqual([TITLE]);
    await page.close();
  });

  it('keeps highlights over "Capture again" and lists one whose text changed as could not be placed', async () => {
    version = 2;
    const tab = await session.openPage(`${site.origin}/story/`);
    const popup = await session.clickToolbarButton(tab);
    await popup.waitForText('Already saved');
    await popup.clickButton('Capture again');
    await popup.waitForText(`Updated “${TITLE}”`);
    await popup.close();
    const page = await openReading(session, `#article=${articleId}`);
    expect(await markTexts(page)).toEqual(['one hundred and twelve steps']);
    const unplaced = page.locator('.unplaced');
    await expect.poll(() => unplaced.locator('h3').innerText()).toBe('Could not be placed');
    expect(await unplaced.locator('.highlight-quote').allInnerTexts()).toEqual([
      'whale oil until the harbour board',
    ]);
    expect(await unplaced.getByRole('textbox').inputValue()).toBe('Paraffin came in 1890');
    expect(await storedHighlights(page)).toHaveLength(2);
    await page.close();
  }, 60_000);

  it('lists every highlight on the highlights page, newest first, linked to its place', async () => {
    const page = await session.openExtensionPage('library.html#highlights', { width: 1000, height: 800 });
    await page.locator('.highlights-page li').first().waitFor();
    expect(await page.locator('.highlights-page blockquote').allInnerTexts()).toEqual([
      'whale oil until the harbour board',
      'one hundred and twelve steps',
    ]);
    expect(await page.locator('.highlights-page .note').allInnerTexts()).toEqual([
      'Paraffin came in 1890',
      'Counted by a cormorant',
    ]);
    await page.screenshot({ path: `${SHOTS}/highlights-page.png` });
    await page.getByRole('link', { name: 'one hundred and twelve steps' }).click();
    await page.locator('.reader-body[data-highlights-painted]').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('one hundred and twelve steps');
    await page.close();
  });

  it('exports ==text== and a Highlights section, and an import in a fresh profile restores them', async () => {
    const page = await session.openExtensionPage('library.html', { width: 1000, height: 800 });
    await allArticles(page);
    const zip = `${OUT}/highlights.zip`;
    await exportAll(page, zip);
    const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    const file = files.find((name) => name !== 'index.md' && name.endsWith('.md')) ?? '';
    const text = execFileSync('unzip', ['-p', zip, file], { encoding: 'utf8' });
    expect(text).toContain('Keepers climbed ==one hundred and twelve steps== every evening');
    expect(text).toContain(
      '## Highlights\n\nVisit with the albatross guide\n\n> ==one hundred and twelve steps==\n\nCounted by a cormorant\n\n> ==whale oil until the harbour board==\n\nParaffin came in 1890\n',
    );
    const before = await storedHighlights(page);

    const fresh = await launchExtension();
    sessions.push(fresh);
    const library = await fresh.openExtensionPage('library.html', { width: 1000, height: 800 });
    await library.locator('.empty').waitFor();
    await chooseZip(library, zip);
    const dialog = library.locator('.import-dialog[data-step=preview]');
    await dialog.getByRole('button', { name: 'Import 1 new' }).click();
    await expect.poll(() => library.locator('.notice').innerText()).toContain('Imported 1 new article');
    const [restored] = await fresh.storedArticles();
    expect(restored?.markdown).toBe((await session.storedArticles())[0]?.markdown);
    const after = await storedHighlights(library);
    expect(after).toEqual(before.map((h) => ({ ...h, articleId: restored?.id })));
    const reading = await openReading(fresh, `#article=${restored?.id}`);
    expect(await markTexts(reading)).toEqual(['one hundred and twelve steps']);
    expect(await reading.getByRole('textbox', { name: 'Note on this article' }).inputValue()).toBe(
      'Visit with the albatross guide',
    );
    expect(await reading.locator('.unplaced .highlight-quote').allInnerTexts()).toEqual([
      'whale oil until the harbour board',
    ]);
  }, 90_000);

  it('highlights with h pressed at once after selecting, before the page has heard of the selection', async () => {
    // A keyboard-only reader (Shift+arrows, then h) can be quicker than the selectionchange event:
    // Chromium runs input ahead of queued events, so the key must act on the selection as it is.
    const page = await openReading(session, `#article=${articleId}`);
    const phrase = 'a single technician';
    await selectPhrase(page, phrase, 'h');
    await expect.poll(() => markTexts(page)).toContain(phrase);
    await expect.poll(async () => (await storedHighlights(page)).map((h) => h.quote.exact)).toContain(phrase);
    await page.close();
  });

  it('keeps a note whose field the reader never left: over a reload, and over closing the tab', async () => {
    // Closing or reloading a tab moves the focus nowhere, so a note stored only when its field lost
    // the focus went with the tab. The field keeps the focus while the store is read.
    const page = await openReading(session, `#article=${articleId}`);
    const articleNote = page.getByRole('textbox', { name: 'Note on this article' });
    await articleNote.fill('Ferry on Thursdays only');
    await expect.poll(() => storedArticleNote(page)).toBe('Ferry on Thursdays only');
    expect(await articleNote.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.reload();
    await page.locator('.highlights-panel').waitFor();
    expect(await page.getByRole('textbox', { name: 'Note on this article' }).inputValue()).toBe(
      'Ferry on Thursdays only',
    );
    await page.getByRole('textbox', { name: 'Note on this highlight' }).first().fill('Not the cormorant');
    await expect
      .poll(async () => (await storedHighlights(page)).map((h) => h.note))
      .toContain('Not the cormorant');
    await page.close();
    const again = await openReading(session, `#article=${articleId}`);
    expect(await again.getByRole('textbox', { name: 'Note on this highlight' }).first().inputValue()).toBe(
      'Not the cormorant',
    );
    await again.close();
  });
});
