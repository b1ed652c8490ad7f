import { collapse, linkDensity } from './block-context.ts';

/**
 * Removals that take a run of siblings at once, for the clean-up (clean-content.ts): a label with
 * what it heads, a readers' section with the rest of its box, link-only paragraphs one after another.
 * `remove` is the clean-up's own, which keeps its record of what is gone.
 */

type Remove = (element: Element) => void;

/** Removes the heading of the readers' section under a post and everything after it in its box. */
export function removeWithRest(start: Element, remove: Remove): void {
  const heading = ownBox(start);
  while (heading.nextElementSibling) remove(heading.nextElementSibling);
  remove(heading);
}

/** A label wrapped alone in its own box ("<div><h3>Related</h3></div><ul>…"): what it heads follows the box. */
function ownBox(start: Element): Element {
  let label = start;
  while (
    !label.nextElementSibling &&
    label.parentElement &&
    collapse(label.parentElement.textContent ?? '') === collapse(label.textContent ?? '')
  ) {
    label = label.parentElement;
  }
  return label;
}

/** A paragraph of at least three words that is a link and nothing else. */
export function isLinkParagraph(element: Element | null): element is Element {
  if (element?.tagName.toLowerCase() !== 'p') return false;
  const text = collapse(element.textContent ?? '');
  return (
    text.split(' ').length >= 3 &&
    element.querySelector('a[href]') !== null &&
    linkDensity(element, text.length) >= 0.9
  );
}

/** Removes `start` and the link paragraphs right after it. */
export function removeLinkParagraphs(start: Element, remove: Remove): void {
  let next: Element | null = start;
  while (isLinkParagraph(next)) {
    const after: Element | null = next.nextElementSibling;
    remove(next);
    next = after;
  }
}

/** A list whose every item links somewhere: under a "More stories" label, each item is one. */
function isListOfLinks(element: Element): boolean {
  if (!/^(?:ul|ol)$/i.test(element.tagName)) return false;
  const items = Array.from(element.children);
  return items.length > 0 && items.every((item) => item.querySelector('a[href]') !== null);
}

/** Removes a "Related" or "More about" label with the lists of links that follow it. */
export function removeWithFollowingLinks(start: Element, remove: Remove): void {
  const label = ownBox(start);
  let next = label.nextElementSibling;
  while (next) {
    const text = collapse(next.textContent ?? '');
    const linkOnly = text === '' || linkDensity(next, text.length) >= 0.5 || isListOfLinks(next);
    if (!linkOnly) break;
    const after = next.nextElementSibling;
    remove(next);
    next = after;
  }
  remove(label);
}
