import { resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';

// "Save all N tabs" from the popup (opened as a tab of the same window, so it is a page Playwright
// can click for real: the click that asks for the permission must be a user's). The browser's own
// prompt is answered with the keyboard (tests/harness/permission-prompt.ts).

const fixtures = resolve('tests/e2e/fixtures');
let server: FixtureServer;
let session: ExtensionSession;
/** Responses of the slow page, held open until the test lets them finish. */
const held: ServerResponse[] = [];

beforeAll(async () => {
  server = await serveFixtures(fixtures, {
    '/slow/': (_request, response) => void held.push(response),
  });
  session = await launchExtension({ headed: true });
});

afterAll(async () => {
  for (const response of held) response.end();
  await session?.close();
  await server?.close();
});

/**
 * Runs in the worker. The worker may not read the tabs' addresses (no permission yet), so tabs are
 * named by their place in the window.
 */
async function inWorker<T>(expression: string): Promise<T> {
  return (await session.liveWorker()).evaluate<T>(expression);
}

/** Unloads the tab at `index`, as the browser does to save memory. */
const discard = (index: number) =>
  inWorker(`chrome.tabs.query({ index: ${index} }).then(([tab]) => chrome.tabs.discard(tab.id))`);
const isDiscarded = (index: number) =>
  inWorker<boolean>(`chrome.tabs.query({ index: ${index} }).then(([tab]) => tab.discarded)`);

describe('Save all tabs', () => {
  it('asks for the sites, saves every tab two at a time, reloads an unloaded tab only for its turn, and sums up', async () => {
    for (const name of ['news-article', 'second-article', 'link-list', 'script-built-article']) {
      await session.openPage(server.pageUrl(name));
    }
    // Tab 0 is the window's first, about:blank; the script-built article is tab 4.
    await discard(4);
    expect(await isDiscarded(4)).toBe(true);

    const popup = await session.openExtensionPage('popup.html', { width: 380, height: 600 });
    // The first tab of the window is about:blank: a page no extension may read.
    await popup.getByRole('button', { name: 'Save all 5 tabs' }).click();
    await popup.getByText('Clean Capture needs to read the pages on every site').waitFor();
    await session.answerPermission(popup, popup.getByRole('button', { name: 'Allow and save 5 tabs' }), true);
    const summary = popup.locator('.batch__summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe('Tabs: 3 saved, 0 already saved, 1 not an article, 1 failed.');
    expect(await popup.locator('.batch__failures').innerText()).toContain('about:blank');

    const titles = (await session.storedArticles()).map((a) => a.title).sort();
    expect(titles).toEqual([
      'Harbour café wins award for its chowder',
      'Harbour town votes to rebuild its tidal mill',
      'Night ferry returns after winter refit',
    ]);
    // The unloaded tab was loaded for its turn and unloaded again.
    await expect.poll(() => isDiscarded(4)).toBe(true);

    // Again: everything is found saved, nothing is stored twice, and no prompt this time.
    await popup.getByRole('button', { name: 'Save all 5 tabs' }).click();
    await popup.getByRole('button', { name: 'Allow and save 5 tabs' }).click();
    await expect
      .poll(() => summary.innerText(), { timeout: 60_000 })
      .toBe('Tabs: 0 saved, 3 already saved, 1 not an article, 1 failed.');
    expect(await session.storedArticles()).toHaveLength(3);
    await popup.close();
  });

  it('can be cancelled: the tabs being read finish, the rest are not started', async () => {
    // Two tabs still loading hold both places in the queue until the test releases them.
    const slow = [await session.context.newPage(), await session.context.newPage()];
    slow.forEach((page, i) => void page.goto(`${server.origin}/slow/?${i}`).catch(() => undefined));
    await expect.poll(() => held.length).toBe(2);
    // First in the window, so the queue reaches them first and the other tabs wait behind them.
    await inWorker(
      `chrome.tabs.query({ status: 'loading' }).then((tabs) => chrome.tabs.move(tabs.map((t) => t.id), { index: 0 }))`,
    );
    const popup = await session.openExtensionPage('popup.html', { width: 380, height: 600 });
    const offer = popup.getByRole('button', { name: /^Save all \d+ tabs$/ });
    const total = Number((await offer.innerText()).match(/\d+/)?.[0]);
    await offer.click();
    await popup.getByRole('button', { name: /^Allow and save/ }).click();
    await popup.getByText(/Saving tabs: \d+ of \d+/).waitFor();
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByText('Cancelling…').waitFor();
    for (const response of held.splice(0)) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<title>Slow</title><p>Late.</p>');
    }
    const summary = popup.locator('.batch__summary');
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    const notStarted = Number(text.match(/(\d+) not started \(cancelled\)/)?.[1]);
    expect(notStarted).toBeGreaterThan(0);
    expect(notStarted).toBeLessThan(total);
    expect(await session.storedArticles()).toHaveLength(3);
    await popup.close();
  });
});
