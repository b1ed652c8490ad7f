import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { generateArticles } from '../../bench/generate-articles';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { imagesSettled, searchLibrary, waitForWholeLibrary } from '../e2e-helpers';

// End to end in real Chromium with the built extension (`npm run build` first) and its real IndexedDB.

const SHOTS = 'test-output/screenshots';
const { articles: generated } = generateArticles(300, 11);
const special = (
  id: number,
  title: string,
  markdown: string,
  extra: Partial<StoredArticle> = {},
): StoredArticle => ({
  ...(generated[0] as StoredArticle),
  id,
  title,
  markdown,
  canonicalUrl: `https://special.example/${id}`,
  sourceUrl: `https://special.example/${id}`,
  capturedAt: '2027-01-0' + (id - 900) + 'T10:00:00.000Z',
  tags: [],
  ...extra,
});
const corpus: StoredArticle[] = [
  ...generated,
  special(
    901,
    'Notes from a small island',
    'We walked past the lighthouse.\n\nThe **quokka sanctuary** opens at dawn.',
    {
      siteName: 'Field Notes',
      authors: ['Ines Berg'],
    },
  ),
  special(
    902,
    'Hostile markup test',
    '# Heading\n\nText with <img src="x" onerror="window.__pwned = 1"> and <script>window.__pwned = 2</script> and [a link](javascript:window.__pwned=3).\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  ),
  special(903, 'A long read about tide pools', longBody(), {
    siteName: 'The Coastal Review',
    authors: ['Keiko Nakamura', 'Luis Silva'],
    tags: ['nature'],
    publishedTime: '2026-06-01T08:00:00.000Z',
  }),
];

function longBody(): string {
  return [
    'Tide pools are small worlds that empty and fill twice a day.',
    '## What lives there',
    'Anemones, limpets and **hermit crabs** share the rock. A careful visitor lifts nothing and leaves no trace; the pool is somebody’s home.',
    '> The sea is a teacher that repeats itself every twelve hours.',
    '- Go at low tide\n- Wear shoes that grip\n- Bring a field guide',
    'Some pools hold warm water all afternoon, and in them the anemones open fully, like flowers in a greenhouse. '.repeat(
      4,
    ),
    '```\nlow tide: 06:14\nhigh tide: 12:31\n```',
  ].join('\n\n');
}

let session: ExtensionSession;
let page: Page;

const rowsInDom = () => page.locator('.list li.row').count();
const countText = () => page.locator('.selection-bar .count').innerText();
const rowTitles = () => page.locator('.list li.row .row-title').allInnerTexts();
/** Types into the search box and waits for the list to show that search's answer. */
async function search(text: string) {
  await searchLibrary(page, text);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchExtension();
  page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await page.locator('.empty').waitFor();
  await seedArticles(page, corpus);
  await page.reload();
  await waitForWholeLibrary(page, corpus.length);
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('library page', () => {
  it('lists every article but keeps only the visible rows in the DOM', async () => {
    expect(await countText()).toMatch(/^303 articles/);
    await page.screenshot({ path: `${SHOTS}/library-light.png` });
    const rows = await rowsInDom();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(40);
    await page.locator('.list-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect
      .poll(() => page.locator('.list li.row').last().getAttribute('data-id'))
      .toBe(String(generated[0]?.id));
    expect(await rowsInDom()).toBeLessThan(40);
  });

  it('finds a phrase that only appears in an article body, with the match marked', async () => {
    await search('"quokka sanctuary"');
    await expect.poll(rowTitles).toEqual(['Notes from a small island']);
    const matches = await page.locator('.row-matches mark').allInnerTexts();
    expect(matches.sort()).toEqual(['quokka', 'sanctuary']);
    // Quotes mean a phrase: both words are in that article, but not in this order.
    await search('"sanctuary quokka"');
    await page.waitForFunction(
      (q) => (document.querySelector('main.library') as HTMLElement | null)?.dataset.resultsFor === q,
      '"sanctuary quokka"',
    );
    expect(await rowTitles()).toEqual([]);
    await search('sanctuary quokka');
    await expect.poll(rowTitles).toEqual(['Notes from a small island']);
    // Prefix of the word being typed.
    await search('quokk');
    await expect.poll(rowTitles).toEqual(['Notes from a small island']);
  });

  it('filters by tag and by site', async () => {
    await search('');
    const tagged = generated.filter((a) => a.tags.includes('research')).length;
    await page.locator('.filters select').nth(1).selectOption('research');
    await expect.poll(countText).toContain(`${tagged} of 303 articles`);
    const tagsShown = await page
      .locator('.list li.row')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('.tag')].map((t) => t.textContent)));
    expect(tagsShown.length).toBeGreaterThan(0);
    expect(tagsShown.every((tags) => tags.includes('research'))).toBe(true);
    await page.locator('.filters select').nth(1).selectOption('');
    await page.locator('.filters select').nth(0).selectOption('The Coastal Review');
    await expect.poll(rowTitles).toEqual(['A long read about tide pools']);
    await page.locator('.filters select').nth(0).selectOption('');
    await expect.poll(countText).toMatch(/^303 articles/);
  });

  it('deletes a selection and brings it back with Undo', async () => {
    const word = 'lighthouse';
    await search('tide');
    await expect.poll(rowTitles).toContain('A long read about tide pools');
    const shown = (await rowTitles()).length;
    // Click the first, shift-click the last: a range.
    await page.locator('.list li.row input[type=checkbox]').first().click();
    await page
      .locator('.list li.row input[type=checkbox]')
      .last()
      .click({ modifiers: ['Shift'] });
    await expect.poll(countText).toContain(`${shown} selected`);
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain(`Deleted ${shown}`);
    await expect.poll(async () => (await session.storedArticles()).length).toBe(303 - shown);
    await expect.poll(rowTitles).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await session.storedArticles()).length).toBe(303);
    await expect.poll(rowTitles).toContain('A long read about tide pools');
    // Bodies came back too, and stay searchable.
    await search(word);
    await expect.poll(rowTitles).toEqual(['Notes from a small island']);
  });

  it('exports the current search results as a zip that unzip opens', async () => {
    await search('tide pools');
    await expect.poll(rowTitles).toEqual(['A long read about tide pools']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export 1 shown/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^clean-capture-\d{4}-\d{2}-\d{2}\.zip$/);
    const path = 'test-output/library-export.zip';
    await file.saveAs(path);
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toContain('index.md');
    expect(listing).toContain('manifest.json');
    const articles = listing.filter((n) => n !== 'index.md' && n !== 'manifest.json');
    expect(articles).toHaveLength(1);
    const text = execFileSync('unzip', ['-p', path, articles[0] as string], { encoding: 'utf8' });
    expect(text).toContain('hermit crabs');
  });

  it('works from the keyboard: / to search, arrows, Enter to read, x to select, Escape back', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search'))).toBe(true);
    await page.keyboard.type('tide pools');
    await expect.poll(rowTitles).toEqual(['A long read about tide pools']);
    await page.keyboard.press('Enter');
    await page.locator('article.reader > header h1').waitFor();
    expect(await page.locator('article.reader > header h1').innerText()).toBe('A long read about tide pools');
    await page.keyboard.press('Escape');
    await page.locator('.list li.row').first().waitFor();
    await page.keyboard.press('Escape'); // clears the search
    await expect.poll(countText).toMatch(/^303 articles/);
    await page.locator('.list-scroller').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('x');
    await expect.poll(countText).toContain('1 selected');
    expect(await page.locator('.list li.row.active').getAttribute('data-id')).toBe(
      await page.locator('.list li.row.selected').getAttribute('data-id'),
    );
    await page.keyboard.press('Escape');
    await expect.poll(countText).not.toContain('selected');
  });

  it('renders the reading view from Markdown without running anything from the page', async () => {
    await page.goto(page.url().replace(/#.*$/, '') + '#article=902');
    await page.locator('article.reader > header h1').waitFor();
    const body = page.locator('.reader-body');
    expect(await body.locator('h1').innerText()).toBe('Heading');
    expect(await body.locator('table td').count()).toBe(2);
    expect(await body.locator('script').count()).toBe(0);
    expect(await body.locator('[onerror]').count()).toBe(0);
    expect(await body.locator('a').first().getAttribute('href')).toBeNull();
    await imagesSettled(page);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('adds and removes tags in the reading view, and the tag filter sees them', async () => {
    await page.goto(page.url().replace(/#.*$/, '') + '#article=903');
    await page.locator('article.reader > header h1').waitFor();
    await page.getByLabel('Add a tag').fill('  Rock Pools ');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page.locator('.tag-editor .tag').allInnerTexts())
      .toEqual(['nature×', 'rock pools×']);
    await page.getByRole('button', { name: 'Remove tag nature' }).click();
    await expect
      .poll(async () => (await session.storedArticles()).find((a) => a.id === 903)?.tags)
      .toEqual(['rock pools']);
    await page.screenshot({ path: `${SHOTS}/reading-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/reading-dark.png` });
    // Removing a tag leaves the focus in the tag field, where Escape is the field's; the reading view
    // used to pull the focus to its back button on every render, which also took it from notes.
    await page.locator('article.reader nav button').first().focus();
    await page.keyboard.press('Escape');
    await page.locator('.filters select').nth(1).selectOption('rock pools');
    await expect.poll(rowTitles).toEqual(['A long read about tide pools']);
    await page.locator('.filters select').nth(1).selectOption('');
    await search('island');
    await page.screenshot({ path: `${SHOTS}/library-search-dark.png` });
    await search('');
    await page.screenshot({ path: `${SHOTS}/library-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    writeFileSync(`${SHOTS}/.gitkeep`, '');
  });

  it('says so when a tag cannot be saved because the article was deleted elsewhere', async () => {
    await page.goto(page.url().replace(/#.*$/, '') + '#article=902');
    await page.locator('article.reader > header h1').waitFor();
    // Deleted from another window while this one shows it.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('clean-capture');
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', 'bodies'], 'readwrite');
            tx.objectStore('articles').delete(902);
            tx.objectStore('bodies').delete(902);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await page.getByLabel('Add a tag').fill('later');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Tags not saved: the article is no longer in the library').waitFor();
    expect((await session.storedArticles()).some((a) => a.id === 902)).toBe(false);
  });
});
