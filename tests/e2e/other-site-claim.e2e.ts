import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, waitForArticles } from './e2e-helpers';

// Two sites from one fixture server: 127.0.0.1 and localhost are different hosts, neither with a
// registrable domain, so each is a site of its own.
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a page that names another site’s article as its canonical URL', () => {
  it('is saved as itself: never "Already saved", never replacing the other site’s article', async () => {
    const original = await session.clickToolbarButton(await session.openPage(server.pageUrl('news-article')));
    await original.waitForText('Saved “Harbour town votes to rebuild its tidal mill”');
    await original.close();
    const [before] = await waitForArticles(session, 1);
    expect(before?.canonicalUrl).toBe(`${server.origin}/2026/03/harbour-tidal-mill`);

    const otherSite = server.pageUrl('other-site-claim').replace('//127.0.0.1:', '//localhost:');
    const popup = await session.clickToolbarButton(await session.openPage(otherSite));
    const text = await popup.waitForText('Saved “The tidal mill story they will not tell you”');
    expect(text).not.toContain('Already saved');
    await popup.close();

    const after = await waitForArticles(session, 2);
    expect(byTitle(after, 'Harbour town votes to rebuild its tidal mill')).toEqual(before);
    expect(byTitle(after, 'The tidal mill story they will not tell you')).toMatchObject({
      sourceUrl: otherSite,
      canonicalUrl: otherSite,
    });
  });
});
