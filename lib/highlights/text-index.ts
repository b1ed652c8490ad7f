import { foldedIndexAt, foldedTextBuilder, type FoldedText } from './folded-text';

/** The rendered text of an element: its text nodes in order, their raw offsets, and the folded text. */
export interface TextIndex {
  root: Element;
  nodes: Text[];
  /** Raw offset of each text node (the sum of the lengths before it). */
  starts: number[];
  folded: FoldedText;
}

/** A selection's ends, as a DOM Range or StaticRange gives them. */
export interface RangeEnds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Elements whose edges separate words even where the markup puts no space between them. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr img li ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Text the page never shows as text: math's TeX source rides along inside MathML's annotation. */
const UNSEEN = new Set(['script', 'style', 'annotation', 'template']);

/** Indexes the text under `root`, as shown, for placing and describing highlights. */
export function indexText(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const builder = foldedTextBuilder();
  let raw = 0;
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        nodes.push(text);
        starts.push(raw);
        builder.add(text.data, raw);
        raw += text.data.length;
      } else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (UNSEEN.has(name)) continue;
        const block = BLOCKS.has(name);
        if (block) builder.space(raw);
        walk(child);
        if (block) builder.space(raw);
      }
    }
  };
  walk(root);
  return { root, nodes, starts, folded: builder.finish() };
}

const FOLLOWING = 4;

/** The raw offset of a boundary point: inside a text node, or before the first text after it. */
function rawOffsetOf(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    if (i !== -1) return (index.starts[i] ?? 0) + Math.min(offset, (container as Text).data.length);
  }
  const ref = container.nodeType === 3 ? container : (container.childNodes[offset] ?? null);
  const after = (t: Text) =>
    ref !== null
      ? ref === t || ref.contains(t) || (ref.compareDocumentPosition(t) & FOLLOWING) !== 0
      : !container.contains(t) && (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(index.nodes[mid] as Text)) hi = mid;
    else lo = mid + 1;
  }
  const node = index.nodes[lo];
  return node ? (index.starts[lo] ?? 0) : (index.starts.at(-1) ?? 0) + (index.nodes.at(-1)?.data.length ?? 0);
}

/** A selection as a folded range, or null when it holds no text of the index. */
export function foldedRangeOf(index: TextIndex, range: RangeEnds): { start: number; end: number } | null {
  const rawStart = rawOffsetOf(index, range.startContainer, range.startOffset);
  const rawEnd = rawOffsetOf(index, range.endContainer, range.endOffset);
  let start = foldedIndexAt(index.folded, rawStart);
  let end = foldedIndexAt(index.folded, rawEnd);
  const { text } = index.folded;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return end > start ? { start, end } : null;
}

/** The text of a raw range as the page shows it, spaces collapsed. */
export function shownText(index: TextIndex, rawStart: number, rawEnd: number): string {
  let out = '';
  let lastBlock: Node | null = null;
  index.nodes.forEach((node, i) => {
    const from = index.starts[i] ?? 0;
    const to = from + node.data.length;
    if (to <= rawStart || from >= rawEnd) return;
    // Text of two paragraphs is two sentences, even where no space sits between them in the markup.
    const block = blockOf(node, index.root);
    if (lastBlock && block !== lastBlock) out += ' ';
    lastBlock = block;
    out += node.data.slice(Math.max(0, rawStart - from), Math.min(node.data.length, rawEnd - from));
  });
  return out.replace(/\s+/g, ' ').trim();
}

function blockOf(node: Node, root: Element): Node {
  let at = node.parentNode;
  while (at && at !== root && !(at.nodeType === 1 && BLOCKS.has((at as Element).localName)))
    at = at.parentNode;
  return at ?? root;
}
