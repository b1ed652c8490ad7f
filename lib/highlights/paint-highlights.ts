import { rawRange } from './folded-text';
import type { HighlightColor } from './highlight';
import type { TextIndex } from './text-index';

/** A highlight placed in the rendered text: folded offsets, as locateQuote gives them. */
export interface PlacedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  hasNote: boolean;
}

/** The attribute our marks carry, apart from the search's own `<mark>`s. */
export const HIGHLIGHT_ATTRIBUTE = 'data-highlight';

/**
 * Wraps each placed highlight's text in `<mark data-highlight=id>`, one mark per text node it
 * covers (a highlight may cross paragraphs). Works from the end of the text backwards, so the
 * index's nodes and offsets stay valid for everything not yet wrapped; overlapping highlights are
 * cut where the later one starts. The first mark of each highlight can take focus, for the keyboard.
 */
export function paintHighlights(index: TextIndex, placed: readonly PlacedHighlight[]): void {
  const doc = index.root.ownerDocument;
  const order = [...placed].sort((a, b) => b.start - a.start || b.end - a.end);
  let limit = Infinity;
  // The last node that can still hold text to wrap: each highlight ends before the previous one
  // starts, so the nodes after it are done with, and the whole paint walks the nodes once.
  let last = index.nodes.length - 1;
  for (const highlight of order) {
    const { start, end } = rawRange(index.folded, highlight.start, highlight.end);
    const stop = Math.min(end, limit);
    limit = start;
    if (stop <= start) continue;
    while (last >= 0 && (index.starts[last] ?? 0) >= stop) last--;
    let first: Element | null = null;
    for (let i = last; i >= 0; i--) {
      const node = index.nodes[i];
      const from = index.starts[i] ?? 0;
      if (!node) continue;
      if (from >= stop) continue;
      if (from + node.data.length <= start) break;
      let piece = node;
      const cutEnd = stop - from;
      if (cutEnd < piece.data.length) splitAt(piece, cutEnd);
      const cutStart = start - from;
      if (cutStart > 0) piece = splitAt(piece, cutStart);
      // Whitespace between blocks (a table's or a list's own lines) is not wrapped: a mark there is invalid HTML.
      if (!NOT_SPACE.test(piece.data) && piece.parentElement?.matches('table, tbody, thead, tr, ul, ol'))
        continue;
      const mark = doc.createElement('mark');
      mark.setAttribute(HIGHLIGHT_ATTRIBUTE, highlight.id);
      mark.className = `highlight highlight-${highlight.color}${highlight.hasNote ? ' highlight-noted' : ''}`;
      piece.parentNode?.replaceChild(mark, piece);
      mark.appendChild(piece);
      first = mark;
    }
    first?.setAttribute('tabindex', '-1');
  }
}

const NOT_SPACE = /\S/;

/** Text.splitText, written out: the node keeps [0, at) and the new node after it takes the rest. */
function splitAt(node: Text, at: number): Text {
  const rest = node.ownerDocument.createTextNode(node.data.slice(at));
  node.data = node.data.slice(0, at);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Removes our highlight marks, keeping their text (the search's marks stay). */
export function clearHighlights(root: Element): void {
  // Each parent is normalised once, after all its marks are gone: once per mark joined a
  // paragraph's text again for every highlight in it.
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
