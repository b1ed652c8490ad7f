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

/** A builder for a FoldedText; spaces collapse across pieces and none leads. */
export function foldedTextBuilder(): FoldedTextBuilder {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = true;
  const push = (c: string, start: number, end: number) => {
    if (c === ' ') {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    parts.push(c);
    starts.push(start);
    ends.push(end);
  };
  return {
    add(raw, at) {
      for (let i = 0; i < raw.length;) {
        const code = raw.charCodeAt(i);
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? 2 : 1;
        const folded = foldChar(width === 1 ? raw.charAt(i) : raw.slice(i, i + 2));
        for (const c of folded) push(c, at + i, at + i + width);
        i += width;
      }
    },
    space(at) {
      push(' ', at, at);
    },
    finish() {
      // A trailing space is no part of any quote.
      if (parts.at(-1) === ' ') {
        parts.pop();
        starts.pop();
        ends.pop();
      }
      return { text: parts.join(''), rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
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
