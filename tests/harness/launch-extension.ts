import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import type { StoredArticle } from '../../lib/article';
import { attachTarget } from './attach-target';
import { parseArticles, readAllArticles } from './read-all-articles';
import { createPopupHandle, type PopupHandle } from './popup-handle';
import { waitForKeyboardInPage } from './keyboard-focus';
import { findChromiumWindow, focusWindow, pressKeysInWindow } from './press-shortcut';
import { startXvfb, type VirtualDisplay } from './start-xvfb';
import { chooseFromContextMenu } from './context-menu';
import { answerPermissionPrompt } from './permission-prompt';
import { dropFromDisk } from './drop-from-disk';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags';

export interface LaunchOptions {
  /** The unpacked build to load; default `$CLEAN_CAPTURE_BUILD`, else `.output/chrome-mv3`. */
  extensionPath?: string;
  /** A visible window (needed for keyboard shortcuts); on a private Xvfb display when $DISPLAY is unset. */
  headed?: boolean;
  chromiumPath?: string;
  /** Where accepted downloads are written (as GUID-named files); default a temporary folder. */
  downloadsPath?: string;
  /** The browser's language (`ar`, `pl`): the one our messages follow; default the machine's. */
  lang?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it was at launch (see `liveWorker` once it may have stopped). */
  worker: Worker;
  /** The running service worker: a restarted one after the first was stopped. */
  liveWorker(): Promise<Worker>;
  /** Opens a new tab at `url`. */
  openPage(url: string): Promise<Page>;
  /** Opens one of the extension's pages (`popup.html`, `library.html`) in a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * Clicks the toolbar button for this tab (CDP Extensions.triggerAction, which grants activeTab like
   * a click) and returns the popup that opens.
   */
  clickToolbarButton(page: Page): Promise<PopupHandle>;
  /** Presses a key chord in the browser window (headed sessions only), e.g. `alt+shift+k`. */
  pressShortcut(page: Page, keys: string): Promise<void>;
  /** Right-clicks `target` for real and walks the menu with `keys` (headed sessions only; see context-menu.ts). */
  contextMenu(page: Page, target: Locator, keys: readonly string[]): Promise<void>;
  /**
   * Clicks `button` (on one of our pages, a click that asks for a permission) and answers the
   * browser's own prompt with the keyboard: Allow or Deny (headed sessions only).
   */
  answerPermission(page: Page, button: Locator, allow: boolean): Promise<void>;
  /**
   * Drops the disk's folder `path` on `target` (one of our pages) and answers the browser's prompt to
   * let the extension write there: Allow or Cancel (headed sessions only).
   */
  dropFolder(page: Page, target: Locator, path: string, allow: boolean): Promise<void>;
  /** The toolbar badge text and title on this tab. */
  toolbarBadge(): Promise<{ text: string; title: string }>;
  /** Every stored article with its body, read straight from the extension's IndexedDB. */
  storedArticles(): Promise<StoredArticle[]>;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension in a fresh profile. Close it with `session.close()`. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionPath = resolve(
    options.extensionPath ?? process.env.CLEAN_CAPTURE_BUILD ?? '.output/chrome-mv3',
  );
  const profile = await mkdtemp(join(tmpdir(), 'clean-capture-profile-'));
  let xvfb: VirtualDisplay | undefined;
  const headed = options.headed ?? false;
  if (headed && !process.env.DISPLAY) xvfb = await startXvfb();
  const display = xvfb?.display ?? process.env.DISPLAY;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromiumPath ?? CHROMIUM_PATH,
    headless: !headed,
    acceptDownloads: true,
    downloadsPath: options.downloadsPath,
    // The language the browser reports (i18n.getUILanguage, navigator.language) as well as the one
    // it picks messages in: without it, headless Chromium chose Arabic messages but said "en-US".
    ...(options.lang ? { locale: options.lang } : {}),
    viewport: { width: 1100, height: 800 },
    env: {
      ...process.env,
      ...(display ? { DISPLAY: display } : {}),
      ...(options.lang ? { LANGUAGE: options.lang } : {}),
    },
    args: [
      ...CHROMIUM_FLAGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--load-extension=${extensionPath}`,
      `--disable-extensions-except=${extensionPath}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('Chromium started without a browser-level connection.');
  const browserSession = await browser.newBrowserCDPSession();

  return {
    context,
    extensionId,
    worker,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      const tabId = await tabTargetOf(browserSession, context, page);
      const before = await popupTargets(browserSession, extensionId);
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tabId });
      const popupId = await waitFor(async () => {
        const now = await popupTargets(browserSession, extensionId);
        return now.find((id) => !before.includes(id));
      }, 'the popup to open after the toolbar click');
      return createPopupHandle(await attachTarget(browserSession, popupId));
    },
    async pressShortcut(page, keys) {
      if (!headed || !display)
        throw new Error('Keyboard shortcuts need a headed session (launchExtension({ headed: true })).');
      await pressKeysInWindow(display, await giveKeyboardTo(page, display), keys);
    },
    async contextMenu(page, target, keys) {
      if (!headed || !display)
        throw new Error('The right-click menu needs a headed session (launchExtension({ headed: true })).');
      await chooseFromContextMenu(display, page, target, keys, () => giveKeyboardTo(page, display));
    },
    async answerPermission(page, button, allow) {
      if (!headed || !display) throw new Error('Permission prompts need a headed session.');
      await page.bringToFront();
      const regain = () => giveKeyboardTo(page, display);
      await answerPermissionPrompt(display, page, () => button.click(), allow, regain);
    },
    async dropFolder(page, target, path, allow) {
      if (!headed || !display) throw new Error('Permission prompts need a headed session.');
      await page.bringToFront();
      const regain = () => giveKeyboardTo(page, display);
      await answerPermissionPrompt(display, page, () => dropFromDisk(page, target, path), allow, regain);
    },
    liveWorker: () => liveWorker(context, extensionId),
    toolbarBadge: async () =>
      (await liveWorker(context, extensionId)).evaluate<{ text: string; title: string }>(readBadge),
    storedArticles: async () =>
      parseArticles(await (await liveWorker(context, extensionId)).evaluate<string>(readAllArticles)),
    async close() {
      await browserSession.detach().catch(() => undefined);
      await context.close();
      await xvfb?.stop();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's worker that is running now. A stopped worker (the browser's idle timeout, or a
 * test stopping it) can linger in Playwright's list without answering; then it is started again
 * over CDP and the new one is returned.
 */
async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const latest = context.serviceWorkers().filter(ours).at(-1);
  if (latest && (await answers(latest))) return latest;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
  await cdp.detach();
  return waitFor(
    async () => {
      const worker = context.serviceWorkers().filter(ours).at(-1);
      return worker && (await answers(worker)) ? worker : undefined;
    },
    'the service worker to start again',
    15_000,
  );
}

function answers(worker: Worker): Promise<boolean> {
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000));
  return Promise.race([
    worker.evaluate('1').then(
      () => true,
      () => false,
    ),
    late,
  ]);
}

/** Runs in the service worker: the badge of the active tab. */
const readBadge = `(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  const tabId = tab && tab.id;
  return { text: await chrome.action.getBadgeText({ tabId }), title: await chrome.action.getTitle({ tabId }) };
})()`;

async function popupTargets(session: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos
    .filter((t) => t.type === 'page' && t.url === `chrome-extension://${extensionId}/popup.html`)
    .map((t) => t.targetId);
}

/**
 * Tab targets (which triggerAction wants) differ from page targets; ask each tab for its page. Tabs
 * come and go while they are asked (a popup closing, the search indexer's offscreen document after
 * its pass): one that is gone is skipped, and the tabs are listed again if none held the page.
 */
async function tabTargetOf(session: CDPSession, context: BrowserContext, page: Page): Promise<string> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  await pageSession.detach();
  return waitFor(async () => {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    for (const tab of targetInfos) {
      const pageId = await pageOfTab(session, tab.targetId).catch(() => undefined);
      if (pageId === targetInfo.targetId) return tab.targetId;
    }
    return undefined;
  }, `a tab target holding the page ${page.url()}`);
}

/** The page target inside a tab target; rejects when the tab closed meanwhile. */
async function pageOfTab(session: CDPSession, tabId: string): Promise<string | undefined> {
  const tabSession = await attachTarget(session, tabId);
  try {
    // Handled from the start: when the tab closes meanwhile, setAutoAttach rejects and nobody would
    // await this wait, whose timeout then failed a whole run as an unhandled rejection.
    const child = tabSession
      .waitForEvent<{ targetInfo: { targetId: string } }>('Target.attachedToTarget', undefined, 5000)
      .catch(() => undefined);
    await tabSession.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return (await child)?.targetInfo.targetId;
  } finally {
    await tabSession.detach().catch(() => undefined);
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Brings `page` to the front and gives its X window the keyboard, then waits until the page hears
 * keys; returns that window. Bringing it to the front is not always enough: in one CI run a window
 * the extension had just opened did not hear keys after it, so X's focus was elsewhere. xdotool
 * sets X's focus itself. A page that runs no script (a browser page) cannot tell, so it is only
 * given the focus.
 */
async function giveKeyboardTo(page: Page, display: string): Promise<string> {
  await page.bringToFront();
  const window = await windowOf(page, display);
  await focusWindow(display, window);
  if (await page.evaluate(() => true).catch(() => false)) await waitForKeyboardInPage(page, display);
  return window;
}

/**
 * The X window showing `page`. Several windows may be open (and some untitled, like about:blank),
 * so the page is given a unique title for a moment, its window found by that title, and its own
 * <title> put back exactly as it was before any key is pressed. Pages a script cannot touch
 * (chrome://) are found by their own title.
 */
async function windowOf(page: Page, display: string): Promise<string> {
  const marker = `clean-capture-test-window-${process.pid}-${Date.now()}`;
  const before = await page
    .evaluate((title) => {
      const element = document.querySelector('title');
      const text = element ? element.textContent : null;
      document.title = title;
      return { text };
    }, marker)
    .catch(() => null);
  if (!before) return findChromiumWindow(display, (await page.title()) || undefined);
  const window = await findChromiumWindow(display, marker);
  await page.evaluate((text) => {
    const element = document.querySelector('title');
    if (text === null) element?.remove();
    else if (element) element.textContent = text;
  }, before.text);
  return window;
}
