import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { StoredArticle } from '../../../lib/article';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer, type Route } from '../../harness/serve-fixtures';
import { htmlRoute, storyPage } from '../../robustness/generated-pages';
import type { PopupHandle } from '../../harness/popup-handle';

/** Text the popup shows once a capture has finished, whatever the outcome. */
export const SETTLED = /Not saved\.|Saved “|Updated “|Already saved/;

/** The popup's capture banner: the line that says what happened. */
export async function captureBanner(popup: PopupHandle, timeoutMs = 30_000): Promise<string> {
  await popup.waitForText(SETTLED, timeoutMs);
  return popup.evaluate<string>(`document.querySelector('.status')?.innerText ?? ''`);
}

/** Clicks the toolbar button on `page`, waits for the outcome, closes the popup and returns the banner. */
export async function captureWithToolbar(
  session: ExtensionSession,
  page: Page,
  timeoutMs?: number,
): Promise<string> {
  const popup = await session.clickToolbarButton(page);
  try {
    return await captureBanner(popup, timeoutMs);
  } finally {
    await popup.close();
  }
}

/** Waits until the store holds `count` articles (or the time is up) and returns what it holds. */
export async function settleStore(session: ExtensionSession, count: number): Promise<StoredArticle[]> {
  const deadline = Date.now() + 10_000;
  let articles = await session.storedArticles();
  while (articles.length !== count && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 150));
    articles = await session.storedArticles();
  }
  return articles;
}

/**
 * The start of most robustness files: serves `tests/e2e/robustness/fixtures` plus `routes`, launches the
 * built extension and saves one earlier article (`/earlier`), so each test can check that nothing
 * already stored is lost.
 */
export async function startWithOneSavedArticle(
  routes: Record<string, Route>,
): Promise<{ server: FixtureServer; session: ExtensionSession }> {
  const server = await serveFixtures(new URL('fixtures', import.meta.url).pathname, {
    '/earlier': htmlRoute(storyPage('earlier')),
    ...routes,
  });
  const session = await launchExtension();
  await captureWithToolbar(session, await session.openPage(`${server.origin}/earlier`));
  const stored = await settleStore(session, 1);
  if (stored.length !== 1)
    throw new Error(`The earlier article was not saved (store holds ${stored.length}).`);
  return { server, session };
}

/**
 * The hostile-markup fixture: every payload in it would call the server's /pwned if it ever ran.
 * Served with a CSP that stops it from running in the page itself, so any hit means it ran in one
 * of our pages.
 */
export const hostileMarkupRoute: Route = async (_request, response, origin) => {
  const html = (
    await readFile(resolve('tests/e2e/robustness/fixtures/hostile-markup/source.html'), 'utf8')
  ).replaceAll('{{ORIGIN}}', origin);
  response
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'; object-src 'none'; frame-src 'none'",
    })
    .end(html);
};
