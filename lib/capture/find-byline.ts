import { visibleText } from './block-context.ts';
import { following } from './document-order.ts';
import { isDateline } from './is-dateline.ts';

/** A byline is one short line. */
const MAX_BYLINE = 160;
/** Above the article's first paragraph this long, or nowhere. */
const PROSE_LENGTH = 120;
/** How far into the article to look before giving up. */
const MAX_ELEMENTS = 60;
const BY = /^by\s+/iu;
const NAME_SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The writers named by a byline line above the article, for a page that names them in no other way
 * (no metadata, no byline Readability knew): "By Jane Doe, John Roe on Monday, 18 November 2019".
 * Empty when there is no such line.
 */
export function bylineAuthorsAbove(root: Element): string[] {
  let element = root.firstElementChild;
  for (let seen = 0; element && seen < MAX_ELEMENTS; seen++, element = next(element, root)) {
    // A line holds no blocks; a wrapper's text (the whole article, perhaps a book) is not read.
    if (holdsBlocks(element)) continue;
    const text = visibleText(element);
    if (element.tagName.toLowerCase() === 'p' && text.length >= PROSE_LENGTH) return [];
    if (text.length <= MAX_BYLINE && BY.test(text)) {
      const names = authorsOfBylineLine(text);
      if (names.length > 0) return names;
    }
  }
  return [];
}

const BLOCK =
  /^(?:p|div|section|article|main|header|footer|aside|h[1-6]|ul|ol|li|dl|table|figure|blockquote|pre|form)$/i;

function holdsBlocks(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK.test(child.tagName)) return true;
  }
  return false;
}

/** The element after `element` in document order, within `root`. */
function next(element: Element, root: Element): Element | null {
  return element.firstElementChild ?? following(element, root);
}

/**
 * The names in `line` when it is a byline and nothing else: "By" and full names, then perhaps a date
 * ("By Jane Doe and John Roe Monday, November 18, 2019, 04:05 pm PT"). Empty for any other line,
 * such as "By Monday the river had risen".
 */
export function authorsOfBylineLine(line: string): string[] {
  const text = line.replace(/\s+/g, ' ').trim();
  const body = text.replace(BY, '');
  if (body === text || text.length > MAX_BYLINE) return [];
  // The names end where a date line begins (or with the line): the first word from which the rest
  // is dates, times and connecting words only.
  const starts = [...body.matchAll(/\s+/gu)].map((space) => (space.index ?? 0) + space[0].length);
  const end = starts.find((start) => isDateline(body.slice(start), [])) ?? body.length;
  const names = body
    .slice(0, end)
    .replace(/[\s,;:|•–—-]+$/u, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim());
  const plausible = names.every((name) => {
    const words = name.split(' ');
    return words.length >= 2 && words.length <= 4 && words.every((word) => NAME_WORD.test(word));
  });
  return plausible && names.length <= 6 ? names : [];
}
