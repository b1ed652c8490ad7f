import type { EmbeddedPost } from './embed.ts';
import { bareHost, frameSource, hasClass, webUrl } from './embed-markup.ts';
import { readFacebookFrame, readFacebookQuote } from './read-facebook-post.ts';
import { readQuotedPost } from './read-quoted-post.ts';

// An oEmbed provider's blockquote names itself in a class: `tiktok-embed`, `reddit-embed-bq`, or
// `instagram-media` and `text-post-media` (Threads), which also carry a permalink attribute: a
// `-media` class alone ("has-media") is a theme's quote with a picture.
const EMBED_CLASS = /(?:^|\s)[\w-]+-embed(?:-\w+)?(?=\s|$)/;
const MEDIA_CLASS = /(?:^|\s)[\w-]+-media(?=\s|$)/;
// The attributes such blockquotes keep the post's address in, besides `cite`.
const PERMALINK_ATTRIBUTE = /^data-[\w-]*(?:permalink|-url)$/;

/**
 * An embedded post (X/Twitter, Mastodon, Bluesky, Facebook, or another service's oEmbed blockquote), static
 * or rendered into a frame, read as its text, author and address; null for anything else.
 */
export function readPostEmbed(element: Element, base: string): EmbeddedPost | null {
  const tag = element.tagName.toLowerCase();
  if (tag === 'iframe') return readPostFrame(element, base);
  if (tag !== 'blockquote') return null;
  // https://developer.x.com/en/docs/x-for-websites/embedded-tweets: text, "— Name (@handle)", dated link.
  // Its video posts use the same layout under the class `twitter-video`.
  if (hasClass(element, 'twitter-tweet') || hasClass(element, 'twitter-video'))
    return readQuotedPost(element, base, 'X', isTweetUrl);
  // Bluesky's embed code copies X's layout and keeps the post's AT URI in a data attribute.
  if (hasClass(element, 'bluesky-embed'))
    return (
      readQuotedPost(element, base, 'Bluesky', isBlueskyPostUrl) ??
      blueskyPost(element.getAttribute('data-bluesky-uri'))
    );
  if (hasClass(element, 'mastodon-embed')) return readMastodonQuote(element, base);
  if (hasClass(element, 'fb-xfbml-parse-ignore')) return readFacebookQuote(element, base);
  const classes = element.getAttribute('class') ?? '';
  if (EMBED_CLASS.test(classes) || (MEDIA_CLASS.test(classes) && permalinkOf(element)))
    return readProviderQuote(element, base);
  return null;
}

function readPostFrame(frame: Element, base: string): EmbeddedPost | null {
  const src = frameSource(frame, base);
  if (!src) return null;
  const host = bareHost(src);
  const facebook = readFacebookFrame(src, base);
  if (facebook) return facebook;
  // widgets.js swaps the blockquote for a frame of platform.twitter.com/embed/Tweet.html?id=…
  if ((host === 'platform.twitter.com' || host === 'platform.x.com') && src.pathname.startsWith('/embed/')) {
    const id = frame.getAttribute('data-tweet-id') ?? src.searchParams.get('id');
    return id && /^\d+$/.test(id) ? bare('X', `https://twitter.com/i/web/status/${id}`, null) : null;
  }
  // embed.js swaps it for embed.bsky.app/embed/DID/app.bsky.feed.post/RKEY.
  if (host === 'embed.bsky.app') {
    const path = /^\/embed\/(did:[\w:.%-]+)\/app\.bsky\.feed\.post\/([\w-]+)$/.exec(src.pathname);
    return path ? blueskyPost(`at://${path[1]}/app.bsky.feed.post/${path[2]}`) : null;
  }
  // Mastodon's older embed code is a frame of the post's address with /embed appended.
  if (hasClass(frame, 'mastodon-embed') || /^\/@[^/]+\/\d+\/embed$/.test(src.pathname))
    return mastodonPost(src, []);
  return null;
}

function readMastodonQuote(quote: Element, base: string): EmbeddedPost | null {
  const url =
    webUrl(quote.getAttribute('data-embed-url'), base) ??
    webUrl(quote.querySelector('a[href]')?.getAttribute('href'), base);
  return url ? mastodonPost(url, copiesOf(quote.querySelectorAll('p'))) : null;
}

/** A Mastodon post's page is https://HOST/@USER/ID; its author is @USER@HOST wherever it is read. */
function mastodonPost(url: URL, paragraphs: Element[]): EmbeddedPost {
  const path = url.pathname.replace(/\/embed\/?$/, '');
  const user = /^\/@([^/@]+)\/\d+$/.exec(path)?.[1];
  const author = user ? `@${decodeURIComponent(user)}@${url.hostname}` : null;
  return { ...bare('Mastodon', `${url.origin}${path}`, author), paragraphs };
}

/** Bluesky's web address for an AT URI at://DID/app.bsky.feed.post/RKEY. */
function blueskyPost(uri: string | null): EmbeddedPost | null {
  const parts = /^at:\/\/(did:[\w:.%-]+)\/app\.bsky\.feed\.post\/([\w-]+)$/.exec(uri?.trim() ?? '');
  return parts ? bare('Bluesky', `https://bsky.app/profile/${parts[1]}/post/${parts[2]}`, null) : null;
}

/** Any other provider's blockquote: its paragraphs that are not just a link, and the post's address. */
function readProviderQuote(quote: Element, base: string): EmbeddedPost | null {
  const url =
    webUrl(quote.getAttribute('cite'), base) ??
    webUrl(permalinkOf(quote), base) ??
    webUrl(quote.querySelector('a[href]')?.getAttribute('href'), base);
  if (!url) return null;
  const paragraphs = Array.from(quote.querySelectorAll('p')).filter((p) => !isOnlyLink(p));
  return { ...bare(bareHost(url), url.href, null), paragraphs: copiesOf(paragraphs) };
}

function permalinkOf(quote: Element): string | null {
  return Array.from(quote.attributes).find((a) => PERMALINK_ATTRIBUTE.test(a.name))?.value ?? null;
}

function isTweetUrl(url: URL): boolean {
  return /^(?:twitter|x)\.com$/.test(bareHost(url)) && /^\/\w+\/status(?:es)?\/\d+/.test(url.pathname);
}

function isBlueskyPostUrl(url: URL): boolean {
  return bareHost(url) === 'bsky.app' && /^\/profile\/[^/]+\/post\/[\w-]+$/.test(url.pathname);
}

function isOnlyLink(paragraph: Element): boolean {
  const links = paragraph.querySelectorAll('a');
  const text = (paragraph.textContent ?? '').trim();
  return text === '' || (links.length === 1 && (links[0]?.textContent ?? '').trim() === text);
}

function copiesOf(elements: Iterable<Element>): Element[] {
  return Array.from(elements, (element) => element.cloneNode(true) as Element);
}

function bare(service: string, url: string, author: string | null): EmbeddedPost {
  return { kind: 'post', service, url, author, date: null, paragraphs: [] };
}
