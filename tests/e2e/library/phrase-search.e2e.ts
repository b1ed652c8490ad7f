import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { makeStoredArticle } from '../../articles/article-factory';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';

// A quoted phrase held by many articles: every article holding it is listed, none that only has its
// words apart, and its function words count as its other words do (the index holds their places).
// Real Chromium with the built extension (`npm run build` first).

const HOLDING = 130;
const APART = 40;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  const setup = await session.openExtensionPage('library.html');
  await setup.locator('.empty').waitFor();
  const articles: StoredArticle[] = [];
  for (let id = 1; id <= HOLDING + APART; id++)
    articles.push(
      makeStoredArticle({
        id,
        title: `Walk ${id}`,
        markdown:
          id <= HOLDING
            ? `Past the harbour's wall, at low tide (walk ${id}).`
            : `A wall stands far from the harbour (walk ${id}).`,
      }),
    );
  await seedArticles(setup, articles);
  await setup.close();
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('a quoted phrase with many matches', () => {
  it('lists every article holding it, and none with its words apart', async () => {
    const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await page.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
    const count = page.locator('.selection-bar .count');
    await page.locator('input.search').fill('"harbour wall"');
    await page.waitForFunction(
      () => document.querySelector('main.library')?.getAttribute('data-results-for') === '"harbour wall"',
    );
    await expect
      .poll(() => count.innerText(), { timeout: 10_000 })
      .toBe(`${HOLDING} of ${HOLDING + APART} articles`);
    const shown = await page.locator('.list li.row .row-title').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((title) => Number(title.replace('Walk ', '')) <= HOLDING)).toBe(true);
    await page.close();
  });

  it('matches a phrase with function words word for word', async () => {
    const page = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await page.locator('main.library[data-search=ready]').waitFor({ timeout: 30_000 });
    const count = page.locator('.selection-bar .count');
    // Every article holds "the harbour"; only those with their words apart hold it after "from".
    await page.locator('input.search').fill('"from the harbour"');
    await page.waitForFunction(
      () => document.querySelector('main.library')?.getAttribute('data-results-for') === '"from the harbour"',
    );
    await expect
      .poll(() => count.innerText(), { timeout: 10_000 })
      .toBe(`${APART} of ${HOLDING + APART} articles`);
    const shown = await page.locator('.list li.row .row-title').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((title) => Number(title.replace('Walk ', '')) > HOLDING)).toBe(true);
    await page.close();
  });
});
