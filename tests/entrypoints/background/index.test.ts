import 'fake-indexeddb/auto';
import { message } from '../../../lib/i18n/message';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { getDatabase } from '../../../lib/platform/store/db';
import { takeShortcutFailure } from '../../../lib/platform/shortcut-feedback';
import { makeArticle } from '../../articles/article-factory';
import { fakeBrowserSpeaks } from '../../harness/locale-messages';
import { DEFAULT_MARKDOWN_STYLE } from '../../../lib/markdown/markdown-style';

// The background entrypoint as the browser drives it, on WXT's fake browser: a keyboard shortcut, a
// message from the popup. The fake has no commands or toolbar badge, so those two are recorded here.

type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.create>>;
type CommandListener = (command: string, tab?: Tab) => void;
type MenuListener = (info: { menuItemId: string | number; linkUrl?: string }, tab?: Tab) => void;

let pressShortcut: CommandListener;
let clickMenu: MenuListener;
let menuEntries: Array<{ id?: string | number; title?: string; contexts?: string[] }>;
let badge: Record<number, { text?: string; title?: string | null }>;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowserSpeaks('en');
  // The worker stores into the extension's one database; each test starts with it empty.
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  badge = {};
  const at = (tabId: number | undefined) => (badge[tabId ?? -1] ??= {});
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    pressShortcut = listener as CommandListener;
  });
  // Nor has it context menus: the entries and the click listener are recorded.
  menuEntries = [];
  Reflect.set(fakeBrowser, 'contextMenus', {
    removeAll: async () => void (menuEntries = []),
    create: (entry: (typeof menuEntries)[number]) => void menuEntries.push(entry),
    onClicked: { addListener: (listener: MenuListener) => void (clickMenu = listener) },
  });
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ tabId, text }) => {
    at(tabId).text = text ?? '';
  });
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async ({ tabId, title }) => {
    at(tabId).title = title;
  });
  // A freshly started worker: the messenger allows one listener per context.
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background');
  background.main();
});
afterEach(() => vi.restoreAllMocks());

/** Makes the page "return" `article` to the injected extract script (the first injection sets options). */
function pageHolds(article: ReturnType<typeof makeArticle>) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation(async (injection) => [
      { frameId: 0, documentId: 'd', result: 'files' in injection ? { ok: true, article } : undefined },
    ]);
}

/**
 * What the popup's capture request gets back when sent from `senderUrl`, in the envelope
 * @webext-core/messaging uses: the outcome, or the error the worker refuses with.
 */
async function requestCapture(tabId: number, senderUrl = fakeBrowser.runtime.getURL('/popup.html')) {
  let respond: (response: unknown) => void = () => undefined;
  const response = new Promise((resolve) => (respond = resolve));
  // Chrome's listener signature, which the messenger uses: it answers through `respond`.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger(
    {
      id: 1,
      type: 'captureActiveTab',
      data: { replace: false, wholePage: false, tabId },
      timestamp: Date.now(),
    },
    { id: fakeBrowser.runtime.id, url: senderUrl },
    respond,
  );
  const { res, err } = (await response) as { res?: unknown; err?: { message: string } };
  return err ? new Error(err.message) : res;
}

/** Any message to the worker, answered as requestCapture's is. */
async function send(type: string, data: unknown, senderUrl = fakeBrowser.runtime.getURL('/popup.html')) {
  let respond: (response: unknown) => void = () => undefined;
  const response = new Promise((resolve) => (respond = resolve));
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger(
    { id: 2, type, data, timestamp: Date.now() },
    { id: fakeBrowser.runtime.id, url: senderUrl },
    respond,
  );
  const { res, err } = (await response) as { res?: unknown; err?: { message: string } };
  return err ? new Error(err.message) : res;
}

describe('the capture shortcut', () => {
  it('on a page browsers keep from extensions: a red mark on that tab, the reason, kept for the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const tabId = tab.id ?? -1;
    pressShortcut('capture-page', tab);
    await vi.waitFor(() => expect(badge[tabId]?.title).toMatch(/^Clean Capture: not saved\. /));
    expect(badge[tabId]?.text).toBe('!');
    expect(await takeShortcutFailure()).toMatchObject({ tabId, message: message('capture.browserPage') });
  });

  it('on an article: saves it and marks the tab with a check', async () => {
    const article = makeArticle();
    const tab = await fakeBrowser.tabs.create({ url: article.sourceUrl });
    const tabId = tab.id ?? -1;
    pageHolds(article);
    pressShortcut('capture-page', tab);
    await vi.waitFor(() => expect(badge[tabId]?.text).toBe('✓'));
    expect(badge[tabId]?.title).toBe(`Clean Capture: saved "${article.title}"`);
    expect((await listRecentArticles(getDatabase(), 10)).map((saved) => saved.title)).toContain(
      article.title,
    );
  });

  it('the library shortcut opens the library in a new tab', async () => {
    pressShortcut('open-library');
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        fakeBrowser.runtime.getURL('/library.html'),
      ),
    );
  });
});

describe('the right-click menu', () => {
  it('offers its entries where each makes sense: the page, a selection, a link', async () => {
    await vi.waitFor(() => expect(menuEntries).toHaveLength(4));
    expect(menuEntries.map(({ id, contexts }) => [id, contexts])).toEqual([
      ['save-article', ['page']],
      ['save-whole-page', ['page']],
      ['save-selection', ['selection']],
      ['save-link', ['link']],
    ]);
  });

  it('"Save selection" asks the page for its selection and marks the tab with the excerpt it saved', async () => {
    const article = { ...makeArticle(), selection: true as const };
    const tab = await fakeBrowser.tabs.create({ url: article.sourceUrl });
    const tabId = tab.id ?? -1;
    const injected = pageHolds(article);
    clickMenu({ menuItemId: 'save-selection' }, tab);
    await vi.waitFor(() => expect(badge[tabId]?.text).toBe('✓'));
    expect(badge[tabId]?.title).toBe(`Clean Capture: saved an excerpt of "${article.title}"`);
    const options = injected.mock.calls[0]?.[0];
    expect(options && 'args' in options ? options.args : null).toEqual([
      '__cleanCaptureExtractOptions',
      { wholePage: false, selection: true, markdownStyle: DEFAULT_MARKDOWN_STYLE },
    ]);
    const [saved] = await listRecentArticles(getDatabase(), 10);
    expect(saved?.selection).toBe(true);
  });

  it('a failed menu capture is kept for the popup as the menu’s', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    clickMenu({ menuItemId: 'save-article' }, tab);
    await vi.waitFor(() => expect(badge[tab.id ?? -1]?.text).toBe('!'));
    expect(await takeShortcutFailure()).toMatchObject({ source: 'menu', tabId: tab.id });
  });
});

describe('a capture request from the popup', () => {
  it('captures the tab the popup names and answers with the outcome', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    expect(await requestCapture(tab.id ?? -1)).toMatchObject({
      status: 'failed',
      message: message('capture.browserPage'),
    });
  });

  it('from a web page instead: refused and nothing injected', async () => {
    const tab = await fakeBrowser.tabs.create({ url: makeArticle().sourceUrl });
    const injected = pageHolds(makeArticle());
    expect(await requestCapture(tab.id ?? -1, 'https://attacker.example/')).toEqual(
      new Error('Refused: only Clean Capture’s own pages may ask for a capture.'),
    );
    expect(injected).not.toHaveBeenCalled();
    // The same request from the popup is answered, so the refusal above was the sender's doing.
    expect(await requestCapture(tab.id ?? -1)).toMatchObject({ status: 'saved' });
    expect(injected).toHaveBeenCalled();
  });
});

describe('the images of a capture', () => {
  const own = 'https://news.example';
  const cdn = 'https://cdn.example';

  it('follow the saved text: those of the page’s own site are stored, the others wait for permission', async () => {
    const { sample } = await import('../../images/image-bytes');
    const article = makeArticle({
      sourceUrl: `${own}/story`,
      canonicalUrl: `${own}/story`,
      markdown: `![Lead](${own}/lead.jpg)\n\nText.\n\n![Chart](${cdn}/chart.webp)`,
    });
    const tab = await fakeBrowser.tabs.create({ url: article.sourceUrl });
    pageHolds(article);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(new Uint8Array(sample('lead-640.jpg')));
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const outcome = (await requestCapture(tab.id ?? -1)) as { status: string; id: number };
    expect(outcome.status).toBe('saved');
    const db = getDatabase();
    await vi.waitFor(async () =>
      expect(await db.articleImages.where('articleId').equals(outcome.id).count()).toBe(2),
    );
    expect(fetched).toEqual([`${own}/lead.jpg`]);
    expect(await db.images.count()).toBe(1);
    expect((await db.articleImages.get([outcome.id, `${cdn}/chart.webp`]))?.failure).toEqual({
      reason: 'not-permitted',
    });

    // Allowed from the popup's button: the popup asks, the worker fetches only what is left.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await send('keepImagesOffline', { articleId: outcome.id })).toEqual({ stored: 1, failed: 0 });
    expect(fetched).toEqual([`${own}/lead.jpg`, `${cdn}/chart.webp`]);
    expect(await send('keepImagesOffline', { articleId: outcome.id }, 'https://attacker.example/')).toEqual(
      new Error('Refused: only Clean Capture’s own pages may ask for images.'),
    );
    vi.unstubAllGlobals();
  });
});
