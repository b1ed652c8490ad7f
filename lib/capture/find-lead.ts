import { collapse } from './block-context.ts';
import { following } from './document-order.ts';

// The lead: the first paragraph after the headline with at least this much text.
const LEAD_CHARACTERS = 60;
// The article holds at least one of its first paragraphs, whatever the clean-up takes (a standfirst,
// a caption).
const LEAD_PARAGRAPHS = 3;
// A heading with at least this share of the title's text repeats it.
const TITLE_SHARE = 0.5;
// How far past the headline to look for it, in elements.
const SEARCH_ELEMENTS = 200;
const SKIPPED = /^(?:script|style|noscript|template|nav|form|button|select)$/i;

/**
 * The opening words of the article's first paragraphs (up to three), found after the heading that
 * repeats the page's title: whatever Readability picks, the article is the block that holds at least
 * one of them. Empty when the page has no such heading or no paragraph after it.
 */
export function findLead(doc: Document, title: string): string[] {
  const leads: string[] = [];
  const wanted = normalize(title);
  if (wanted.length < 8) return leads;
  // The heading that is most of the title: titles add the site's name, and a blog's name in its own
  // heading is only a small part of the title.
  let heading: Element | null = null;
  let best = wanted.length * TITLE_SHARE;
  for (const candidate of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    const text = normalize(candidate.textContent ?? '');
    if (text.length >= best && wanted.includes(text)) {
      heading = candidate;
      best = text.length + 1;
    }
  }
  if (!heading) return leads;
  let element: Element | null = nextInOrder(heading, true);
  for (let seen = 0; element && seen < SEARCH_ELEMENTS && leads.length < LEAD_PARAGRAPHS; seen++) {
    if (SKIPPED.test(element.tagName)) {
      element = nextInOrder(element, true);
      continue;
    }
    if (/^(?:p|div|td|li|blockquote)$/i.test(element.tagName)) {
      const own = ownText(element);
      if (own.length >= LEAD_CHARACTERS) leads.push(normalize(own).slice(0, LEAD_CHARACTERS));
    }
    element = nextInOrder(element, false);
  }
  return leads;
}

/** Lower-cased words joined by single spaces: the same text compares equal however it is marked up. */
export function normalize(text: string): string {
  // Replaced rather than matched and joined: a book-length article has hundreds of thousands of words.
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The element after `element` in document order, skipping its subtree when `skip`. */
function nextInOrder(element: Element, skip: boolean): Element | null {
  return (!skip && element.firstElementChild) || following(element);
}

/** The text of `element` outside its block children: a paragraph's own words. */
function ownText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (
      node.nodeType === 1 &&
      !/^(?:p|div|ul|ol|table|h[1-6]|section|article)$/i.test((node as Element).tagName)
    )
      text += (node as Element).textContent ?? '';
  }
  return collapse(text);
}
