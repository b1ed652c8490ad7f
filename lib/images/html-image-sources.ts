/** The `src` of one `<img>` in HTML text, decoded, and where its raw value sits in that text. */
export interface HtmlImageSource {
  src: string;
  /** Offsets of the attribute's value as written (inside any quotes), for a rewrite in place. */
  start: number;
  end: number;
}

/**
 * The `src` of each `<img>` tag in a piece of raw HTML (what Markdown keeps as HTML: a table, a
 * figure, an inline tag), read the way a browser's tokenizer reads a start tag: attribute names in
 * any case, values quoted or not, character references decoded. A scan without DOM, since the
 * worker that stores images has none; it never backtracks, whatever the input.
 */
export function htmlImageSources(html: string): HtmlImageSource[] {
  const found: HtmlImageSource[] = [];
  const lower = html.toLowerCase();
  let comment = lower.indexOf('<!--');
  for (let at = lower.indexOf('<img'); at !== -1;) {
    if (comment !== -1 && comment < at) {
      // Inside a comment it is no tag: go on after the comment.
      const close = lower.indexOf('-->', comment + 4);
      if (close === -1) break;
      comment = lower.indexOf('<!--', close + 3);
      at = lower.indexOf('<img', close + 3);
      continue;
    }
    const after = html[at + 4];
    // `<img` followed by the end of the name: whitespace, `/` or `>` (not `<imgx`).
    if (after !== undefined && !/[\s/>]/.test(after)) {
      at = lower.indexOf('<img', at + 4);
      continue;
    }
    const tag = readTag(html, at + 4);
    if (tag.src) found.push(tag.src);
    // A tag left open takes the rest of the text, as in a browser: no tag follows it.
    if (tag.end === -1) break;
    at = lower.indexOf('<img', tag.end);
  }
  return found;
}

/** Reads a start tag's attributes from `at` up to its `>`: its first `src`, and where it ends (-1: never). */
function readTag(html: string, at: number): { src: HtmlImageSource | null; end: number } {
  let src: HtmlImageSource | null = null;
  let i = at;
  while (i < html.length) {
    while (i < html.length && /[\s/]/.test(html[i] ?? '')) i++;
    if (i >= html.length) break;
    if (html[i] === '>') return { src, end: i + 1 };
    const nameStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i] ?? '')) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && /\s/.test(html[i] ?? '')) i++;
    if (html[i] !== '=') continue;
    i++;
    while (i < html.length && /\s/.test(html[i] ?? '')) i++;
    const quote = html[i] === '"' || html[i] === "'" ? html[i] : null;
    const start = quote ? i + 1 : i;
    let end = start;
    if (quote) {
      end = html.indexOf(quote, start);
      if (end === -1) break;
      i = end + 1;
    } else {
      while (end < html.length && !/[\s>]/.test(html[end] ?? '')) end++;
      i = end;
    }
    // The first of two attributes of one name counts, as in a browser.
    if (name === 'src' && !src) src = { src: decodeReferences(html.slice(start, end)), start, end };
  }
  return { src: null, end: -1 };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes numeric character references and the named ones an address carries in practice (`&amp;`
 * above all). An address with another named reference gets another key than the browser's, so
 * its image shows as a placeholder: never loaded from the network either way.
 */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}
