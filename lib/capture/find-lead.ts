import { collapse } from './block-context.ts';

// The lead: the first paragraph after the headline with at least this much text.
const LEAD_CHARACTERS = 60;
// A heading with at least this share of the title's text repeats it.
const TITLE_SHARE = 0.5;
// How far past the headline to look for it, in elements.
const SEARCH_ELEMENTS = 200;
const SKIPPED = /^(?:script|style|noscript|template|nav|form|button|select)$/i;

/**
 * The opening words of the article's first paragraph, found after the heading that repeats the page's
 * title: whatever Readability picks, the article is the block that holds them. Null when the page has
 * no such heading or no paragraph after it.
 */
export function findLead(doc: Document, title: string): string | null {
  const wanted = normalize(title);
  if (wanted.length < 8) return null;
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
  if (!heading) return null;
  let element: Element | null = nextInOrder(heading, true);
  for (let seen = 0; element && seen < SEARCH_ELEMENTS; seen++) {
    if (SKIPPED.test(element.tagName)) {
      element = nextInOrder(element, true);
      continue;
    }
    if (/^(?:p|div|td|li|blockquote)$/i.test(element.tagName)) {
      const own = ownText(element);
      if (own.length >= LEAD_CHARACTERS) return normalize(own).slice(0, LEAD_CHARACTERS);
    }
    element = nextInOrder(element, false);
  }
  return null;
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
  if (!skip && element.firstElementChild) return element.firstElementChild;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
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
