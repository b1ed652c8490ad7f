import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, waitForArticles } from './e2e-helpers';

// The capture fixture with a post and a video of every kind we recognise, captured in Chromium from
// the production build: the stored Markdown keeps each one as a quote or a still with a link.
const TITLE = 'Storm floods the harbour road as town counts the cost';
let server: FixtureServer;
let session: ExtensionSession;
const blocked: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/capture/fixtures'));
  session = await launchExtension();
  // The page's frames and scripts point at the real services: nothing may leave this machine.
  await session.context.route(
    (url) => !/^(?:127\.0\.0\.1|localhost)$/.test(url.hostname) && url.protocol.startsWith('http'),
    async (route) => {
      blocked.push(new URL(route.request().url()).hostname);
      await route.abort();
    },
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Embedded posts and videos, in Chromium', () => {
  it('saves each post as a quote with its author and link, and each video as its still and watch link', async () => {
    const page = await session.openPage(server.pageUrl('embedded-posts-and-videos'));
    const popup = await session.clickToolbarButton(page);
    expect(await popup.waitForText(/Saved “|Not saved/)).toContain(`Saved “${TITLE}”`);
    await popup.close();
    const body = byTitle(await waitForArticles(session, 1), TITLE).markdown;

    expect(body).toContain(
      '> — Harbour Master (@harbourmaster) [February 10, 2025](https://twitter.com/harbourmaster/status/1889012345678901234)',
    );
    expect(body).toContain('> Water over the harbour wall at the slipway, road closed from the bridge');
    expect(body).toContain('> [Post on X](https://twitter.com/i/web/status/1889023456789012345)');
    expect(body).toContain(
      '> [Post on Mastodon](https://social.example/@tidewatch/113951234567890123) by @tidewatch@social.example',
    );
    expect(body).toContain('> Our gauge at the pier read 6.41 m at 23:48');
    expect(body).toContain('— Coast Tide Watch (@tidewatch.example) [February 10, 2025 at 11:52 PM]');
    expect(body).toContain(
      '![Harbour road flooding: the morning after](https://i.ytimg.com/vi/a1B2c3D4e5F/hqdefault.jpg)',
    );
    expect(body).toContain(
      '*[Harbour road flooding: the morning after](https://www.youtube.com/watch?v=a1B2c3D4e5F)*',
    );
    expect(body).toContain(
      '*[Harbour trust chair on the repairs](https://www.youtube.com/watch?v=Z9y8X7w6V5u)*',
    );
    expect(body).toContain(
      "*[The lifeboat crew's night on the harbour](https://vimeo.com/905123456/ab12cd34ef)*",
    );
    expect(body).toContain('> Both shouts tonight ended safely.');
    expect(body).toContain(
      '> — Coast Lifeboat Station [Tuesday, 11 February 2025](https://www.facebook.com/coastlifeboat/posts/pfbid0Lx7Q2wErTy)',
    );
    expect(body).toContain(
      '> [Post on Facebook](https://www.facebook.com/coastlifeboat/videos/987654321012345/)',
    );
    // The Vimeo facade's thumbnail is the still, shown once; the page's share image is not it.
    expect(body).toContain(
      '![Sweeping up: the harbour road on Wednesday](https://i.vimeocdn.com/video/1987654321-5f1e2d3c4b5a6978_640x360)',
    );
    expect(body.match(/i\.vimeocdn\.com/g)).toHaveLength(1);
    expect(body).not.toContain('storm-share-card.jpg');
    expect(body).toMatch(
      /!\[Pumps clearing the underpass on Tuesday\.\]\(http:\/\/127\.0\.0\.1:\d+\/media\/pumps-poster\.jpg\)/,
    );
    expect(body).not.toMatch(/<iframe|<script|widgets\.js|embed\.js|sdk\.js/);
    // The story around the embeds is all there, in order.
    expect(body.indexOf('One of the first posts came from')).toBeLessThan(body.indexOf('Harbour Master'));
    expect(body).toContain('return unused bags to the fire station');
    // The frames and scripts did try the network, and were stopped here.
    expect(blocked).toContain('platform.twitter.com');
  });
});
