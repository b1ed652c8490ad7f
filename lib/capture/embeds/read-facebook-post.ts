import type { EmbeddedPost } from './embed.ts';
import { bareHost, squash, webUrl } from './embed-markup.ts';

// https://developers.facebook.com/docs/plugins/embedded-posts and …/embedded-video-player: a
// `div.fb-post` or `div.fb-video` names the post in `data-href` around a blockquote of class
// `fb-xfbml-parse-ignore` ("text, Posted by <author link> on <date>"), which the SDK swaps for a
// frame of facebook.com/plugins/post.php (or video.php) with the post's address in `href`.
// The SDK names its version in the path (/v19.0/plugins/video.php); the embed code's frame does not.
const PLUGIN_PATH = /^(?:\/v\d+\.\d+)?\/plugins\/(?:post|video)\.php$/;

/** Whether `url` is one of Facebook's own addresses. */
function isFacebook(url: URL): boolean {
  const host = bareHost(url);
  return host === 'facebook.com' || host.endsWith('.facebook.com') || host === 'fb.watch';
}

/** A Facebook post or video from its static blockquote, or null when it names no Facebook address. */
export function readFacebookQuote(quote: Element, base: string): EmbeddedPost | null {
  const holder = quote.closest('.fb-post, .fb-video');
  const url = [holder?.getAttribute('data-href'), quote.getAttribute('cite')]
    .map((value) => webUrl(value, base))
    .find((candidate): candidate is URL => candidate !== null && isFacebook(candidate));
  if (!url) return null;
  const links = Array.from(quote.querySelectorAll('a[href]')).filter((link) => !link.closest('p'));
  const isPost = (link: Element) => samePage(webUrl(link.getAttribute('href'), base), url);
  // A video's embed opens with its title, a link to the video itself.
  const title = links[0] && isPost(links[0]) && links[0] === firstShown(quote) ? links[0] : null;
  const authorLink = links.find((link) => link !== title && !isPost(link));
  const dateLink = links.find((link) => link !== title && isPost(link));
  const paragraphs = Array.from(quote.querySelectorAll('p'), (p) => p.cloneNode(true) as Element);
  if (title) {
    const line = quote.ownerDocument.createElement('p');
    line.textContent = squash(title.textContent);
    paragraphs.unshift(line);
  }
  return {
    kind: 'post',
    service: 'Facebook',
    url: url.href,
    author: squash(authorLink?.textContent) || null,
    date: squash(dateLink?.textContent) || (authorLink ? dateAfter(authorLink) : null),
    paragraphs: paragraphs.filter((p) => squash(p.textContent) !== ''),
  };
}

/** The post a frame of Facebook's plugin shows, by the address in its `href`; null for other frames. */
export function readFacebookFrame(src: URL, base: string): EmbeddedPost | null {
  if (!isFacebook(src) || !PLUGIN_PATH.test(src.pathname)) return null;
  const url = webUrl(src.searchParams.get('href'), base);
  if (!url || !isFacebook(url)) return null;
  return { kind: 'post', service: 'Facebook', url: url.href, author: null, date: null, paragraphs: [] };
}

function samePage(a: URL | null, b: URL): boolean {
  const path = (url: URL) => url.pathname.replace(/\/$/, '');
  return a !== null && bareHost(a) === bareHost(b) && path(a) === path(b);
}

function firstShown(quote: Element): Element | null {
  for (const node of Array.from(quote.childNodes)) {
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 3 && squash(node.nodeValue) !== '') return null;
  }
  return null;
}

/** A video's date, printed as text after the author: "… on Friday, February 28, 2025". */
function dateAfter(authorLink: Element): string | null {
  const rest = squash(authorLink.nextSibling?.nodeType === 3 ? authorLink.nextSibling.nodeValue : '');
  return /^on\s+(.+)$/i.exec(rest)?.[1] ?? null;
}
