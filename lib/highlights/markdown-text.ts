import { foldedTextBuilder, type FoldedText } from './folded-text';

/**
 * The Markdown source folded as its rendering reads (see fold-text.ts), so a highlight's quote,
 * taken from the rendered page, is found in the source: link and image destinations, images, HTML
 * tags and the markers that open a line (headings, quotes, list items, fences) are left out.
 */
export function markdownText(markdown: string): FoldedText {
  const builder = foldedTextBuilder();
  let at = 0;
  const n = markdown.length;
  let lineStart = true;
  while (at < n) {
    if (lineStart) {
      lineStart = false;
      const marker = /[ \t]*(?:(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+|>|`{3,}.*|~{3,}.*){0,16}/y;
      marker.lastIndex = at;
      const m = marker.exec(markdown);
      if (m && m[0].length > 0) {
        builder.space(at);
        at += m[0].length;
        continue;
      }
    }
    const ch = markdown[at];
    if (ch === '\n') {
      builder.space(at);
      at++;
      lineStart = true;
    } else if (ch === '!' && markdown[at + 1] === '[') {
      // An image shows no text: its description is not part of the page's text.
      at = skipLink(markdown, at + 1);
    } else if (ch === ']' && markdown[at + 1] === '(') {
      at = skipDestination(markdown, at + 1);
    } else if (ch === '<' && /[A-Za-z/!]/.test(markdown[at + 1] ?? '')) {
      const close = markdown.indexOf('>', at);
      at = close === -1 ? n : close + 1;
    } else if (ch === '|') {
      builder.space(at);
      at++;
    } else {
      let end = at + 1;
      while (end < n && !'\n!]<|'.includes(markdown[end] ?? '')) end++;
      builder.add(markdown.slice(at, end), at);
      at = end;
    }
  }
  return builder.finish();
}

/** Past `[text](destination)` starting at `[`; past the `[` alone when it is no link. */
function skipLink(markdown: string, open: number): number {
  let depth = 0;
  for (let i = open; i < markdown.length; i++) {
    const c = markdown[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0)
      return markdown[i + 1] === '(' ? skipDestination(markdown, i + 1) : i + 1;
    else if (c === '\n' && markdown[i + 1] === '\n') break;
  }
  return open + 1;
}

/** Past `(destination "title")` starting at `(`, parentheses nested; `open` when it never closes. */
export function skipDestination(markdown: string, open: number): number {
  let depth = 0;
  for (let i = open; i < markdown.length; i++) {
    const c = markdown[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
    else if (c === '\n' && markdown[i + 1] === '\n') break;
  }
  return open;
}
