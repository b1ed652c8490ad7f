/**
 * Text folded for matching: two renderings of the same words (a re-capture, a quote typed with
 * straight apostrophes, Markdown source against the rendered page) fold to the same string.
 * Whitespace of any kind becomes one space; curly quotes, dashes and ellipses become ASCII;
 * accents, zero-width characters and Markdown's emphasis and escape punctuation are dropped.
 */

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};

/** Dropped outright: Markdown punctuation that the rendered page does not show, and invisible marks. */
const DROPPED = new Set([
  '*',
  '_',
  '~',
  '`',
  '\\',
  '[',
  ']',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
]);

const cache = new Map<string, string>();

/** The folded form of one character (one code point): '' when it is dropped, ' ' for any space. */
export function foldChar(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (code === 32 || (code >= 9 && code <= 13)) return ' ';
      return DROPPED.has(ch) ? '' : ch;
    }
  }
  let folded = cache.get(ch);
  if (folded === undefined) {
    if (/\s/u.test(ch)) folded = ' ';
    else if (DROPPED.has(ch)) folded = '';
    else folded = REPLACEMENTS[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    cache.set(ch, folded);
  }
  return folded;
}

/** Folds a whole string (spaces collapsed, ends kept as they fold). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    for (const c of foldChar(ch)) {
      if (c === ' ' && (out.endsWith(' ') || out === '')) continue;
      out += c;
    }
  }
  return out;
}
