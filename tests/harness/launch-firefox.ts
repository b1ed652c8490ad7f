import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { StoredArticle } from '../../lib/article';
import { pressKeysInWindow, xdotoolKeys } from './press-shortcut';
import { parseArticles, readAllArticles } from './read-all-articles';
import { startXvfb, type VirtualDisplay } from './start-xvfb';

const run = promisify(execFile);

/** Debian's firefox-esr: what this machine and CI install (`.ci/install-system-packages`). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The internal UUID Firefox gives the add-on, pinned so its pages have a known address
 * (`moz-extension://<uuid>/`); Firefox otherwise picks a random one per profile.
 */
export const FIREFOX_ADDON_UUID = 'cf097205-0e59-4fa0-acbb-a559d568cd1f';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Where downloads land, without asking. */
  downloadsPath: string;
  openPage(url: string): Promise<Page>;
  /** Presses a key chord (xdotool's form, `alt+shift+k`) in the window while `page` is its active tab. */
  pressShortcut(page: Page, keys: string): Promise<void>;
  /**
   * An extension page (`library.html`, `popup.html`) in a new tab. WebDriver BiDi will not navigate
   * to moz-extension://, so the first one is opened by the open-library shortcut and the others by
   * `browser.tabs.create` from an extension page, as the extension itself would.
   */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Every stored article with its body, read from the extension's IndexedDB in one of its pages. */
  storedArticles(): Promise<StoredArticle[]>;
  /** The toolbar badge text and title on the tab showing `page`. */
  toolbarBadge(page: Page): Promise<{ text: string; title: string }>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** The unpacked build to install; default `.output/firefox-mv2`. */
  extensionPath?: string;
  /** Firefox's interface language, e.g. `de`; its language pack must be installed. */
  locale?: string;
}

/**
 * Starts Debian's firefox-esr, headed on a private Xvfb display (keyboard shortcuts need a real
 * window), over WebDriver BiDi, and installs the Firefox build as a temporary add-on. The menu bar's
 * access keys stay as a user has them: Alt+Shift+letter goes to the menus first.
 */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const build = resolve(options.extensionPath ?? '.output/firefox-mv2');
  const manifest = JSON.parse(await readFile(join(build, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const openLibraryKeys = xdotoolKeys(manifest.commands['open-library'].suggested_key.default);
  const downloadsPath = await mkdtemp(join(tmpdir(), 'clean-capture-firefox-downloads-'));
  const xvfb: VirtualDisplay = await startXvfb();
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: false,
      env: { ...process.env, DISPLAY: xvfb.display },
      defaultViewport: { width: 1100, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }),
        'browser.download.dir': downloadsPath,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // Firefox's own language (its menus), from a Debian language pack (firefox-esr-l10n-*).
        ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      },
    })
    .catch(async (error: unknown) => {
      await xvfb.stop();
      throw error;
    });
  await browser.installExtension(build);
  const origin = `moz-extension://${FIREFOX_ADDON_UUID}`;
  let home: Page | undefined;

  async function pressShortcut(page: Page, keys: string): Promise<void> {
    await page.bringToFront();
    await pressKeysInWindow(xvfb.display, await firefoxWindow(xvfb.display), keys);
  }

  /** An extension page to run extension APIs in: the library, opened once by its shortcut. */
  async function extensionHome(): Promise<Page> {
    if (home && !home.isClosed()) return home;
    const before = new Set(await browser.pages());
    await pressShortcut((await browser.pages()).at(-1) ?? (await browser.newPage()), openLibraryKeys);
    home = await waitForPage(browser, `${origin}/library.html`, before);
    return home;
  }

  return {
    browser,
    origin,
    downloadsPath,
    async openPage(url) {
      const page = await browser.newPage();
      // An address that does not load (a store site offline) still leaves the tab at it.
      await page.goto(url).catch(() => undefined);
      return page;
    },
    pressShortcut,
    async openExtensionPage(path, viewport) {
      const url = `${origin}/${path}`;
      if (path === 'library.html' && !home) return extensionHome();
      const before = new Set(await browser.pages());
      await (await extensionHome()).evaluate(`browser.tabs.create({ url: ${JSON.stringify(url)} })`);
      const page = await waitForPage(browser, url, before);
      if (viewport) await page.setViewport(viewport);
      return page;
    },
    storedArticles: async () => parseArticles(await (await extensionHome()).evaluate(readAllArticles)),
    async toolbarBadge(page) {
      const href = await hrefOf(page);
      return (await extensionHome()).evaluate(`(async () => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(href)});
        if (!tab) throw new Error('No tab shows ' + ${JSON.stringify(href)});
        const tabId = tab.id;
        return {
          text: await browser.browserAction.getBadgeText({ tabId }),
          title: await browser.browserAction.getTitle({ tabId }),
        };
      })()`) as Promise<{ text: string; title: string }>;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await xvfb.stop();
      await rm(downloadsPath, { recursive: true, force: true });
    },
  };
}

/**
 * The address a page shows. Puppeteer's `page.url()` stays at about:blank for moz-extension://
 * pages (BiDi reports no navigation into them), so the page is asked.
 */
export async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** Waits for a tab not in `before` that shows `url`. */
async function waitForPage(browser: Browser, url: string, before: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (!before.has(page) && (await hrefOf(page)) === url) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No tab opened at ${url}`);
}

/**
 * The visible Firefox browser window (the tests use one); xdotool waits for it to be mapped. Its
 * title ends in the brand name in every language; an open menu is a window of Firefox's class too,
 * but untitled, and cannot take the focus. Only Firefox runs on the test's private display.
 */
async function firefoxWindow(display: string): Promise<string> {
  const search = ['search', '--sync', '--onlyvisible', '--name', 'Mozilla Firefox'];
  const { stdout } = await run('xdotool', search, {
    env: { ...process.env, DISPLAY: display },
    timeout: 15_000,
  });
  const window = stdout.split(/\s+/).filter(Boolean).at(-1);
  if (!window) throw new Error('No visible Firefox window to send the shortcut to.');
  return window;
}
