import { isInDroppedElement } from './dropped-elements.ts';
import { classTokens, closestAncestor } from './dom-queries.ts';

/**
 * Which in-page links are footnote references and which elements their notes, found before conversion
 * so that references and definitions come out matching: a `[^label]` is only written for a note that
 * will be written as `[^label]: …`, and the other way round.
 */
export interface FootnoteIndex {
  /** Note element id → its label. */
  labels: Map<string, string>;
  /** Ids of the references and their wrappers: links to them from a note are "back to text" arrows. */
  referenceIds: Set<string>;
}

const NOTE_TAGS = new Set(['LI', 'P', 'DIV', 'SECTION', 'ASIDE', 'DD', 'SPAN']);
const NOTE_ROLES = new Set(['doc-endnote', 'doc-footnote']);
const FOOTNOTE_WORDS = /fn|foot|note|cite|endnote/i;
/** Where neither a reference nor a definition survives as such: the text there is flattened or verbatim. */
const FLATTENING = ['PRE', 'CODE', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'FIGCAPTION'];

/** Finds the footnotes of an article: `<sup><a href="#fn1">1</a></sup>` and the notes they point at. */
export function buildFootnoteIndex(root: ParentNode): FootnoteIndex {
  const index: FootnoteIndex = { labels: new Map(), referenceIds: new Set() };
  const byId = new Map<string, Element>();
  for (const element of Array.from(root.querySelectorAll('[id]'))) {
    if (!byId.has(element.id)) byId.set(element.id, element);
  }
  const usedLabels = new Map<string, string>();
  for (const anchor of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const id = fragmentId(anchor.getAttribute('href') ?? '');
    const note = id === null ? undefined : byId.get(id);
    if (!note || !looksLikeReference(anchor) || !looksLikeNote(note, anchor)) continue;
    if (isInDroppedElement(anchor) || closestAncestor(anchor, FLATTENING)) continue;
    let label = index.labels.get(note.id);
    if (!label) {
      label = uniqueLabel(anchor, note.id, usedLabels);
      index.labels.set(note.id, label);
    }
    for (let node: Node | null = anchor; node && node !== root; node = node.parentNode) {
      const element = node as Element;
      if (element.id) index.referenceIds.add(element.id);
      if (element.nodeName !== 'A' && element.nodeName !== 'SUP' && element.nodeName !== 'SPAN') break;
    }
  }
  return index;
}

/** The element id an in-page link (`#…`) points at, decoded; null when it names none. */
export function fragmentId(href: string): string | null {
  try {
    return decodeURIComponent(href.slice(1)) || null;
  } catch {
    return href.slice(1) || null;
  }
}

function looksLikeReference(anchor: Element): boolean {
  if (closestAncestor(anchor, ['SUP']) || anchor.querySelector('sup')) return true;
  const markers = [anchor, anchor.parentNode as Element | null].flatMap((element) =>
    element?.getAttribute
      ? [...classTokens(element), element.getAttribute('role') ?? '', element.getAttribute('rel') ?? '']
      : [],
  );
  return markers.some((marker) => /footnote|fnref|noteref/i.test(marker));
}

function looksLikeNote(note: Element, anchor: Element): boolean {
  if (!NOTE_TAGS.has(note.nodeName) || note.contains(anchor)) return false;
  if (!(note.textContent ?? '').trim() || isInDroppedElement(note) || closestAncestor(note, FLATTENING))
    return false;
  if (NOTE_ROLES.has(note.getAttribute('role') ?? '')) return true;
  if (note.nodeName === 'LI') return true;
  return FOOTNOTE_WORDS.test(`${note.id} ${note.getAttribute('class') ?? ''}`);
}

/** The label the page shows (`1`, `a`, `[2]` → `2`) when it is short and free, else the next number. */
function uniqueLabel(anchor: Element, noteId: string, used: Map<string, string>): string {
  const shown = (anchor.textContent ?? '').replace(/[\s[\]()]/g, '');
  let label = /^[\w-]{1,12}$/.test(shown) ? shown : String(used.size + 1);
  for (let n = 2; used.has(label); n++) label = `${shown || 'note'}-${n}`;
  used.set(label, noteId);
  return label;
}
