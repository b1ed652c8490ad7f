import { isGutter } from './code-text.ts';
import { NON_CONTENT_TAGS } from './dom-queries.ts';

/** Page machinery, not article: scripts, styles, embeds, form controls, graphics drawn by code, media. */
const DROPPED_TAGS = new Set([
  ...NON_CONTENT_TAGS.map((tag) => tag.toUpperCase()),
  ...['BASE', 'TITLE', 'HEAD'],
  ...['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'PARAM', 'SOURCE', 'TRACK', 'MAP', 'AREA'],
  ...['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'OPTGROUP', 'DATALIST', 'DIALOG'],
  ...['SVG', 'CANVAS', 'AUDIO', 'VIDEO'],
]);
/** A form with more text than this is a page wrapped in one (ASP.NET does that), so only its controls go. */
const FORM_TEXT_LIMIT = 200;

/** Whether an element and everything in it stays out of the Markdown. */
export function isDroppedElement(element: Element): boolean {
  const tag = element.nodeName.toUpperCase();
  if (DROPPED_TAGS.has(tag)) return true;
  if (tag === 'FORM') return (element.textContent ?? '').trim().length < FORM_TEXT_LIMIT;
  // Most elements of an article carry no attribute at all: one question instead of two for them
  // (this runs for every element, and each question is a call into the DOM in the extension).
  if (!element.hasAttributes()) return false;
  return element.hasAttribute('hidden') || isGutter(element);
}

/** Whether the element or one of its ancestors is dropped. */
export function isInDroppedElement(element: Element): boolean {
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    if (isDroppedElement(node as Element)) return true;
  }
  return false;
}
