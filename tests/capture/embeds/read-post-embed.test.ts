import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPostEmbed } from '../../../lib/capture/embeds/read-post-embed.ts';

const BASE = 'https://news.example/story';

/** The post read from the first element of `html`, with its paragraphs as their text. */
function read(html: string): Record<string, unknown> | null {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.body.firstElementChild;
  if (!element) throw new Error('no element');
  const post = readPostEmbed(element, BASE);
  if (!post) return null;
  const { paragraphs, ...rest } = post;
  return { ...rest, text: paragraphs.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()) };
}

const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ferry cancelled again <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Port News (@portnews) <a href="https://twitter.com/portnews/status/123456789?ref_src=twsrc%5Etfw">March 3, 2025</a></blockquote>';
const BLUESKY =
  '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123/app.bsky.feed.post/3kq2xyz"><p lang="en">Tide tables for March are out.<br><br><a href="https://bsky.app/profile/did:plc:abc123/post/3kq2xyz?ref_src=embed">[image or embed]</a></p>&mdash; Tide Club (<a href="https://bsky.app/profile/did:plc:abc123?ref_src=embed">@tides.example</a>) <a href="https://bsky.app/profile/did:plc:abc123/post/3kq2xyz?ref_src=embed">March 1, 2025 at 9:00 AM</a></blockquote>';
const MASTODON =
  '<blockquote class="mastodon-embed" data-embed-url="https://toot.example/@gulls/1122334455/embed"><a href="https://toot.example/@gulls/1122334455" target="_blank"><div>Post by @gulls@toot.example</div><div>View on Mastodon</div></a></blockquote>';

describe('readPostEmbed', () => {
  const cases: Array<[string, string, Record<string, unknown> | null]> = [
    [
      'an X/Twitter blockquote: text, "Name (@handle)", the dated link without its referral',
      TWEET,
      {
        kind: 'post',
        service: 'X',
        url: 'https://twitter.com/portnews/status/123456789',
        author: 'Port News (@portnews)',
        date: 'March 3, 2025',
        text: ['Ferry cancelled again pic.twitter.com/x1'],
      },
    ],
    [
      'a tweet rendered by widgets.js into a frame: only its address is readable',
      '<iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?embedId=twitter-widget-0&amp;id=987654321" data-tweet-id="987654321"></iframe>',
      {
        kind: 'post',
        service: 'X',
        url: 'https://twitter.com/i/web/status/987654321',
        author: null,
        date: null,
        text: [],
      },
    ],
    [
      'a Bluesky blockquote, without its "[image or embed]" link back to the post',
      BLUESKY,
      {
        kind: 'post',
        service: 'Bluesky',
        url: 'https://bsky.app/profile/did:plc:abc123/post/3kq2xyz',
        author: 'Tide Club (@tides.example)',
        date: 'March 1, 2025 at 9:00 AM',
        text: ['Tide tables for March are out.'],
      },
    ],
    [
      'a Bluesky post rendered into a frame, its address rebuilt from the AT URI',
      '<iframe src="https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kq2xyz?id=1"></iframe>',
      {
        kind: 'post',
        service: 'Bluesky',
        url: 'https://bsky.app/profile/did:plc:abc123/post/3kq2xyz',
        author: null,
        date: null,
        text: [],
      },
    ],
    [
      "a Mastodon blockquote (4.3's embed code): the author read from the post's address",
      MASTODON,
      {
        kind: 'post',
        service: 'Mastodon',
        url: 'https://toot.example/@gulls/1122334455',
        author: '@gulls@toot.example',
        date: null,
        text: [],
      },
    ],
    [
      "Mastodon's older frame embed",
      '<iframe src="https://toot.example/@gulls/1122334455/embed" class="mastodon-embed" width="400"></iframe>',
      {
        kind: 'post',
        service: 'Mastodon',
        url: 'https://toot.example/@gulls/1122334455',
        author: '@gulls@toot.example',
        date: null,
        text: [],
      },
    ],
    [
      "another provider's oEmbed blockquote: its permalink and its paragraphs that are not just a link",
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbourcat/video/7301234567890" data-video-id="7301234567890"><section><a href="https://www.tiktok.com/@harbourcat">@harbourcat</a><p>The cat that rides the ferry every morning</p><p><a href="https://www.tiktok.com/music/x">original sound</a></p></section></blockquote>',
      {
        kind: 'post',
        service: 'tiktok.com',
        url: 'https://www.tiktok.com/@harbourcat/video/7301234567890',
        author: null,
        date: null,
        text: ['The cat that rides the ferry every morning'],
      },
    ],
    [
      "an X video post's blockquote, the same layout under another class",
      TWEET.replace('twitter-tweet', 'twitter-video'),
      {
        kind: 'post',
        service: 'X',
        url: 'https://twitter.com/portnews/status/123456789',
        author: 'Port News (@portnews)',
        date: 'March 3, 2025',
        text: ['Ferry cancelled again pic.twitter.com/x1'],
      },
    ],
    [
      "Instagram's blockquote: the permalink attribute, the caption's paragraphs that are not just a link",
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cx1/?utm_source=ig_embed">View this post on Instagram</a><p>Sunrise over the breakwater.</p><p><a href="https://www.instagram.com/p/Cx1/">A post shared by Pier Photos (@pierphotos)</a></p></div></blockquote>',
      {
        kind: 'post',
        service: 'instagram.com',
        url: 'https://www.instagram.com/p/Cx1/?utm_source=ig_embed',
        author: null,
        date: null,
        text: ['Sunrise over the breakwater.'],
      },
    ],
    [
      'a theme\'s quote with a "-media" class and a link is a quotation, not an embed',
      '<blockquote class="pull-quote has-media"><p>We will rebuild, <a href="https://example.org/plan">the plan</a> says.</p></blockquote>',
      null,
    ],
    [
      'a plain quotation is no embed',
      '<blockquote cite="https://example.org/speech"><p>We will rebuild.</p></blockquote>',
      null,
    ],
    [
      'a twitter-tweet blockquote whose link is not a status is not read as one',
      '<blockquote class="twitter-tweet"><p>Text</p>&mdash; Someone <a href="https://example.org/">link</a></blockquote>',
      null,
    ],
    ['a frame of another site', '<iframe src="https://maps.example/embed?q=harbour"></iframe>', null],
    [
      'a post whose only address is a script link',
      '<blockquote class="mastodon-embed" data-embed-url="javascript:alert(1)"><a href="javascript:alert(1)">View on Mastodon</a></blockquote>',
      null,
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => expect(read(html)).toEqual(expected));
  }
});

describe('readPostEmbed: Facebook', () => {
  // https://developers.facebook.com/docs/plugins/embedded-posts and /embedded-video-player: a div
  // naming the post in data-href, around a blockquote the SDK replaces with a frame.
  const POST_URL = 'https://www.facebook.com/skerryharbour/posts/pfbid02Xk9aBcD';
  const VIDEO_URL = 'https://www.facebook.com/skerryharbour/videos/1234567890123456/';
  const FB_POST = `<div class="fb-post" data-href="${POST_URL}" data-width="500" data-show-text="true"><blockquote cite="${POST_URL}" class="fb-xfbml-parse-ignore"><p>The new landing stage opens on Saturday. Bring warm coats!</p>Posted by <a href="https://www.facebook.com/skerryharbour">Skerry Harbour Trust</a> on&nbsp;<a href="${POST_URL}">Tuesday, March 4, 2025</a></blockquote></div>`;
  const FB_VIDEO = `<div class="fb-video" data-href="${VIDEO_URL}" data-width="500" data-show-text="false"><blockquote cite="${VIDEO_URL}" class="fb-xfbml-parse-ignore"><a href="${VIDEO_URL}">Lifting the old crane</a><p>Twenty tonnes of iron, one calm morning.</p>Posted by <a href="https://www.facebook.com/skerryharbour">Skerry Harbour Trust</a> on Friday, February 28, 2025</blockquote></div>`;

  function readFirst(html: string, selector: string) {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    const post = readPostEmbed(element, BASE);
    if (!post) return null;
    const { paragraphs, ...rest } = post;
    return { ...rest, text: paragraphs.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()) };
  }

  it.each<[string, string, string, Record<string, unknown> | null]>([
    [
      'a post: its text, "Posted by" author, the dated link',
      FB_POST,
      'blockquote',
      {
        kind: 'post',
        service: 'Facebook',
        url: POST_URL,
        author: 'Skerry Harbour Trust',
        date: 'Tuesday, March 4, 2025',
        text: ['The new landing stage opens on Saturday. Bring warm coats!'],
      },
    ],
    [
      'a video: its title and text, author and date',
      FB_VIDEO,
      'blockquote',
      {
        kind: 'post',
        service: 'Facebook',
        url: VIDEO_URL,
        author: 'Skerry Harbour Trust',
        date: 'Friday, February 28, 2025',
        text: ['Lifting the old crane', 'Twenty tonnes of iron, one calm morning.'],
      },
    ],
    [
      'a post the SDK already drew into a frame: its address, from the plugin’s href',
      `<iframe src="https://www.facebook.com/plugins/post.php?href=${encodeURIComponent(POST_URL)}&amp;show_text=true&amp;width=500" width="500" height="600"></iframe>`,
      'iframe',
      { kind: 'post', service: 'Facebook', url: POST_URL, author: null, date: null, text: [] },
    ],
    [
      'a video frame the SDK drew, its version in the path',
      `<iframe src="https://www.facebook.com/v19.0/plugins/video.php?height=314&amp;href=${encodeURIComponent(VIDEO_URL)}"></iframe>`,
      'iframe',
      { kind: 'post', service: 'Facebook', url: VIDEO_URL, author: null, date: null, text: [] },
    ],
    [
      'a parse-ignore quote that names no Facebook address',
      '<blockquote class="fb-xfbml-parse-ignore" cite="https://elsewhere.example/p/1"><p>Text</p></blockquote>',
      'blockquote',
      null,
    ],
  ])('%s', (_name, html, selector, expected) => {
    expect(readFirst(html, selector)).toEqual(expected);
  });
});
