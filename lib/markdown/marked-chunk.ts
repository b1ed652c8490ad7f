import { LITERAL_MARK as M } from './conversion-context.ts';

/** A run of one delimiter character (`***`), with what CommonMark's flanking rules let it do. */
export interface DelimiterRun {
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
  /** Holds a delimiter we wrote (an unmarked character), not only the page's text. */
  own: boolean;
}

/** The runs of one character in a chunk, with what the partner search needs precomputed. */
export interface DelimiterRuns {
  runs: DelimiterRun[];
  /** How many runs hold a delimiter of ours. */
  ownCount: number;
  /** Index of the first run that can open, or Infinity. */
  firstOpener: number;
  /** Index of the last run that can close, or -1. */
  lastCloser: number;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const LABEL_END = /[\]\s]/;

/**
 * A run of lines without a blank one, its marks taken out, with the look-ups escaping needs answered
 * in constant or logarithmic time: which line a position is on, whether only container markers come
 * before it on that line, the delimiter runs of a character. Everything is computed once per line or
 * per chunk, so a paragraph of megabytes on one line costs linear time, not its square.
 */
export class MarkedChunk {
  readonly text: string;
  /** Positions in `text` of the characters that carried a mark, ascending. */
  readonly marked: number[] = [];
  private readonly literal: Uint8Array;
  private readonly lineStarts: number[] = [0];
  private readonly prefixEnds = new Map<number, Set<number>>();
  private readonly tails = new Map<string, number>();
  private readonly runs = new Map<string, DelimiterRuns>();
  private firstOpenBracket: number | undefined;

  constructor(marked: string) {
    const parts: string[] = [];
    let from = 0;
    for (let at = marked.indexOf(M); at !== -1; at = marked.indexOf(M, at + 1)) {
      parts.push(marked.slice(from, at));
      from = at + 1;
      // A mark applies to the character after it, whose place in `text` is its place here less the
      // marks so far; marks in a row all name the same character, and a final one names none.
      const target = from - parts.length;
      if (this.marked.at(-1) !== target) this.marked.push(target);
    }
    parts.push(marked.slice(from));
    this.text = parts.join('');
    while ((this.marked.at(-1) ?? -1) >= this.text.length) this.marked.pop();
    this.literal = new Uint8Array(this.text.length);
    for (const i of this.marked) this.literal[i] = 1;
    for (let n = this.text.indexOf('\n'); n !== -1; n = this.text.indexOf('\n', n + 1)) {
      this.lineStarts.push(n + 1);
    }
  }

  /** The character at `i`; a line end beyond either edge. */
  char(i: number): string {
    return this.text[i] ?? '\n';
  }

  /** Where the line holding position `i` starts. */
  lineStart(i: number): number {
    return this.lineStarts[this.lineIndex(i)] ?? 0;
  }

  /** Where the line holding `i` ends (its newline, or the end of the text). */
  lineEnd(i: number): number {
    const next = this.lineStarts[this.lineIndex(i) + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  private lineIndex(i: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= i) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Whether only container markers (quote signs, list markers, a footnote label) and spaces precede `i` on its line. */
  atLineStart(i: number): boolean {
    const start = this.lineStart(i);
    let ends = this.prefixEnds.get(start);
    if (!ends) {
      ends = containerPrefixEnds(this.text, start);
      this.prefixEnds.set(start, ends);
    }
    return ends.has(i);
  }

  /** Whether `i` follows a list marker and its spaces, at the start of its line. */
  afterListMarker(i: number): boolean {
    if (!this.atLineStart(i)) return false;
    const start = this.lineStart(i);
    let j = i;
    while (j > start && (this.text[j - 1] === ' ' || this.text[j - 1] === '\t')) j--;
    if (j === i || j === start) return false;
    const marker = this.text[j - 1] ?? '';
    if ('-+*'.includes(marker)) return true;
    return (marker === '.' || marker === ')') && j - 2 >= start && isDigit(this.text[j - 2]);
  }

  /** Whether the text from `i` to the end of its line holds only the characters of `allowed`. */
  onlyToLineEnd(i: number, allowed: string): boolean {
    const lineEnd = this.lineEnd(i);
    const key = `${lineEnd}:${allowed}`;
    let tail = this.tails.get(key);
    if (tail === undefined) {
      tail = lineEnd;
      while (tail > 0 && allowed.includes(this.text[tail - 1] ?? '\n')) tail--;
      this.tails.set(key, tail);
    }
    return i >= tail;
  }

  /** Whether a `[` comes at or before `i`. */
  hasOpenBracketBefore(i: number): boolean {
    this.firstOpenBracket ??= this.text.indexOf('[');
    return this.firstOpenBracket !== -1 && this.firstOpenBracket <= i;
  }

  /** The runs of delimiter `c`, found once per chunk. */
  runsOf(c: string): DelimiterRuns {
    let runs = this.runs.get(c);
    if (!runs) {
      runs = findRuns(this.text, c, this.literal);
      this.runs.set(c, runs);
    }
    return runs;
  }
}

/** The index of the run of `runs` that holds position `i`, or -1. */
export function runIndexAt(runs: readonly DelimiterRun[], i: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle] as DelimiterRun;
    if (i < run.start) high = middle - 1;
    else if (i >= run.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function findRuns(text: string, c: string, literal: Uint8Array): DelimiterRuns {
  const runs: DelimiterRun[] = [];
  let ownCount = 0;
  let firstOpener = Infinity;
  let lastCloser = -1;
  for (let start = text.indexOf(c); start !== -1; start = text.indexOf(c, start + 1)) {
    let end = start;
    let own = false;
    while (text[end] === c) {
      if (!literal[end]) own = true;
      end++;
    }
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
    if (own) ownCount++;
    if (canOpen && firstOpener === Infinity) firstOpener = runs.length;
    if (canClose) lastCloser = runs.length;
    runs.push({ start, end, canOpen, canClose, own });
    start = end - 1;
  }
  return { runs, ownCount, firstOpener, lastCloser };
}

/**
 * The positions `i` of a line for which the text from `start` to `i` is nothing but container markers
 * and spaces: `(?:[ \t]*(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+|\[\^[^\]\s]+\]:[ \t]*))*[ \t]*`.
 * Each marker starts with a different character, so one pass from the line start finds them all; it
 * stops at the first character no marker can take, usually the first letter.
 */
function containerPrefixEnds(text: string, start: number): Set<number> {
  const ends = new Set<number>();
  let p = start;
  for (;;) {
    ends.add(p);
    while (isSpace(text[p])) ends.add(++p);
    const c = text[p];
    if (c === '>') {
      p++;
    } else if ((c === '-' || c === '+' || c === '*') && isSpace(text[p + 1])) {
      p += 2;
    } else if (isDigit(c)) {
      let q = p;
      while (isDigit(text[q])) q++;
      if (q - p > 9 || (text[q] !== '.' && text[q] !== ')') || !isSpace(text[q + 1])) break;
      p = q + 2;
    } else if (c === '[' && text[p + 1] === '^') {
      let q = p + 2;
      while (q < text.length && !LABEL_END.test(text[q] as string)) q++;
      if (q === p + 2 || text[q] !== ']' || text[q + 1] !== ':') break;
      p = q + 2;
    } else {
      break;
    }
  }
  return ends;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
