import { foldChar } from './fold-text';

/**
 * A text folded for matching (see fold-text.ts), with the raw offsets each folded character came
 * from, so a match in the folded text maps back to the rendered page or the Markdown source.
 */
export interface FoldedText {
  text: string;
  /** For folded character i, the raw offset of the character it came from. */
  rawStart: Int32Array;
  /** For folded character i, the raw offset just past the character it came from. */
  rawEnd: Int32Array;
}

/** Builds a FoldedText from raw pieces in order: text at raw offsets, and breaks between blocks. */
export interface FoldedTextBuilder {
  /** Adds raw text that starts at raw offset `at`. */
  add(raw: string, at: number): void;
  /** Adds a word break (a block boundary) at raw offset `at`: it folds to one space. */
  space(at: number): void;
  finish(): FoldedText;
}

/** ASCII characters the folding drops (see fold-text.ts), by code. */
const DROPPED_ASCII = new Uint8Array(128);
for (const c of '*_~`\\[]') DROPPED_ASCII[c.charCodeAt(0)] = 1;

/**
 * A builder for a FoldedText; spaces collapse across pieces and none leads. Typed arrays and a
 * fast path for plain ASCII: a long article has some 120,000 characters, indexed on every opening.
 */
export function foldedTextBuilder(): FoldedTextBuilder {
  let codes = new Uint16Array(4096);
  let starts = new Int32Array(4096);
  let ends = new Int32Array(4096);
  let length = 0;
  let lastSpace = true;
  const push = (code: number, start: number, end: number) => {
    if (code === 32) {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    if (length === codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(from: T, to: T) => (to.set(from), to);
      codes = grow(codes, new Uint16Array(length * 2));
      starts = grow(starts, new Int32Array(length * 2));
      ends = grow(ends, new Int32Array(length * 2));
    }
    codes[length] = code;
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  return {
    add(raw, at) {
      for (let i = 0; i < raw.length;) {
        const code = raw.charCodeAt(i);
        if (code < 128) {
          if (code === 32 || (code >= 9 && code <= 13)) push(32, at + i, at + i + 1);
          else if (DROPPED_ASCII[code] === 0) push(code, at + i, at + i + 1);
          i++;
          continue;
        }
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? 2 : 1;
        const folded = foldChar(raw.slice(i, i + width));
        for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), at + i, at + i + width);
        i += width;
      }
    },
    space(at) {
      push(32, at, at);
    },
    finish() {
      // A trailing space is no part of any quote.
      if (length > 0 && codes[length - 1] === 32) length--;
      // apply, not spread: spreading a typed array walks its iterator, five times slower on a long article.
      // Chunks keep within the engine's limit on arguments.
      let text = '';
      for (let i = 0; i < length; i += 8192) {
        const chunk = codes.subarray(i, Math.min(length, i + 8192));
        text += String.fromCharCode.apply(null, chunk as unknown as number[]);
      }
      return { text, rawStart: starts.slice(0, length), rawEnd: ends.slice(0, length) };
    },
  };
}

/** The first folded index whose raw start is at or after `raw` (the folded length if none). */
export function foldedIndexAt(folded: FoldedText, raw: number): number {
  let lo = 0;
  let hi = folded.rawStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((folded.rawStart[mid] ?? 0) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The raw range a folded range [start, end) came from. */
export function rawRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.rawStart[start] ?? 0, end: folded.rawEnd[end - 1] ?? 0 };
}
