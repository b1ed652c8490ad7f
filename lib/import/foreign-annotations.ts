import { sha256Hex } from '../bytes/sha256-hex';
import { HIGHLIGHT_COLORS, type TextQuote } from '../highlights/highlight';
import { foldedQuote, quoteAt } from '../highlights/locate-quote';
import type { ManifestAnnotations } from '../highlights/manifest-annotations';
import { markdownText } from '../highlights/markdown-text';
import type { ForeignHighlight } from './foreign-article';

/** An imported article's highlights and note, in the shape our own export's manifest restores. */
export type ForeignAnnotations = Pick<ManifestAnnotations, 'note' | 'highlights'>;

const utf8 = new TextEncoder();

/**
 * Another tool's highlights made the library's own, placed in the imported body: a quote found in the
 * text gets the text around it and its position (the tool's highlights are in reading order, so a
 * repeated phrase is looked for after the one before); a quote not found keeps its text and note and
 * shows as "could not be placed". Notes without a quote become the article's note. Ids are made from
 * the address and the quote, so importing the same export again finds the same highlights.
 * Undefined when the page has neither.
 */
export async function foreignAnnotations(
  markdown: string,
  url: string,
  highlights: readonly ForeignHighlight[],
  savedAt: string,
): Promise<ForeignAnnotations | undefined> {
  if (highlights.length === 0) return undefined;
  const folded = markdownText(markdown);
  const placed: ForeignAnnotations['highlights'] = [];
  const notes: string[] = [];
  let from = 0;
  for (const [i, highlight] of highlights.entries()) {
    if (highlight.quote === '') {
      if (highlight.note !== '') notes.push(highlight.note);
      continue;
    }
    const exact = foldedQuote({ exact: highlight.quote, prefix: '', suffix: '', start: 0, end: 0 });
    let at = exact === '' ? -1 : folded.text.indexOf(exact, from);
    if (at === -1 && exact !== '') at = folded.text.indexOf(exact);
    const quote: TextQuote =
      at === -1
        ? { exact: highlight.quote, prefix: '', suffix: '', start: 0, end: 0 }
        : quoteAt(folded, at, at + exact.length, highlight.quote);
    if (at !== -1) from = at + exact.length;
    const digest = await sha256Hex(utf8.encode(`${url}\n${i}\n${highlight.quote}`));
    placed.push({
      id: `imported-${digest.slice(0, 32)}`,
      color: HIGHLIGHT_COLORS[0],
      quote,
      note: highlight.note,
      createdAt: highlight.createdAt ?? savedAt,
    });
  }
  return { note: notes.join('\n\n'), highlights: placed };
}
