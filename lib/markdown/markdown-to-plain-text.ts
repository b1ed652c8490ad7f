import { dropHtmlTags, inlineToText } from './inline-to-text';
import { isSpaceCode, linkTargetEnd } from './link-target-end';

/**
 * Markdown read as text, at two depths. `markdownToPlainText` is the text a reader sees: the
 * capture counts its words and the benchmark scores it. `stripMarkdown` is the search index's
 * cheaper pass over every body: it removes only what would match falsely (addresses, tags) and
 * keeps the rest, image descriptions included, for the tokenizer to split.
 *
 * markdownToPlainText: no front matter, no URLs, no Markdown punctuation, one line per block
 * (paragraph, list item, table cell) so neighbouring words never glue into one token.
 *
 * Lines are read with scans and expressions that never repeat a group: a repeated group keeps a
 * backtracking entry per repetition, and one line of 8 MiB (a quote nested that deep, a long table
 * rule) overflowed the stack and made a capture throw.
 */

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*\S+/;
const LEADING_SPACE = /\s*/y;
const ONE_SPACE = /\s/y;
const LIST_OR_HEADING = /#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+/y;
const TABLE_CELL_RULE = /^:?-{2,}:?$/;
// A table row starts with a pipe: most lines fail this at their first letter, before the
// whole-line test reads them to the end.
const TABLE_ROW_START = /^\s*\|/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
// Every character of a table's rule line or a thematic break is one of these (or a space).
const RULE_CHARACTERS = /^[\s|:-]+$/;
const BREAK_CHARACTERS = /^[\s*_=-]+$/;

/** Converts a Markdown document or body to plain text with a line break between blocks. */
export function markdownToPlainText(markdown: string): string {
  const text = markdown.replace(FRONT_MATTER, '');
  const lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
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
    if (isTableSeparator(line) || isThematicBreak(line) || REFERENCE_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const body = line.slice(blockPrefixLength(line));
    const cells = TABLE_ROW_START.test(line) && TABLE_ROW.test(line) ? splitTableRow(body) : [body];
    // A trailing backslash or two trailing spaces is a hard line break: a line break in the text.
    for (const cell of cells) out.push(inlineToText(cell.endsWith('\\') ? cell.slice(0, -1) : cell).trim());
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `| --- | :-: |`: pipes around cells of two or more dashes, each with optional colons. */
function isTableSeparator(line: string): boolean {
  // Checked first: a line of prose is turned down at its first letter, with nothing copied.
  if (!RULE_CHARACTERS.test(line)) return false;
  const row = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return row.split('|').every((cell) => TABLE_CELL_RULE.test(cell.trim()));
}

/** `***`, `- - -`, `___`, `===`: three or more of one of those characters, spaces allowed. */
function isThematicBreak(line: string): boolean {
  if (!BREAK_CHARACTERS.test(line)) return false;
  let mark = '';
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (isSpaceCode(line.charCodeAt(i))) continue;
    const ch = line[i] as string;
    if (count === 0 && !'-*_='.includes(ch)) return false;
    if (count > 0 && ch !== mark) return false;
    mark = ch;
    count++;
  }
  return count >= 3;
}

/** The length of a line's quote markers (`> >`), heading hashes, list bullet or number and task box. */
function blockPrefixLength(line: string): number {
  let at = skip(LEADING_SPACE, line, 0);
  while (line.charCodeAt(at) === 62 /* > */) at = skip(ONE_SPACE, line, at + 1);
  at = skip(LEADING_SPACE, line, at);
  return skip(LIST_OR_HEADING, line, at);
}

/** Where a sticky expression's match at `from` ends; `from` when it does not match there. */
function skip(sticky: RegExp, text: string, from: number): number {
  sticky.lastIndex = from;
  return sticky.test(text) ? sticky.lastIndex : from;
}

/** Splits `| a | b |` on pipes that are not escaped. */
function splitTableRow(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

const BARE_URL = /\bhttps?:\/\/\S+/g;

/** Reduces Markdown to its words for indexing; URLs are dropped so every "https" does not match. */
export function stripMarkdown(markdown: string): string {
  // A tag runs to the next `>`. With none left, the rest of the text is taken as it is in one step,
  // instead of being scanned again from every later `<`.
  return dropHtmlTags(dropLinkTargets(markdown).replace(BARE_URL, ' '));
}

/** `[text](target)` and `![alt](address)` keep their bracketed part: `[text]`. */
function dropLinkTargets(markdown: string): string {
  let out = '';
  let kept = 0;
  let at = markdown.indexOf('](');
  while (at !== -1) {
    const end = linkTargetEnd(markdown, at + 2, false);
    if (end === -1) {
      at = markdown.indexOf('](', at + 1);
      continue;
    }
    out += markdown.slice(kept, at + 1);
    kept = end;
    at = markdown.indexOf('](', end);
  }
  return kept === 0 ? markdown : out + markdown.slice(kept);
}
