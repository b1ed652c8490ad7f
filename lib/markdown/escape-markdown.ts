import { LITERAL_MARK as M } from './conversion-context.ts';
import { MarkedChunk, runIndexAt, type DelimiterRun, type DelimiterRuns } from './marked-chunk.ts';

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
const ANYWHERE = /[\\*_`[\]<&~$]/g;
/** Characters that only matter where a line starts; text nodes are single lines once whitespace collapses. */
const LINE_START = /^([ \t]*)([-+#>=])/;
const ORDERED_MARKER = /^([ \t]*\d{1,9})([.)])/;
const CLOSING_HASHES = / (#+)([ \t]*)$/;
/**
 * Whether any of the five patterns above (or a stray mark) can match: most text nodes are plain
 * words. Two tests, not one alternation, which would try the line-start branch at every character.
 */
const MARK_ANYWHERE = /[\uFDD0\uFDD1\\*_`[\]<&~#$]/;
const MARK_AT_START = /^[ \t]*[-+>=\d]/;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Marks the characters of a text node that might need a backslash once their final place is known. */
export function markLiterals(text: string): string {
  if (!MARK_ANYWHERE.test(text) && !MARK_AT_START.test(text)) return text;
  return text
    .replace(STRAY_MARKS, '')
    .replace(ANYWHERE, `${M}$&`)
    .replace(LINE_START, `$1${M}$2`)
    .replace(ORDERED_MARKER, `$1${M}$2`)
    .replace(CLOSING_HASHES, ` ${M}$1$2`);
}

/**
 * Turns every marked character into itself, with a backslash only where it would otherwise be
 * syntax. `referenceLabels` are link labels the text defines (`[1]: …`): page text such as a
 * citation mark `[1]` would link to one, so its bracket is escaped.
 */
export function resolveEscapes(markdown: string, referenceLabels: ReadonlySet<string> = NO_LABELS): string {
  if (!markdown.includes(M)) return markdown;
  // A chunk is a run of lines without a blank one: emphasis, code spans and links never cross it.
  return markdown
    .split(/(\n[ \t]*\n)/)
    .map((chunk) => (chunk.includes(M) ? resolveChunk(chunk, referenceLabels) : chunk))
    .join('');
}

const NO_LABELS: ReadonlySet<string> = new Set();
/** A shortcut reference such as `[ 12 ]`: labels match with their edge spaces trimmed. */
const NUMBERED_LABEL = /\[[ \t\n]*(\d{1,9})[ \t\n]*\]/y;

function resolveChunk(marked: string, referenceLabels: ReadonlySet<string>): string {
  const chunk = new MarkedChunk(marked);
  const verdicts = new Map<DelimiterRun, boolean>();
  const out: string[] = [];
  let from = 0;
  for (const i of chunk.marked) {
    if (!needsEscape(chunk, i, verdicts) && !namesReference(chunk, i, referenceLabels)) continue;
    out.push(chunk.text.slice(from, i), '\\');
    from = i;
  }
  out.push(chunk.text.slice(from));
  return out.join('');
}

function namesReference(chunk: MarkedChunk, i: number, labels: ReadonlySet<string>): boolean {
  if (labels.size === 0 || chunk.char(i) !== '[') return false;
  NUMBERED_LABEL.lastIndex = i;
  const label = NUMBERED_LABEL.exec(chunk.text)?.[1];
  return label !== undefined && labels.has(label);
}

// Tests of what follows a character up to the end of its line, at the character's own position.
const ENTITY = /&#?[A-Za-z0-9]{1,32};/y;
const TASK_BOX = /\[[ xX]\]/y;
const SETEXT_UNDERLINE = /=+[ \t]*(?=\n|$)/y;
const HEADING_MARKER = /#{1,6}(?:[ \t]|(?=\n|$))/y;
const HEADING_START = /[ \t]*#{1,6}[ \t]/y;
const CLOSING_SEQUENCE = /#+[ \t]*(?=\n|$)/y;

function matchesAt(pattern: RegExp, text: string, i: number): boolean {
  pattern.lastIndex = i;
  return pattern.test(text);
}

function needsEscape(chunk: MarkedChunk, i: number, verdicts: Map<DelimiterRun, boolean>): boolean {
  const c = chunk.char(i);
  const next = chunk.char(i + 1);
  switch (c) {
    case '\\':
      // A backslash escapes only punctuation, and before a line end it is a hard break.
      return ASCII_PUNCTUATION.test(next) || next === '\n';
    case '*':
    case '_':
    case '~':
    case '`':
      return runVerdict(chunk, i, c, verdicts);
    case '[':
      // `[^1]` is a footnote, `^[note]` an inline one (Obsidian, Pandoc), `[[x]]` an Obsidian link,
      // `- [ ]` a task box.
      return (
        next === '^' ||
        next === '[' ||
        chunk.char(i - 1) === '^' ||
        (chunk.afterListMarker(i) && matchesAt(TASK_BOX, chunk.text, i))
      );
    case ']':
      return (next === '(' || next === '[' || next === ':') && chunk.hasOpenBracketBefore(i);
    case '<':
      return /[A-Za-z/!?]/.test(next);
    case '$':
      // Math (`$x$`, `$$…$$`) needs two dollars in one paragraph: a lone one ("costs $5") stays as it is.
      return chunk.text.indexOf('$') !== i || chunk.text.includes('$', i + 1);
    case '&':
      return matchesAt(ENTITY, chunk.text, i);
    case '#':
      return hashNeedsEscape(chunk, i);
    case '>':
      return chunk.atLineStart(i);
    case '-':
      // A list marker, or a line of dashes (a thematic break or a setext underline).
      return (
        chunk.atLineStart(i) &&
        (next === ' ' || next === '\t' || next === '\n' || chunk.onlyToLineEnd(i, '- \t'))
      );
    case '+':
      return chunk.atLineStart(i) && (next === ' ' || next === '\t' || next === '\n');
    case '=':
      return chunk.atLineStart(i) && matchesAt(SETEXT_UNDERLINE, chunk.text, i);
    case '.':
    case ')':
      return orderedMarkerNeedsEscape(chunk, i);
    default:
      return false;
  }
}

/** Whether the delimiter run holding `i` needs escaping: the same answer for each of its characters. */
function runVerdict(chunk: MarkedChunk, i: number, c: string, verdicts: Map<DelimiterRun, boolean>): boolean {
  const delimiters = chunk.runsOf(c);
  const index = runIndexAt(delimiters.runs, i);
  // Every marked delimiter character lies in a run, as findRuns scans the same text.
  if (index === -1) return c === '`' ? delimiters.runs.length > 1 : false;
  const run = delimiters.runs[index] as DelimiterRun;
  let verdict = verdicts.get(run);
  if (verdict === undefined) {
    verdict =
      c === '`'
        ? backtickNeedsEscape(chunk, run, delimiters)
        : delimiterNeedsEscape(chunk, run, index, c, delimiters);
    verdicts.set(run, verdict);
  }
  return verdict;
}

function delimiterNeedsEscape(
  chunk: MarkedChunk,
  run: DelimiterRun,
  index: number,
  c: string,
  delimiters: DelimiterRuns,
): boolean {
  if (run.own) return true; // touches our own delimiter
  if (chunk.atLineStart(run.start)) {
    if (isThematicBreak(chunk, run.start, c)) return true;
    const after = chunk.char(run.start + 1);
    if (c === '*' && run.end - run.start === 1 && (after === ' ' || after === '\t' || after === '\n'))
      return true; // bullet
    if (c === '~' && run.end - run.start >= 3) return true; // code fence
  }
  if (!run.canOpen && !run.canClose) return false;
  // Emphasis needs a partner: an opener a closer after it, a closer an opener before it. Our own
  // delimiters count whatever their flanking here: escaping a neighbour changes it.
  return (
    delimiters.ownCount > 0 ||
    (run.canOpen && delimiters.lastCloser > index) ||
    (run.canClose && delimiters.firstOpener < index)
  );
}

/** `***`, `* * *`, `_ _ _` alone on the rest of the line (the text after `start` is all `c` and spaces). */
function isThematicBreak(chunk: MarkedChunk, start: number, c: string): boolean {
  if (c !== '*' && c !== '_') return false;
  if (!chunk.onlyToLineEnd(start, `${c} \t`)) return false;
  let count = 0;
  for (let k = start; count < 3 && k < chunk.text.length && chunk.text[k] !== '\n'; k++) {
    if (chunk.text[k] === c) count++;
  }
  return count >= 3;
}

function backtickNeedsEscape(chunk: MarkedChunk, run: DelimiterRun, delimiters: DelimiterRuns): boolean {
  if (run.end - run.start >= 3 && chunk.atLineStart(run.start)) return true; // code fence
  // A code span may open on any other run. Escaping is all or nothing: inside a code span a backslash
  // is literal, so an escaped backtick can still close a span an unescaped one opened.
  return delimiters.runs.length > 1;
}

function hashNeedsEscape(chunk: MarkedChunk, i: number): boolean {
  if (chunk.atLineStart(i) && matchesAt(HEADING_MARKER, chunk.text, i)) return true;
  // `## Issue #` would lose its `#` as the heading's optional closing sequence.
  if (chunk.char(i - 1) !== ' ' || !matchesAt(CLOSING_SEQUENCE, chunk.text, i)) return false;
  HEADING_START.lastIndex = chunk.lineStart(i);
  return HEADING_START.test(chunk.text) && HEADING_START.lastIndex <= i;
}

function orderedMarkerNeedsEscape(chunk: MarkedChunk, i: number): boolean {
  // More than nine digits make no list marker: looking back ten is enough.
  let start = i;
  while (start > 0 && i - start < 10 && /\d/.test(chunk.char(start - 1))) start--;
  const digits = i - start;
  return digits >= 1 && digits <= 9 && chunk.atLineStart(start) && /[ \t\n]/.test(chunk.char(i + 1));
}
