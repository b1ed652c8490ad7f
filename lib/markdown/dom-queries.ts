/** Small DOM helpers that work the same on browser nodes and linkedom nodes. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Elements whose text no reader ever sees: scripts, styles, templates and head metadata, in lower
 * case. Each step that skips or drops non-content starts from this list and adds its own.
 */
export const NON_CONTENT_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
];

/** The element's classes, lower-cased. */
export function classTokens(element: Element): string[] {
  // Most elements of an article have no class: spare them the split (this runs for every element).
  const value = element.getAttribute('class');
  if (!value) return [];
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The nearest ancestor (not the node itself) with one of `tags` (upper case), or null. */
export function closestAncestor(node: Node, tags: readonly string[]): Element | null {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (parent.nodeType === ELEMENT_NODE && tags.includes(parent.nodeName)) return parent as Element;
  }
  return null;
}

/** Element children, for code that must not trip over whitespace text between them. */
export function elementChildren(node: Node): Element[] {
  return Array.from(node.childNodes).filter((child): child is Element => child.nodeType === ELEMENT_NODE);
}

/** Every descendant element with one of `tags`, in document order. */
export function descendants(root: Element, tags: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(tags.join(',')));
}

/** Turndown's block elements, plus a few it treats as inline but browsers show on their own line. */
const BLOCK_TAGS = new Set([
  ...['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT'],
  ...['FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI'],
  ...['MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR'],
]);

/**
 * The character the reader sees right before (or after) the node, looking through inline parents;
 * a space at a block edge or line break. Emphasis delimiters depend on it (CommonMark's flanking rules).
 */
export function adjacentChar(node: Node, side: 'before' | 'after'): string {
  let current: Node | null = node;
  while (current) {
    const sibling: Node | null = side === 'before' ? current.previousSibling : current.nextSibling;
    if (!sibling) {
      current = current.parentNode;
      if (!current || BLOCK_TAGS.has(current.nodeName)) return ' ';
      continue;
    }
    if (BLOCK_TAGS.has(sibling.nodeName)) return ' ';
    // An image becomes `![…](…)`: punctuation at both ends.
    if (sibling.nodeName === 'IMG') return side === 'before' ? ')' : '!';
    const text = sibling.textContent ?? '';
    if (text) return side === 'before' ? text.charAt(text.length - 1) : text.charAt(0);
    current = sibling;
  }
  return ' ';
}
