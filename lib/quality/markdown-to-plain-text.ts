/**
 * Markdown to the text a reader sees, for scoring: no front matter, no URLs, no Markdown punctuation,
 * one line per block (paragraph, list item, table cell) so neighbouring words never glue into one token.
 */

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const THEMATIC_BREAK = /^\s*([-*_=])(\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*\S+/;
const BLOCK_PREFIX = /^\s*(?:>\s?)*\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?/;

/** Converts a Markdown document or body to plain text with a line break between blocks. */
export function markdownToPlainText(markdown: string): string {
  const lines = markdown.replace(FRONT_MATTER, '').split(/\r?\n/);
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      continue;
    }
    if (TABLE_SEPARATOR.test(line) || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const body = line.replace(BLOCK_PREFIX, '');
    const cells = /^\s*\|.*\|\s*$/.test(line) ? splitTableRow(body) : [body];
    // A trailing backslash or two trailing spaces is a hard line break: a line break in the text.
    for (const cell of cells) out.push(inlineToText(cell.replace(/\\$/, '')).trim());
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits `| a | b |` on pipes that are not escaped. */
function splitTableRow(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

/** Strips inline Markdown: images, link targets, emphasis, code ticks, HTML tags, escapes. */
function inlineToText(text: string): string {
  const codeSpans: string[] = [];
  // Code spans are literal: set them aside so their underscores and stars survive.
  let s = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => {
    codeSpans.push(code.trim());
    return `\uE000${codeSpans.length - 1}\uE000`;
  });
  s = s
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, (_m, ch: string) => `\uE001${ch.charCodeAt(0)}\uE001`)
    .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    // Link text may hold balanced brackets of its own: [Review [Video]](url).
    .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/~~/g, '')
    .replace(/\*+/g, '')
    // An underscore run touching a non-word character is an emphasis delimiter; inside a word it is text.
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
  s = s.replace(/\uE001(\d+)\uE001/g, (_m, code: string) => String.fromCharCode(Number(code)));
  return s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => codeSpans[Number(i)] ?? '');
}
