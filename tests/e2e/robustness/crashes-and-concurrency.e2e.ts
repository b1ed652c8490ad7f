import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import type { ExtensionSession } from '../../harness/launch-extension';
import { type FixtureServer, type Route } from '../../harness/serve-fixtures';
import { htmlRoute, storyPage, storyParagraph } from '../../robustness/generated-pages';
import {
  captureBanner,
  captureWithToolbar,
  settleStore,
  startWithOneSavedArticle,
} from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// The background stopped mid-capture, ten captures at once, and a full disk: no article is ever
// half-stored, none stored before is lost, and the next capture works.

const SLOW_PARAGRAPHS = 6_000;
const TEN_PARAGRAPHS = 1_500;

let server: FixtureServer;
let session: ExtensionSession;

const storyRoute: Route = (request, response) => {
  const n = new URL(request.url ?? '/', 'http://x').searchParams.get('n') ?? '0';
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(storyPage(`tab ${n}`, TEN_PARAGRAPHS));
};

beforeAll(async () => {
  ({ server, session } = await startWithOneSavedArticle({
    '/slow-story': htmlRoute(storyPage('slow', SLOW_PARAGRAPHS)),
    '/after-restart': htmlRoute(storyPage('after restart')),
    '/full-disk': htmlRoute(storyPage('full disk')),
    '/story': storyRoute,
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Whether `article` holds every paragraph of story `story` and nothing of another story. */
function whole(article: StoredArticle | undefined, story: string, paragraphs: number): boolean {
  if (!article) return false;
  const own = article.markdown.split('\n\n').filter((p) => p.startsWith('Story '));
  return own.length === paragraphs && own.every((p, i) => p === storyParagraph(story, i));
}

describe('crashes and concurrency', () => {
  it('the service worker is stopped mid-capture: nothing half-stored, and the next capture works', async () => {
    const tally = robustnessCase('crash or concurrency', 'service worker stopped mid-capture');
    const before = await session.storedArticles();
    const page = await session.openPage(`${server.origin}/slow-story`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saving…');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const banner = await captureBanner(popup, 60_000);
    await popup.close();
    const afterKill = await session.storedArticles();
    const added = afterKill.filter((a) => !before.some((b) => b.id === a.id));
    const clean = added.length === 0 || (added.length === 1 && whole(added[0], 'slow', SLOW_PARAGRAPHS));

    const next = await captureWithToolbar(session, await session.openPage(`${server.origin}/after-restart`));
    const after = await settleStore(session, afterKill.length + 1);
    const restarted = after.find((a) => a.sourceUrl === `${server.origin}/after-restart`);
    tally.lost(countLost(before, after));
    tally.handled(
      clean && /stopped by the browser|^Saved/.test(banner) && whole(restarted, 'after restart', 12),
    );
    expect(banner).toMatch(
      /^Not saved\. Clean Capture was stopped by the browser before it could finish|^Saved “Story slow”/,
    );
    expect(clean, `added: ${added.map((a) => a.markdown.length)}`).toBe(true);
    expect(next).toBe('Saved “Story after restart”');
    expect(whole(restarted, 'after restart', 12)).toBe(true);
    expect(countLost(before, after)).toBe(0);
  });

  it('ten tabs captured at once, each in its own window: ten whole articles', async () => {
    const tally = robustnessCase('crash or concurrency', 'ten tabs captured at once');
    const before = await session.storedArticles();
    const pages: Page[] = [];
    for (let n = 1; n <= 10; n++) {
      const opened = session.context.waitForEvent('page');
      const worker = await session.liveWorker();
      await worker.evaluate(
        `chrome.windows.create({ url: ${JSON.stringify(`${server.origin}/story?n=${n}`)} })`,
      );
      const page = await opened;
      await page.waitForLoadState('load');
      pages.push(page);
    }
    // One click after another without waiting for the captures, which overlap.
    const popups = [];
    for (const page of pages) popups.push(await session.clickToolbarButton(page));
    const banners = await Promise.all(popups.map((p) => captureBanner(p, 90_000)));
    await Promise.all(popups.map((p) => p.close()));
    const after = await settleStore(session, before.length + 10);
    const stored = Array.from({ length: 10 }, (_, i) =>
      after.find((a) => a.sourceUrl === `${server.origin}/story?n=${i + 1}`),
    );
    const allWhole = stored.every((a, i) => whole(a, `tab ${i + 1}`, TEN_PARAGRAPHS));
    tally.lost(countLost(before, after));
    tally.handled(allWhole && after.length === before.length + 10);
    expect(banners.toSorted()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Saved “Story tab ${i + 1}”`).toSorted(),
    );
    expect(after).toHaveLength(before.length + 10);
    expect(stored.map((a, i) => whole(a, `tab ${i + 1}`, TEN_PARAGRAPHS))).toEqual(Array(10).fill(true));
    expect(countLost(before, after)).toBe(0);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('storage full: says so, keeps every earlier article, stores no half article', async () => {
    // Chromium ignores quota overrides for an extension with unlimitedStorage, so the worker's
    // IndexedDB is made to refuse body writes the way a full disk does, with a QuotaExceededError.
    const tally = robustnessCase('crash or concurrency', 'storage full (QuotaExceededError)');
    const before = await session.storedArticles();
    const worker = await session.liveWorker();
    await worker.evaluate(`(() => {
      const proto = IDBObjectStore.prototype;
      globalThis.__realWrites = { add: proto.add, put: proto.put };
      for (const name of ['add', 'put']) {
        proto[name] = function (...args) {
          if (this.name === 'bodies') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return globalThis.__realWrites[name].apply(this, args);
        };
      }
    })()`);
    const page = await session.openPage(`${server.origin}/full-disk`);
    const banner = await captureWithToolbar(session, page);
    const afterFull = await session.storedArticles();
    await worker.evaluate(`Object.assign(IDBObjectStore.prototype, globalThis.__realWrites)`);
    const popup = await session.clickToolbarButton(page);
    const retry = await captureBanner(popup);
    await popup.close();
    const after = await settleStore(session, before.length + 1);
    tally.lost(countLost(before, after));
    tally.handled(
      /storage is full/.test(banner) && afterFull.length === before.length && retry.startsWith('Saved'),
    );
    expect(banner).toMatch(
      /^Not saved\. Your browser's storage is full, so this article was not saved; the articles saved before are untouched\./,
    );
    expect(afterFull).toEqual(before);
    expect(retry).toBe('Saved “Story full disk”');
    expect(countLost(before, after)).toBe(0);
  });
});
