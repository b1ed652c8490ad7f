import { Lexer, type Token, type Tokens } from 'marked';
import { htmlImageSources } from './html-image-sources';

/** One image of the Markdown: its address as the parser reads it, and as the text writes it. */
export interface ImageDestination {
  /** The address after the parser's unescaping (marked's `href`, or an `<img>`'s decoded `src`). */
  href: string;
  /** The destination exactly as written between `](` and the title or `)`, or as the `src` value. */
  raw: string;
}

/**
 * The Markdown with some image destinations replaced, every other character kept as it was: the
 * images are found by the reading view's parser (marked), and only the destination's own span in
 * the source is rewritten. `replace` returns the new destination text, or null to keep it. An image
 * whose source text cannot be found as one piece (one that spans lines inside a quote, say) is kept.
 */
// marked gives no source offsets, so every leaf token (text, code, image…) is found in turn from
// where the one before it ended: the text of a code span that looks like an image is passed over as
// the code span it is, never taken for the image after it.
export function replaceImageDestinations(
  markdown: string,
  replace: (destination: ImageDestination) => string | null,
): string {
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(markdown);
  } catch {
    // Markdown the parser overflows on shows no images in the reading view, so none are relinked.
    return markdown;
  }
  const parts: string[] = [];
  let copied = 0;
  let cursor = 0;
  for (const leaf of leavesOf(tokens)) {
    const at = markdown.indexOf(leaf.raw, cursor);
    if (at < 0) continue;
    cursor = at + leaf.raw.length;
    for (const { href, span } of destinationsOf(leaf)) {
      const raw = leaf.raw.slice(span[0], span[1]);
      const next = replace({ href, raw });
      if (next === null || next === raw) continue;
      parts.push(markdown.slice(copied, at + span[0]), next);
      copied = at + span[1];
    }
  }
  if (parts.length === 0) return markdown;
  parts.push(markdown.slice(copied));
  return parts.join('');
}

/** The image destinations of one leaf token, each with its span in the token's source, in order. */
function destinationsOf(leaf: Token): Array<{ href: string; span: [number, number] }> {
  if (leaf.type === 'html') {
    return htmlImageSources(leaf.raw).map(({ src, start, end }) => ({ href: src, span: [start, end] }));
  }
  if (leaf.type !== 'image') return [];
  const span = destinationSpan(leaf.raw);
  return span ? [{ href: (leaf as Tokens.Image).href, span }] : [];
}

/** Every token without children, and every image, in source order (an image in a link included). */
function leavesOf(tokens: readonly Token[]): Token[] {
  const found: Token[] = [];
  const visit = (list: readonly Token[]) => {
    for (const token of list) {
      const children: Token[][] = [];
      if (token.type !== 'image' && 'tokens' in token && Array.isArray(token.tokens)) {
        children.push(token.tokens as Token[]);
      }
      if (token.type === 'list') children.push(token.items as Token[]);
      if (token.type === 'table') {
        for (const cell of [...token.header, ...token.rows.flat()] as Tokens.TableCell[]) {
          children.push(cell.tokens);
        }
      }
      if (children.length === 0) found.push(token);
      else children.forEach(visit);
    }
  };
  visit(tokens);
  return found;
}

/**
 * Where the destination sits in an inline image's source, `![alt](destination "title")`, read as
 * CommonMark does: the alt's brackets balance (backslash escapes aside), then `(`, optional spaces,
 * and either `<…>` or a run without spaces whose parentheses balance. Null for a reference image.
 */
function destinationSpan(raw: string): [number, number] | null {
  if (!raw.startsWith('![')) return null;
  let at = 2;
  for (let depth = 1; depth > 0; at++) {
    const char = raw[at];
    if (char === undefined) return null;
    if (char === '\\') at++;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
  }
  if (raw[at] !== '(') return null;
  at++;
  while (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '\n') at++;
  const start = at;
  if (raw[at] === '<') {
    for (at++; raw[at] !== '>'; at++) {
      if (raw[at] === undefined || raw[at] === '\n') return null;
      if (raw[at] === '\\') at++;
    }
    return [start, at + 1];
  }
  for (let depth = 0; at < raw.length; at++) {
    const char = raw[at] as string;
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && depth-- === 0) break;
    else if (/\s/.test(char)) break;
  }
  return at > start ? [start, at] : null;
}
