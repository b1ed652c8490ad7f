import { LITERAL_MARK as M } from './conversion-context.ts';

/*
 * Turndown's own escaping backslashes every `*`, `_`, `[`, `-`, `1.` … it meets, which litters plain prose.
 * Whether a character changes the Markdown meaning depends on where it ends up: at the start of a line,
 * next to an emphasis partner, before `(`. A text node cannot see that, the finished text can. So text
 * nodes only mark their possibly-special characters (markLiterals) and, once the whole document is
 * assembled, resolveEscapes decides for each marked character with the final surroundings, following
 * CommonMark (https://spec.commonmark.org/0.31.2/) and GFM. Marks never survive into the output.
 */

const STRAY_MARKS = /[\uFDD0\uFDD1]/g;
/** Characters that can matter anywhere in a line. */
const ANYWHERE = /[\\*_`[\]<&~]/g;
/** Characters that only matter where a line starts; text nodes are single lines once whitespace collapses. */
const LINE_START = /^([ \t]*)([-+#>=])/;
const ORDERED_MARKER = /^([ \t]*\d{1,9})([.)])/;
const CLOSING_HASHES = / (#+)([ \t]*)$/;

/** What a rendered line may start with before its own text: quote markers, list markers, a footnote label. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+|\[\^[^\]\s]+\]:[ \t]*))*[ \t]*$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/** Marks the characters of a text node that might need a backslash once their final place is known. */
export function markLiterals(text: string): string {
  return text
    .replace(STRAY_MARKS, '')
    .replace(ANYWHERE, `${M}$&`)
    .replace(LINE_START, `$1${M}$2`)
    .replace(ORDERED_MARKER, `$1${M}$2`)
    .replace(CLOSING_HASHES, ` ${M}$1$2`);
}

/** Turns every marked character into itself, with a backslash only where it would otherwise be syntax. */
export function resolveEscapes(markdown: string): string {
  if (!markdown.includes(M)) return markdown;
  // A chunk is a run of lines without a blank one: emphasis, code spans and links never cross it.
  return markdown
    .split(/(\n[ \t]*\n)/)
    .map((chunk) => (chunk.includes(M) ? resolveChunk(chunk) : chunk))
    .join('');
}

interface DelimiterRun {
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
}

class Chunk {
  readonly text: string;
  readonly literal: boolean[] = [];
  private readonly runs = new Map<string, DelimiterRun[]>();

  constructor(marked: string) {
    const chars: string[] = [];
    let pending = false;
    for (const char of marked) {
      if (char === M) {
        pending = true;
        continue;
      }
      // Astral characters are one iteration but two code units; keep `literal` aligned with `text`.
      for (let k = 0; k < char.length; k++) this.literal.push(pending && k === 0);
      chars.push(char);
      pending = false;
    }
    this.text = chars.join('');
  }

  char(i: number): string {
    return this.text[i] ?? '\n';
  }

  restOfLine(i: number): string {
    const end = this.text.indexOf('\n', i);
    return this.text.slice(i, end === -1 ? undefined : end);
  }

  atLineStart(i: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', i - 1) + 1;
    return CONTAINER_PREFIX.test(this.text.slice(lineStart, i));
  }

  afterListMarker(i: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', i - 1) + 1;
    return (
      CONTAINER_PREFIX.test(this.text.slice(lineStart, i)) &&
      /(?:[-+*]|\d[.)])[ \t]+$/.test(this.text.slice(lineStart, i))
    );
  }

  runsOf(c: string): DelimiterRun[] {
    let runs = this.runs.get(c);
    if (!runs) {
      runs = findRuns(this.text, c);
      this.runs.set(c, runs);
    }
    return runs;
  }
}

function resolveChunk(marked: string): string {
  const chunk = new Chunk(marked);
  const out: string[] = [];
  for (let i = 0; i < chunk.text.length; i++) {
    if (chunk.literal[i] && needsEscape(chunk, i)) out.push('\\');
    out.push(chunk.char(i));
  }
  return out.join('');
}

function needsEscape(chunk: Chunk, i: number): boolean {
  const c = chunk.char(i);
  const next = chunk.char(i + 1);
  switch (c) {
    case '\\':
      // A backslash escapes only punctuation, and before a line end it is a hard break.
      return ASCII_PUNCTUATION.test(next) || next === '\n';
    case '*':
    case '_':
    case '~':
      return delimiterNeedsEscape(chunk, i, c);
    case '`':
      return backtickNeedsEscape(chunk, i);
    case '[':
      // `[^1]` is a footnote, `^[note]` an inline one (Obsidian, Pandoc), `[[x]]` an Obsidian link,
      // `- [ ]` a task box.
      return (
        next === '^' ||
        next === '[' ||
        chunk.char(i - 1) === '^' ||
        (chunk.afterListMarker(i) && /^\[[ xX]\]/.test(chunk.restOfLine(i)))
      );
    case ']':
      return (next === '(' || next === '[' || next === ':') && chunk.text.lastIndexOf('[', i) !== -1;
    case '<':
      return /[A-Za-z/!?]/.test(next);
    case '&':
      return /^&#?[A-Za-z0-9]{1,32};/.test(chunk.text.slice(i, i + 40));
    case '#':
      return hashNeedsEscape(chunk, i);
    case '>':
      return chunk.atLineStart(i);
    case '-':
      return chunk.atLineStart(i) && /^-(?:[ \t]|$)|^-[- \t]*$/.test(chunk.restOfLine(i));
    case '+':
      return chunk.atLineStart(i) && /^\+(?:[ \t]|$)/.test(chunk.restOfLine(i));
    case '=':
      return chunk.atLineStart(i) && /^=+[ \t]*$/.test(chunk.restOfLine(i));
    case '.':
    case ')':
      return orderedMarkerNeedsEscape(chunk, i);
    default:
      return false;
  }
}

function delimiterNeedsEscape(chunk: Chunk, i: number, c: string): boolean {
  const runs = chunk.runsOf(c);
  const run = runAt(runs, i);
  if (hasOwnDelimiter(chunk, run)) return true; // touches our own delimiter
  if (chunk.atLineStart(run.start)) {
    const rest = chunk.restOfLine(run.start);
    if (/^([*_-])(?:[ \t]*\1){2,}[ \t]*$/.test(rest)) return true; // thematic break
    if (c === '*' && run.end - run.start === 1 && /^\*(?:[ \t]|$)/.test(rest)) return true; // bullet
    if (c === '~' && run.end - run.start >= 3) return true; // code fence
  }
  if (!run.canOpen && !run.canClose) return false;
  // Emphasis needs a partner: an opener a closer after it, a closer an opener before it. Our own
  // delimiters count whatever their flanking here: escaping a neighbour changes it.
  return runs.some(
    (other) =>
      other !== run &&
      (hasOwnDelimiter(chunk, other) ||
        (run.canOpen && other.start > run.start && other.canClose) ||
        (run.canClose && other.start < run.start && other.canOpen)),
  );
}

function hasOwnDelimiter(chunk: Chunk, run: DelimiterRun): boolean {
  for (let k = run.start; k < run.end; k++) if (!chunk.literal[k]) return true;
  return false;
}

function runAt(runs: DelimiterRun[], i: number): DelimiterRun {
  // Every marked delimiter character lies in a run, as findRuns scans the same text.
  return (
    runs.find((r) => r.start <= i && i < r.end) ?? { start: i, end: i + 1, canOpen: false, canClose: false }
  );
}

function findRuns(text: string, c: string): DelimiterRun[] {
  const runs: DelimiterRun[] = [];
  for (let start = text.indexOf(c); start !== -1; start = text.indexOf(c, start + 1)) {
    let end = start;
    while (text[end] === c) end++;
    const before = text[start - 1] ?? '\n';
    const after = text[end] ?? '\n';
    const beforeSpace = WHITESPACE.test(before);
    const afterSpace = WHITESPACE.test(after);
    const beforePunct = PUNCTUATION.test(before);
    const afterPunct = PUNCTUATION.test(after);
    const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    // `_` inside a word (snake_case) neither opens nor closes; `*` and `~` do.
    const canOpen = c === '_' ? left && (!right || beforePunct) : left;
    const canClose = c === '_' ? right && (!left || afterPunct) : right;
    runs.push({ start, end, canOpen, canClose });
    start = end - 1;
  }
  return runs;
}

function backtickNeedsEscape(chunk: Chunk, i: number): boolean {
  const runs = chunk.runsOf('`');
  const run = runAt(runs, i);
  if (run.end - run.start >= 3 && chunk.atLineStart(run.start)) return true; // code fence
  // A code span may open on any other run. Escaping is all or nothing: inside a code span a backslash
  // is literal, so an escaped backtick can still close a span an unescaped one opened.
  return runs.length > 1;
}

function hashNeedsEscape(chunk: Chunk, i: number): boolean {
  if (chunk.atLineStart(i) && /^#{1,6}(?:[ \t]|$)/.test(chunk.restOfLine(i))) return true;
  // `## Issue #` would lose its `#` as the heading's optional closing sequence.
  const lineStart = chunk.text.lastIndexOf('\n', i - 1) + 1;
  const isHeading = /^[ \t]*#{1,6}[ \t]/.test(chunk.text.slice(lineStart, i));
  return isHeading && chunk.char(i - 1) === ' ' && /^#+[ \t]*$/.test(chunk.restOfLine(i));
}

function orderedMarkerNeedsEscape(chunk: Chunk, i: number): boolean {
  let start = i;
  while (start > 0 && /\d/.test(chunk.char(start - 1))) start--;
  const digits = i - start;
  return digits >= 1 && digits <= 9 && chunk.atLineStart(start) && /[ \t\n]/.test(chunk.char(i + 1));
}
