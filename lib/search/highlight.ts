import { WORD } from './parse-query';
import { tokenize } from './parse-query';

/** A run of text, marked when it is a search match. */
export interface TextSegment {
  text: string;
  match: boolean;
}

// A word never holds this character (see WORD), so a term ending in it can only be a prefix.
const ANY_ENDING = '*';

/** The highlight term for a word still being typed: it marks every word that starts with `prefix`. */
export function prefixTerm(prefix: string): string {
  return prefix + ANY_ENDING;
}

/** Whether a token is one of `terms`, or starts with one of its prefix terms. */
function termMatcher(terms: readonly string[]): ((token: string) => boolean) | null {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    if (t.endsWith(ANY_ENDING)) prefixes.push(t.slice(0, -ANY_ENDING.length));
    else whole.add(t);
  }
  if (whole.size === 0 && prefixes.length === 0) return null;
  return (token) => whole.has(token) || prefixes.some((p) => token.startsWith(p));
}

/**
 * Splits text into plain and matching runs for rendering as text (never as HTML). A word matches
 * when it tokenizes to one of `terms`, the words the index reported as matched, or starts with one
 * of its prefix terms (see prefixTerm).
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const matches = termMatcher(terms);
  if (matches === null || text === '') return text === '' ? [] : [{ text, match: false }];
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const token = tokenize(m[0])[0];
    if (token === undefined || !matches(token)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/**
 * Wraps matching words inside an already sanitised element in `<mark>`, touching text nodes only,
 * so the reading view shows where the search matched. Returns how many words were marked.
 */
export function markMatches(root: Element, terms: readonly string[]): number {
  // Most openings come from the list, not a search: nothing to look for in a long body's every word.
  if (terms.length === 0) return 0;
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) texts.push(child as Text);
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'MARK'].includes((child as Element).tagName))
        walk(child);
    }
  };
  walk(root);
  let marked = 0;
  for (const node of texts) {
    const segments = highlightSegments(node.data, terms);
    if (!segments.some((s) => s.match)) continue;
    const frag = doc.createDocumentFragment();
    for (const s of segments) {
      if (!s.match) frag.appendChild(doc.createTextNode(s.text));
      else {
        const mark = doc.createElement('mark');
        mark.textContent = s.text;
        frag.appendChild(mark);
        marked++;
      }
    }
    node.parentNode?.replaceChild(frag, node);
  }
  return marked;
}
