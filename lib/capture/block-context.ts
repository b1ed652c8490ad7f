import { collapseSpaces } from '../text/collapse-spaces.ts';

/** What the cleaning rules know about one element of the extracted article and its surroundings. */
export interface BlockContext {
  element: Element;
  tag: string;
  /** Whitespace-collapsed text. */
  text: string;
  /**
   * Lower-cased text without edge punctuation, for phrase matching; empty for long blocks and for
   * inline elements inside a sentence (links aside), which no phrase rule looks at.
   */
  normalized: string;
  /** Before the first paragraph of real prose: where kickers, bylines and datelines sit. */
  leading: boolean;
  /** After the last paragraph of real prose: where tags, bios and related stories sit. */
  trailing: boolean;
  /** After the first paragraph of real prose, and not around it: never the whole article. */
  afterProse: boolean;
  /** A block, or an inline element that is all its parent's text; not a word inside a sentence. */
  standalone: boolean;
  authors: readonly string[];
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a')))
    linked += collapse(link.textContent ?? '').length;
  if (element.tagName.toLowerCase() === 'a') linked = textLength;
  return Math.min(1, linked / textLength);
}

/**
 * An element's text as a reader sees it: a `<br>` separates words, which `textContent` glues.
 * `mayHoldBreaks: false` tells it there is no `<br>` inside, sparing a look through the subtree.
 */
export function visibleText(element: Element, mayHoldBreaks = true): string {
  if (!mayHoldBreaks || element.getElementsByTagName('br').length === 0)
    return collapse(element.textContent ?? '');
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if ((node as Element).tagName?.toLowerCase() === 'br') parts.push(' ');
    else for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(element);
  return collapse(parts.join(''));
}

/** Collapses whitespace runs to one space and trims. */
export function collapse(text: string): string {
  return collapseSpaces(text).trim();
}

/**
 * The element's class and id attributes as one lower-cased string, for word patterns naming
 * structure like "credit" or "related" (a list of classes alone is `classTokens` in dom-queries.ts).
 */
export function classAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

/**
 * `visibleText` of every element in `elements` (all of a subtree, in document order), in one walk:
 * the subtree's text is collapsed once into one string, each element noting where its own part
 * begins and ends, and each element's text is its part of that string, trimmed. A run of whitespace
 * that crosses an element's edge only moves a space that trimming takes off anyway.
 */
export function visibleTexts(elements: readonly Element[]): Map<Element, string> {
  const pieces: string[] = [];
  let length = 0;
  let endsWithSpace = false;
  const emit = (raw: string): void => {
    const text = collapseSpaces(raw);
    if (text === '') return;
    // Two runs of whitespace that meet at the seam are one run: one space.
    const piece = endsWithSpace && text.startsWith(' ') ? text.slice(1) : text;
    pieces.push(piece);
    length += piece.length;
    endsWithSpace = text.endsWith(' ');
  };
  const starts = new Map<Element, number>();
  const parts: [Element, number, number][] = [];
  const breaks: Element[] = [];
  for (const top of elements) {
    // Already walked as part of an earlier element (or a line break, read on its own below).
    if (starts.has(top)) continue;
    starts.set(top, length);
    // Depth first without recursion, so no depth of nesting overflows the stack.
    let container: Element = top;
    let child: Node | null = top.firstChild;
    for (;;) {
      if (child) {
        // Read once: in an extension's isolated world every read is a call into the DOM.
        const type = child.nodeType;
        if (type === 3 || type === 4) emit(child.nodeValue ?? '');
        else if (type === 1 && (child as Element).tagName.toLowerCase() === 'br') {
          // A reader sees a line break between the words around it; its own content is not shown.
          breaks.push(child as Element);
          starts.set(child as Element, length);
          emit(' ');
        } else if (type === 1) {
          container = child as Element;
          starts.set(container, length);
          child = container.firstChild;
          continue;
        }
        child = child.nextSibling;
        continue;
      }
      parts.push([container, starts.get(container) ?? length, length]);
      if (container === top) break;
      child = container.nextSibling;
      container = container.parentNode as Element;
    }
  }
  const all = pieces.join('');
  const texts = new Map<Element, string>();
  for (const [element, from, to] of parts) texts.set(element, all.slice(from, to).trim());
  for (const element of breaks) texts.set(element, visibleText(element));
  return texts;
}
