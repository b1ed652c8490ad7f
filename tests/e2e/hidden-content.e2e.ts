import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, waitForArticles } from './e2e-helpers';

// Content the live page holds that a copy of its DOM alone does not: shadow roots, collapsed
// sections, and <noscript> fallbacks standing in for a script that built nothing.
let server: FixtureServer;
let session: ExtensionSession;
let saved = 0;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the fixture, clicks the toolbar button, and returns the article the extension stored. */
async function capture(fixture: string, title: string): Promise<{ page: Page; article: StoredArticle }> {
  const page = await session.openPage(server.pageUrl(fixture));
  const popup = await session.clickToolbarButton(page);
  const shown = await popup.waitForText(/Saved “|Not saved/);
  await popup.close();
  expect(shown).toContain(`Saved “${title}”`);
  saved += 1;
  return { page, article: byTitle(await waitForArticles(session, saved), title) };
}

describe('Content hidden from a plain copy of the page, in Chromium', () => {
  it('saves the text a page draws in open shadow roots, nested ones too, as the page shows it', async () => {
    const { article } = await capture('shadow-article', "Lighthouse keepers' cottages open as a museum");
    const body = article.markdown;
    expect(body).toContain('The row of cottages below the Skerry light welcomes its first visitors');
    expect(body).toContain('have been restored by a local trust and will open as a museum this weekend');
    expect(body).toContain('down to the oil lamps and the logbooks on the kitchen table');
    expect(body).toContain('Nested shadow fact: the Skerry light was first lit in 1851');
    expect(body).toContain('plans to open the lantern room to small groups next year');
    expect(body).toContain('Closing shadow paragraph: the museum opens from ten until four');
    // In the order the page shows it: the slotted standfirst before the shadow root's own paragraphs.
    expect(body.indexOf('welcomes its first visitors')).toBeLessThan(
      body.indexOf('restored by a local trust'),
    );
    expect(body.indexOf('restored by a local trust')).toBeLessThan(body.indexOf('Nested shadow fact'));
    expect(body).not.toContain('Raw configuration text');
    expect(body).not.toContain('max-width');
    expect(article.wordCount).toBeGreaterThan(120);
  });

  it('saves collapsed <details> sections with their summaries, and sections hidden until found', async () => {
    const { article } = await capture('collapsed-sections', "Volunteers count the river's otters");
    const body = article.markdown;
    expect(body).toMatch(/^\*\*How the otters were counted\*\*$/m);
    expect(body).toContain('Collapsed body text: volunteers recorded spraint and footprints');
    expect(body).toMatch(/^## Why the weir matters$/m);
    expect(body).toContain('a fish pass is planned for next summer');
    expect(body).toMatch(/^## Full list of sites$/m);
    expect(body).toContain('Until-found text: quarry spring, Hollins Lane ford');
    expect(body).not.toContain('Hidden template row');
  });

  it('saves the <noscript> version of a story whose script built nothing, without running it', async () => {
    const { page, article } = await capture('noscript-app', 'Ferry timetable changes for winter');
    const body = article.markdown;
    expect(body).toContain('Noscript fallback text: from the first of November the morning ferry');
    expect(body).toContain('hold the first service for up to ten minutes');
    expect(body).not.toContain('Please enable JavaScript');
    expect(body).not.toContain('pixel.gif');
    // Parsed inertly: the fallback's script and image handlers never ran, and the page never fetched
    // its image. (The extension itself fetches it afterwards to keep it offline, as an image of the
    // saved article: that request comes from the worker, which sends no Referer, unlike the page.)
    expect(await page.evaluate(() => document.documentElement.dataset.ran)).toBeUndefined();
    const probes = server.requests.filter((r) => r.path === '/noscript-probe.png');
    expect(probes.filter((r) => r.referer !== undefined)).toEqual([]);
  });

  it('keeps <noscript> notices and tracking pixels out when the script built the story', async () => {
    const { article } = await capture('script-built-article', 'Harbour café wins award for its chowder');
    const body = article.markdown;
    expect(body).toContain('Script-built text: the café on the harbour wall has won a national award');
    expect(body).toContain('pay for a new smoker and a covered terrace');
    expect(body).not.toContain('needs JavaScript');
    expect(body).not.toContain('pixel.gif');
  });
});
