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
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The element's class and id attributes as one lower-cased string, for word patterns naming
 * structure like "credit" or "related" (a list of classes alone is `classTokens` in dom-queries.ts).
 */
export function classAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Collapsed text with its edges still on, and whether it starts or ends with the one space left. */
interface LooseText {
  text: string;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
}

/**
 * `visibleText` of every element in `elements` (all of a subtree, in document order), worked out
 * bottom-up in one pass: a child's collapsed text is part of its parent's, so no text is read twice.
 */
export function visibleTexts(elements: readonly Element[]): Map<Element, string> {
  const loose = new Map<Element, LooseText>();
  // Children come after their parent in document order: going backwards meets them first.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    let text = '';
    let startsWithSpace = false;
    let endsWithSpace = false;
    const append = (part: LooseText): void => {
      if (part.text === '') return;
      // Two runs of whitespace that meet at the seam are one run: one space.
      const skip = endsWithSpace && part.startsWithSpace ? 1 : 0;
      if (text === '') startsWithSpace = part.startsWithSpace;
      text += skip ? part.text.slice(1) : part.text;
      endsWithSpace = part.endsWithSpace;
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) append(looseText(child.nodeValue ?? ''));
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).tagName.toLowerCase() === 'br') append(SPACE);
      else append(loose.get(child as Element) ?? looseText(visibleText(child as Element)));
    }
    loose.set(element, { text, startsWithSpace, endsWithSpace });
  }
  const texts = new Map<Element, string>();
  for (const [element, { text }] of loose) texts.set(element, text.trim());
  return texts;
}

const SPACE: LooseText = { text: ' ', startsWithSpace: true, endsWithSpace: true };

function looseText(raw: string): LooseText {
  const text = raw.replace(/\s+/g, ' ');
  return { text, startsWithSpace: text.startsWith(' '), endsWithSpace: text.endsWith(' ') };
}
