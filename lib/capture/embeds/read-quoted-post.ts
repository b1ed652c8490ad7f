import type { EmbeddedPost } from './embed.ts';
import { squash, webUrl } from './embed-markup.ts';

// Query parameters the embed codes add to say where a click came from.
const REFERRAL_PARAMETER = /^ref_/;

/**
 * The layout X's and Bluesky's embed codes share: the post's paragraphs, then "— Name (@handle)" and
 * a link to the post whose text is its date. Null without that link: then the markup is not theirs.
 */
export function readQuotedPost(
  quote: Element,
  base: string,
  service: string,
  isPostUrl: (url: URL) => boolean,
): EmbeddedPost | null {
  const links = Array.from(quote.querySelectorAll('a[href]'));
  const postLink = links.reverse().find((link) => {
    const url = webUrl(link.getAttribute('href'), base);
    return !link.closest('p') && url !== null && isPostUrl(url);
  });
  const url = postLink && webUrl(postLink.getAttribute('href'), base);
  if (!postLink || !url) return null;
  for (const name of [...url.searchParams.keys()])
    if (REFERRAL_PARAMETER.test(name)) url.searchParams.delete(name);
  const paragraphs = Array.from(quote.querySelectorAll('p'), (p) => postText(p, url, base)).filter(
    (p) => squash(p.textContent) !== '',
  );
  return {
    kind: 'post',
    service,
    url: url.href,
    author: byline(quote, postLink),
    date: squash(postLink.textContent) || null,
    paragraphs,
  };
}

/** A copy of a paragraph without the links back to the post itself (Bluesky's "[image or embed]"). */
function postText(paragraph: Element, post: URL, base: string): Element {
  const copy = paragraph.cloneNode(true) as Element;
  for (const link of Array.from(copy.querySelectorAll('a[href]'))) {
    const url = webUrl(link.getAttribute('href'), base);
    if (url && url.origin === post.origin && url.pathname === post.pathname) link.remove();
  }
  // What the removed links leave: line breaks with nothing after them.
  for (let last = copy.lastChild; last; last = copy.lastChild) {
    const empty = last.nodeType === 3 ? squash(last.nodeValue) === '' : last.nodeName === 'BR';
    if (!empty) break;
    last.remove();
  }
  return copy;
}

/** The text outside the paragraphs and the post link: "— Name (@handle)". */
function byline(quote: Element, postLink: Element): string | null {
  const parts: string[] = [];
  for (const node of Array.from(quote.childNodes)) {
    if (node === postLink || node.nodeName === 'P') continue;
    parts.push(node.textContent ?? '');
  }
  return (
    squash(parts.join(' '))
      .replace(/^[—–-]+\s*/, '')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')') || null
  );
}
