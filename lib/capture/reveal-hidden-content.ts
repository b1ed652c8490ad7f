/**
 * Content a reader can reach that the clean-up would drop as hidden: sections hidden until found,
 * and `<noscript>` fallbacks standing in for a block the page's script left empty.
 */
import { NON_CONTENT_TAGS } from '../markdown/dom-queries.ts';
import { parseNoscript } from './parse-noscript.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// A story has paragraphs and some length; a notice ("Please enable JavaScript"), however long, is
// a line or two, often in plain <div>s.
const MIN_FALLBACK_CHARACTERS = 200;
const MIN_FALLBACK_PARAGRAPHS = 2;
// Elements that are content with no text in them.
const MEDIA = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'canvas',
  'svg',
  'embed',
  'object',
  'math',
]);
// Siblings that are no block of the page: the script that should have built it, its styles.
const NOT_A_BLOCK = new Set([...NON_CONTENT_TAGS, 'br', 'hr', 'wbr']);

/** Shows in `doc` (a copy of the page) what find-in-page can open and the fallbacks of empty script-built blocks. */
export function revealHiddenContent(doc: Document): void {
  revealUntilFound(doc);
  revealNoscriptFallbacks(doc);
}

/**
 * `hidden="until-found"` is collapsed content the browser opens for find-in-page and fragment links
 * (https://html.spec.whatwg.org/#attr-hidden-until-found-state): part of the article, unlike `hidden`.
 */
function revealUntilFound(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('[hidden]'))) {
    if (element.getAttribute('hidden')?.trim().toLowerCase() === 'until-found')
      element.removeAttribute('hidden');
  }
}

/**
 * A page whose script did not build its story (it failed, was blocked, or has not run yet) often
 * carries the story in `<noscript>` beside the empty container. Only then is the fallback the
 * content: beside a built page, a `<noscript>` is a notice or a tracking pixel.
 */
function revealNoscriptFallbacks(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const noscript of Array.from(body.getElementsByTagName('noscript'))) {
    if (!standsForEmptyBlock(noscript)) continue;
    const fragment = parseNoscript(doc, noscript);
    if (!readsAsStory(fragment)) continue;
    noscript.replaceWith(doc.importNode(fragment, true));
  }
}

/** Alone in an otherwise empty parent (a page of nothing else), or next to an empty block. */
function standsForEmptyBlock(noscript: Element): boolean {
  const parent = noscript.parentElement;
  if (parent && isEmpty(parent)) return true;
  const before = nearestBlock(noscript, 'previousElementSibling');
  const after = nearestBlock(noscript, 'nextElementSibling');
  return (!!before && isEmpty(before)) || (!!after && isEmpty(after));
}

function nearestBlock(
  from: Element,
  direction: 'previousElementSibling' | 'nextElementSibling',
): Element | null {
  let sibling = from[direction];
  while (sibling && NOT_A_BLOCK.has(sibling.tagName.toLowerCase())) sibling = sibling[direction];
  return sibling;
}

/** No text or media outside `<noscript>` and scripts (whose content linkedom keeps as elements). */
function isEmpty(element: Element): boolean {
  return !MEDIA.has(element.tagName.toLowerCase()) && !holdsContent(element);
}

// One walk that stops at the first text or media: the parent may be the body of a large page.
function holdsContent(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (child.textContent?.trim()) return true;
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toLowerCase();
      if (MEDIA.has(tag)) return true;
      if (!NOT_A_BLOCK.has(tag) && holdsContent(child as Element)) return true;
    }
  }
  return false;
}

function readsAsStory(fragment: DocumentFragment): boolean {
  if (collapsedText(fragment).length < MIN_FALLBACK_CHARACTERS) return false;
  const paragraphs = Array.from(fragment.querySelectorAll('p')).filter((p) => p.textContent?.trim());
  return paragraphs.length >= MIN_FALLBACK_PARAGRAPHS;
}

// Child by child: linkedom answers null for a fragment's own textContent.
function collapsedText(fragment: DocumentFragment): string {
  return Array.from(fragment.childNodes, (node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
