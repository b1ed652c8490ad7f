import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../../harness/launch-extension';
import type { FixtureServer } from '../../harness/serve-fixtures';
import { htmlRoute, hugeTextPage, manyElementsPage } from '../../robustness/generated-pages';
import { captureBanner, settleStore, startWithOneSavedArticle } from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// Huge pages stop quickly with a clear message instead of freezing the tab: the page's own 50 ms
// timer keeps ticking through the capture, and so does the popup's.

/** Longest pause the page's or the popup's timer may see; generous for a busy two-core machine. */
const MAX_PAUSE_MS = 1_500;
/** From the click to the message. */
const MAX_WAIT_MS = 15_000;

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await startWithOneSavedArticle({
    '/huge-text': htmlRoute(hugeTextPage(20)),
    '/many-elements': htmlRoute(manyElementsPage(200_000)),
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const POPUP_HEARTBEAT = `(() => {
  window.__gaps = []; let last = performance.now();
  setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 50);
})()`;

describe('huge pages', () => {
  it.each([
    [
      '20 MB of HTML',
      '/huge-text',
      /too large to capture: 19\.9 million characters of text, the limit is 5 million/,
    ],
    ['200,000 elements', '/many-elements', /too large to capture: 200,0\d\d elements/],
  ])(
    '%s: a clear message within bounded time, page and popup stay responsive',
    async (input, path, reason) => {
      const tally = robustnessCase('huge page', input);
      const before = await session.storedArticles();
      const page = await session.openPage(server.origin + path);
      await page.evaluate(() => {
        (window as unknown as { __gaps: number[] }).__gaps = [];
      });
      const started = Date.now();
      const popup = await session.clickToolbarButton(page);
      await popup.evaluate(POPUP_HEARTBEAT);
      const banner = await captureBanner(popup, MAX_WAIT_MS);
      const waited = Date.now() - started;
      // A few more ticks of both timers, so a pause at the very end is measured too.
      const ticks = (gaps: string) => `window.__gaps.length >= ${gaps} + 3`;
      const pageTicks = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps.length);
      const popupTicks = await popup.evaluate<number>('window.__gaps.length');
      await page.waitForFunction(ticks(String(pageTicks)));
      await expect.poll(() => popup.evaluate<boolean>(ticks(String(popupTicks)))).toBe(true);
      const pagePause = Math.max(
        ...(await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps)),
      );
      const popupPause = Math.max(0, ...(await popup.evaluate<number[]>('window.__gaps')));
      await popup.close();
      const after = await settleStore(session, before.length);
      tally.lost(countLost(before, after));
      tally.handled(
        reason.test(banner) && waited < MAX_WAIT_MS && pagePause < MAX_PAUSE_MS && popupPause < MAX_PAUSE_MS,
      );
      console.info(
        `${input}: message after ${waited} ms; longest pause: page ${Math.round(pagePause)} ms, popup ${Math.round(popupPause)} ms`,
      );
      expect(banner).toMatch(/^Not saved\./);
      expect(banner).toMatch(reason);
      expect(waited).toBeLessThan(MAX_WAIT_MS);
      expect(pagePause).toBeLessThan(MAX_PAUSE_MS);
      expect(popupPause).toBeLessThan(MAX_PAUSE_MS);
      expect(after).toEqual(before);
      await page.close();
    },
  );
});
