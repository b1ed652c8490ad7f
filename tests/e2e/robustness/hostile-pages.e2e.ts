import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { imagesSettled } from '../e2e-helpers';
import { htmlRoute, storyPage } from '../../robustness/generated-pages';
import { captureWithToolbar, hostileMarkupRoute, settleStore } from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// Hostile pages. Every payload in the hostile-markup fixture would call the server's /pwned, set
// window.__pwned and open a dialog if it ever ran; the page is served with a CSP that stops it from
// running in the page itself, so any hit means it ran in one of our pages.

const fixtures = resolve('tests/e2e/robustness/fixtures');

/** Page scripts that break the builtins and DOM methods an extractor leans on. */
const SABOTAGE = `<script>
  const broken = () => { throw new Error('sabotaged'); };
  for (const name of ['map', 'forEach', 'filter', 'push', 'join', 'indexOf', 'some', 'includes', 'slice'])
    Array.prototype[name] = broken;
  Array.from = broken;
  JSON.stringify = () => '"sabotaged"';
  JSON.parse = broken;
  Document.prototype.querySelector = () => null;
  Document.prototype.querySelectorAll = () => [];
  Element.prototype.querySelectorAll = () => [];
  Element.prototype.getElementsByTagName = () => [];
  Node.prototype.cloneNode = broken;
  String.prototype.trim = () => 'sabotaged';
  String.prototype.replace = () => 'sabotaged';
  Object.keys = broken;
  RegExp.prototype.exec = () => null;
  Object.defineProperty(Object.prototype, 'ok', { get: () => false, configurable: true });
  window.__cleanCaptureExtractOptions = { wholePage: true };
</script>`;

let server: FixtureServer;
let session: ExtensionSession;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(fixtures, {
    '/hostile-markup': hostileMarkupRoute,
    '/pwned': (_request, response) => response.writeHead(204).end(),
    '/globals/plain': htmlRoute(storyPage('built-ins')),
    '/globals/sabotaged': htmlRoute(storyPage('built-ins', 12, SABOTAGE)),
  });
  session = await launchExtension();
  session.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const pwnedHits = () => server.requests.filter((r) => r.path.startsWith('/pwned'));

/** The __pwned global of one of our pages, once its images have loaded or failed (payloads hang on those). */
async function ranAnything(page: Page): Promise<unknown> {
  await imagesSettled(page);
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

describe('hostile pages', () => {
  it('hostile markup: captured as text, and nothing runs in the popup, library or reading view', async () => {
    const tally = robustnessCase(
      'hostile page',
      'scripts, event handlers, javascript:/data: URLs, srcdoc, SVG script',
    );
    const before = await session.storedArticles();
    const page = await session.openPage(`${server.origin}/hostile-markup`);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText('Saved “');
    const popupGlobal = await popup.evaluate<unknown>('window.__pwned');
    await popup.close();
    const [saved] = (await settleStore(session, before.length + 1)).filter(
      (a) => !before.some((b) => b.id === a.id),
    );
    expect(saved).toBeDefined();

    const library = await session.openExtensionPage('library.html');
    await library.locator('.list li.row').first().waitFor();
    const libraryGlobal = await ranAnything(library);
    await library.goto(`${library.url().replace(/#.*$/, '')}#article=${saved?.id}`);
    await library.locator('.reader-body').waitFor();
    const readerGlobal = await ranAnything(library);
    const reader = library.locator('.reader-body');
    const activeParts = await reader
      .locator('script, iframe, object, embed, form, [onerror], [onload], [onclick], [onmouseover]')
      .count();
    const hrefs = await reader
      .locator('a[href], img[src]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
    const popupTab = await session.openExtensionPage('popup.html');
    await popupTab.getByRole('list', { name: 'Saved articles' }).waitFor();
    const popupTabGlobal = await ranAnything(popupTab);
    const after = await session.storedArticles();

    const quiet =
      pwnedHits().length === 0 &&
      dialogs.length === 0 &&
      [popupGlobal, libraryGlobal, readerGlobal, popupTabGlobal].every((g) => g === undefined || g === null);
    // Links may be web, fragment or mail addresses; images are shown only from the extension's own
    // stored copies (blob: URLs of its origin), never from the page's addresses.
    const ownBlob = `blob:chrome-extension://${session.extensionId}/`;
    const safe = (h: string) => /^(https?:|#|mailto:)/.test(h) || h.startsWith(ownBlob);
    tally.lost(countLost(before, after));
    tally.handled(quiet && activeParts === 0 && hrefs.every(safe));
    expect(pwnedHits()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect([popupGlobal, libraryGlobal, readerGlobal, popupTabGlobal].filter((g) => g != null)).toEqual([]);
    expect(activeParts).toBe(0);
    // The page's harmless image at least is kept, so the check below has addresses to look at.
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !safe(h))).toEqual([]);
    // The article's text survived, and the payload text is kept as text, not markup.
    expect(saved?.markdown).toContain('The harbour board met on Tuesday');
    // Tags only as escaped text (\<img …), and no link or image to a javascript: address.
    expect(saved?.markdown).not.toMatch(
      /(?<!\\)<(script|iframe|img|svg|object|embed|form)|(?<!\\)\]\(javascript:/i,
    );
    expect(saved?.title).toBe(
      '<img src=x onerror="fetch(\'' +
        server.origin +
        "/pwned?via=title');window.__pwned='title';alert('title')\"> Customs house: what next?",
    );
    await library.close();
    await popupTab.close();
  });

  it('a page that sabotages Array, JSON, String and DOM methods: captured exactly like the plain page', async () => {
    const tally = robustnessCase(
      'hostile page',
      'page overrides Array.prototype, JSON, querySelector, cloneNode',
    );
    const before = await session.storedArticles();
    const sabotaged = await session.openPage(`${server.origin}/globals/sabotaged`);
    expect(await sabotaged.evaluate(() => [1].map((x) => x).length).catch((e: Error) => e.message)).toMatch(
      /sabotaged/,
    );
    const bannerSabotaged = await captureWithToolbar(session, sabotaged);
    const bannerPlain = await captureWithToolbar(
      session,
      await session.openPage(`${server.origin}/globals/plain`),
    );
    const after = await settleStore(session, before.length + 2);
    const bySource = (path: string) => after.find((a) => a.sourceUrl === server.origin + path);
    const [a, b] = [bySource('/globals/sabotaged'), bySource('/globals/plain')];
    const same =
      a !== undefined &&
      b !== undefined &&
      a.markdown === b.markdown &&
      a.title === b.title &&
      a.wordCount === b.wordCount;
    tally.lost(countLost(before, after));
    tally.handled(same && bannerSabotaged.startsWith('Saved'));
    expect(bannerSabotaged).toBe('Saved “Story built-ins”');
    expect(bannerPlain).toBe('Saved “Story built-ins”');
    expect(a?.markdown).toBe(b?.markdown);
    expect(a?.authors).toEqual(b?.authors);
    expect(a?.wordCount).toBe(b?.wordCount);
  });

  it('a web page cannot message the extension at all (no externally_connectable)', async () => {
    const tally = robustnessCase('malformed or foreign message', 'a web page messaging the extension');
    const page = await session.openPage(`${server.origin}/globals/plain`);
    const reach = await page.evaluate((id) => {
      const runtime = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no sendMessage';
      return new Promise<string>((done) => {
        try {
          (runtime.sendMessage as (id: string, m: unknown, cb: (r: unknown) => void) => void)(
            id,
            { type: 'capture-active-tab', replace: true, wholePage: true },
            (r) => done(`answered ${JSON.stringify(r)}`),
          );
        } catch (error) {
          done(`threw ${String(error)}`);
        }
      });
    }, session.extensionId);
    tally.lost(0);
    tally.handled(reach === 'no sendMessage' || reach.startsWith('threw'));
    expect(reach === 'no sendMessage' || reach.startsWith('threw'), reach).toBe(true);
  });

  it('a script in a web page (content script world) sending a well-formed capture request is refused', async () => {
    const tally = robustnessCase('malformed or foreign message', 'a content script claiming to be the popup');
    const before = await session.storedArticles();
    const page = await session.openPage(`${server.origin}/globals/plain`);
    // The toolbar click grants activeTab, which lets the worker put a script into the page's isolated world.
    await captureWithToolbar(session, page);
    const answer = await session.worker.evaluate<string>(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        // In the envelope of @webext-core/messaging, as the popup sends it.
        func: () => chrome.runtime.sendMessage({
            id: 1,
            type: 'captureActiveTab',
            data: { replace: true, wholePage: true },
            timestamp: Date.now(),
          })
          .then((r) => 'answered ' + JSON.stringify(r ?? null), (e) => 'refused ' + e.message),
      });
      return result.result;
    })()`);
    const after = await session.storedArticles();
    tally.lost(countLost(before, after));
    // The messenger answers a refusal as { err }; a capture would answer { res }.
    tally.handled(!answer.includes('"res"') && after.length === before.length);
    expect(answer).toMatch(/^answered \{"err":\{.*Refused/);
    expect(after).toEqual(before);
  });
});
