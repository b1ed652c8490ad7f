import type { Highlight } from './highlight';
import { locateQuote } from './locate-quote';
import { markdownText, skipDestination as destinationEnd } from './markdown-text';

/** Markdown's highlight syntax (Obsidian, many other editors): `==text==`. */
const MARK = '==';
/** Emphasis markers a mark takes inside it rather than cutting through. */
const EMPHASIS = '*_~';

/** An article's highlights and note as the export writes them. */
export interface MarkedMarkdown {
  /** The body with `==` around each highlight it holds and the closing `## Highlights` section. */
  markdown: string;
  /** Where each `==` went, as offsets in the body before any was added (for the import to take them out). */
  marks: number[];
  /** The highlights in the order the section lists them: those found in the text first, in text order. */
  ordered: Highlight[];
}

/** The raw [start, end) ranges, one per line, that a highlight's quote covers in `markdown`. */
function lineRanges(markdown: string, from: number, to: number, folded: ReturnType<typeof markdownText>) {
  const ranges: Array<[number, number]> = [];
  let current: [number, number] | null = null;
  for (let i = from; i < to; i++) {
    if (folded.text[i] === ' ') continue;
    const start = folded.rawStart[i] ?? 0;
    const end = folded.rawEnd[i] ?? 0;
    if (current && !markdown.slice(current[1], start).includes('\n')) current[1] = end;
    else ranges.push((current = [start, end]));
  }
  return ranges.map(([start, end]): [number, number] => {
    // A mark takes in the emphasis and link syntax at its edges rather than cutting through it.
    while (start > 0 && `${EMPHASIS}[`.includes(markdown[start - 1] ?? '\n')) start--;
    for (;;) {
      while (end < markdown.length && EMPHASIS.includes(markdown[end] ?? '\n')) end++;
      if (markdown[end] !== ']') break;
      end = markdown[end + 1] === '(' ? destinationEnd(markdown, end + 1) : end + 1;
    }
    return [start, end];
  });
}

/** Lines inside fenced code, where `==` would show as typed. */
function fencedLines(markdown: string): (offset: number) => boolean {
  const fenced: Array<[number, number]> = [];
  const fence = /^[ \t]*(`{3,}|~{3,})/gm;
  let open: number | null = null;
  for (const m of markdown.matchAll(fence)) {
    if (open === null) open = m.index;
    else {
      fenced.push([open, m.index + m[0].length]);
      open = null;
    }
  }
  if (open !== null) fenced.push([open, markdown.length]);
  return (offset) => fenced.some(([start, end]) => offset >= start && offset < end);
}

/** The `## Highlights` section closing an exported article: its note, then each highlight and its note. */
export function highlightsSection(ordered: readonly Highlight[], articleNote: string): string {
  const parts = ['## Highlights'];
  if (articleNote) parts.push(articleNote);
  for (const h of ordered) {
    parts.push(`> ${MARK}${h.quote.exact}${MARK}`);
    if (h.note) parts.push(h.note);
  }
  return parts.join('\n\n');
}

/**
 * The section after the body, always after the same two line breaks: with one fewer for a body
 * ending in one, the import could not tell "a\n" + "\n" from "a" + "\n\n". The file's last line
 * break is the document's (toMarkdownDocument ends every file with one).
 */
function joinSection(body: string, section: string): string {
  return `${body}\n\n${section}`;
}

/** The body with `==` inserted at each of `marks` (offsets in `body`, ascending). */
function insertMarks(body: string, marks: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const at of marks) {
    out += body.slice(last, at) + MARK;
    last = at;
  }
  return out + body.slice(last);
}

/**
 * The body as the export writes it for an article with highlights or a note: each highlight found
 * in the Markdown wrapped in `==` (line by line, never inside fenced code, overlaps cut), and a
 * closing `## Highlights` section. An article with neither is returned unchanged, byte for byte.
 */
export function markHighlights(
  body: string,
  highlights: readonly Highlight[],
  articleNote: string,
): MarkedMarkdown {
  if (highlights.length === 0 && articleNote === '') return { markdown: body, marks: [], ordered: [] };
  const folded = markdownText(body);
  const inFence = fencedLines(body);
  const found = highlights.map((h) => ({ h, at: locateQuote(folded, h.quote) }));
  const placed = found
    .flatMap(({ h, at }) => (at ? [{ h, at }] : []))
    .sort((a, b) => a.at.start - b.at.start);
  const unplaced = found.filter(({ at }) => !at).map(({ h }) => h);
  const marks: number[] = [];
  let limit = 0;
  for (const { at } of placed) {
    for (const [start, end] of lineRanges(body, at.start, at.end, folded)) {
      if (start < limit || inFence(start)) continue;
      marks.push(start, end);
      limit = end;
    }
  }
  const ordered = [...placed.map(({ h }) => h), ...unplaced];
  return {
    markdown: joinSection(insertMarks(body, marks), highlightsSection(ordered, articleNote)),
    marks,
    ordered,
  };
}

/**
 * The body as it was before the export marked it, given what the manifest says was added; null
 * when the file does not hold exactly that (it was edited), so the import refuses it.
 */
export function unmarkHighlights(
  exported: string,
  marks: readonly number[],
  ordered: readonly Highlight[],
  articleNote: string,
): string | null {
  const section = highlightsSection(ordered, articleNote);
  const tail = `\n\n${section}`;
  if (!exported.endsWith(tail)) return null;
  const marked = exported.slice(0, exported.length - tail.length);
  let body = '';
  let last = 0;
  for (let i = 0; i < marks.length; i++) {
    const at = (marks[i] ?? 0) + i * MARK.length;
    if (at < last || marked.slice(at, at + MARK.length) !== MARK) return null;
    body += marked.slice(last, at);
    last = at + MARK.length;
  }
  body += marked.slice(last);
  // Exactly what the export would write from it: anything else in the file is refused.
  return joinSection(insertMarks(body, marks), section) === exported ? body : null;
}
