import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import type { ExtensionSession } from '../../harness/launch-extension';
import type { FixtureServer } from '../../harness/serve-fixtures';
import {
  captureBanner,
  captureWithToolbar,
  settleStore,
  startWithOneSavedArticle,
} from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// Pages that are not articles: the popup says so and offers "Save whole page anyway", which stores
// the cleaned page; a page with nothing on it says that instead. Earlier articles stay as they were.

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await startWithOneSavedArticle({}));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const wholePages: [string, () => string, string, (a: StoredArticle) => boolean][] = [
  [
    'a home page of teasers',
    () => server.pageUrl('home-page'),
    'The Coastal Ledger — Home',
    (a) => a.markdown.includes('Harbour mill reopens') && a.markdown.includes('Hospital ward reopens'),
  ],
  [
    'search results',
    () => server.pageUrl('search-results'),
    'Search results for “tidal”',
    (a) => a.markdown.includes('Result 1: tidal energy') && a.markdown.includes('Result 15: tidal energy'),
  ],
  [
    'an image address (.png)',
    () => `${server.origin}/assets/red.png`,
    'red.png',
    (a) => a.markdown === `![red.png](${server.origin}/assets/red.png)` && a.leadImage === a.sourceUrl,
  ],
];

describe('pages that are not articles', () => {
  it.each(wholePages)(
    '%s: offers the whole page, then stores it cleaned',
    async (input, url, title, whole) => {
      const tally = robustnessCase('not an article', input);
      const before = await session.storedArticles();
      const page = await session.openPage(url());
      const popup = await session.clickToolbarButton(page);
      const first = await captureBanner(popup);
      const offered =
        /not an article|not look like an article/.test(first) && first.includes('Save whole page anyway');
      const untouched = await session.storedArticles();
      await popup.clickButton('Save whole page anyway');
      await popup.waitForText(/Saved “|Not saved\. (?!This page does not)/, 30_000);
      const second = await popup.evaluate<string>(`document.querySelector('.status')?.innerText ?? ''`);
      await popup.close();
      const after = await settleStore(session, before.length + 1);
      const saved = after.find((a) => !before.some((b) => b.id === a.id));
      tally.lost(countLost(before, after));
      tally.handled(offered && untouched.length === before.length && saved !== undefined && whole(saved));
      expect(first).toMatch(/^Not saved\./);
      expect(offered, first).toBe(true);
      expect(untouched).toEqual(before);
      expect(second).toContain(`Saved “${title}`);
      expect(saved && whole(saved), saved?.markdown.slice(0, 400)).toBe(true);
      // Cleaned: the page's scripts, styles and form controls are not part of what was kept.
      expect(saved?.markdown).not.toMatch(/<script|<style|<form|<input|appState/);
      expect(countLost(before, after)).toBe(0);
    },
  );

  it('an empty page: says there is nothing to save and offers nothing', async () => {
    const tally = robustnessCase('not an article', 'an empty page');
    const before = await session.storedArticles();
    const banner = await captureWithToolbar(session, await session.openPage(server.pageUrl('empty-page')));
    const after = await settleStore(session, before.length);
    tally.lost(countLost(before, after));
    tally.handled(/empty: there is no text on it to save/.test(banner) && after.length === before.length);
    expect(banner).toMatch(/^Not saved\. This page is empty: there is no text on it to save\./);
    expect(banner).not.toContain('Save whole page anyway');
    expect(after).toEqual(before);
  });
});
