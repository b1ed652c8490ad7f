import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { htmlRoute, stillLoadingRoute, storyPage, storyParagraph } from '../../robustness/generated-pages';
import { captureBanner, captureWithToolbar, settleStore } from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// Pages Clean Capture cannot read: each gets a clear reason in the popup, nothing is stored, and the
// articles saved before are exactly as they were.

const fixtures = resolve('tests/e2e/robustness/fixtures');
const PDF = await readFile(resolve(fixtures, 'assets/tiny.pdf'));
// Long enough that reading it takes a while, so the tab can navigate in the middle.
const SLOW_PARAGRAPHS = 6_000;

let server: FixtureServer;
let session: ExtensionSession;
let earlier: StoredArticle[];

beforeAll(async () => {
  server = await serveFixtures(fixtures, {
    '/earlier/one': htmlRoute(storyPage('earlier one')),
    '/earlier/two': htmlRoute(storyPage('earlier two')),
    '/document': (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF),
    '/still-loading': stillLoadingRoute,
    '/slow-story': htmlRoute(storyPage('slow', SLOW_PARAGRAPHS)),
    '/elsewhere': htmlRoute(storyPage('elsewhere')),
  });
  session = await launchExtension();
  for (const path of ['/earlier/one', '/earlier/two']) {
    await captureWithToolbar(session, await session.openPage(server.origin + path));
  }
  earlier = await settleStore(session, 2);
  expect(earlier).toHaveLength(2);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens `url` in a new tab without waiting for it to finish loading. */
async function openWithoutWaiting(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
  return page;
}

const refused: [string, () => string, RegExp][] = [
  ['a chrome:// page', () => 'chrome://version', /browsers do not let extensions read it/],
  ['about:blank', () => 'about:blank', /does not let extensions read this page/],
  ['a view-source: page', () => `view-source:${server.origin}/earlier/one`, /does not let extensions read/],
  [
    'a PDF at a .pdf address',
    () => `${server.origin}/assets/tiny.pdf`,
    /PDF viewer, which extensions cannot read/,
  ],
  [
    'a PDF at an address without .pdf',
    () => `${server.origin}/document?id=7`,
    /PDF viewer, which extensions/,
  ],
  [
    'a tab still loading',
    () => `${server.origin}/still-loading`,
    /still loading\. Wait until it has finished/,
  ],
];

describe('pages Clean Capture cannot read', () => {
  it.each(refused)('%s: says why and stores nothing', async (input, url, reason) => {
    const tally = robustnessCase('cannot capture', input);
    const page = await openWithoutWaiting(url());
    // The PDF viewer and view-source build their page after the navigation commits: wait for it to
    // load (the still-loading page never does; its address has committed, which is all it needs).
    if (!url().endsWith('/still-loading')) await page.waitForLoadState('load');
    const banner = await captureWithToolbar(session, page);
    const after = await settleStore(session, earlier.length);
    tally.lost(countLost(earlier, after));
    tally.handled(reason.test(banner) && after.length === earlier.length);
    expect(banner).toMatch(/^Not saved\./);
    expect(banner).toMatch(reason);
    expect(after).toEqual(earlier);
    await page.close();
  });

  it.each([
    ['the tab navigates as soon as the capture starts', 0],
    ['the tab navigates while the page is being read', 700],
  ])('%s: stores the asked-for page whole, or nothing', async (input, delay) => {
    const tally = robustnessCase('cannot capture', `navigation mid-capture (${input})`);
    const before = await session.storedArticles();
    const page = await session.openPage(`${server.origin}/slow-story`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saving…');
    await page.waitForTimeout(delay);
    await page.goto(`${server.origin}/elsewhere`);
    const banner = await captureBanner(popup, 60_000);
    await popup.close();
    const after = await settleStore(session, before.length + (banner.startsWith('Saved') ? 1 : 0));
    const added = after.filter((a) => !before.some((b) => b.id === a.id));
    // Either a clear refusal and nothing new, or the slow story, complete, under its own address.
    const refusedCleanly =
      /^Not saved\. The page (changed|went to another address)/.test(banner) && added.length === 0;
    const slow = added[0];
    const storedWhole =
      added.length === 1 &&
      slow?.sourceUrl === `${server.origin}/slow-story` &&
      slow.markdown.includes(storyParagraph('slow', 0)) &&
      slow.markdown.includes(storyParagraph('slow', SLOW_PARAGRAPHS - 1));
    tally.lost(countLost(before, after));
    tally.handled(refusedCleanly || storedWhole);
    expect(after.some((a) => a.markdown.includes(storyParagraph('elsewhere', 0)))).toBe(false);
    expect(refusedCleanly || storedWhole, `banner: ${banner}; added: ${added.map((a) => a.sourceUrl)}`).toBe(
      true,
    );
    expect(countLost(before, after)).toBe(0);
    for (const article of added) await deleteArticle(article.id);
    await page.close();
  });
});

/** Removes an article the test added, so the next test starts from the earlier two. */
async function deleteArticle(id: number): Promise<void> {
  await session.worker.evaluate(`(async () => {
    const db = await new Promise((done, fail) => {
      const request = indexedDB.open('clean-capture');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(['articles', 'bodies'], 'readwrite');
    tx.objectStore('articles').delete(${id});
    tx.objectStore('bodies').delete(${id});
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  })()`);
}
