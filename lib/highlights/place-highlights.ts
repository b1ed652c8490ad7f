import type { FoldedText } from './folded-text';
import type { Highlight } from './highlight';
import { findAll } from './find-all';
import { foldedQuote, locateQuote } from './locate-quote';
import type { PlacedHighlight } from './paint-highlights';

/** An article's highlights sorted into those found in its text and those that could not be placed. */
export interface Placements {
  /** In text order. */
  placed: PlacedHighlight[];
  /** Newest first; shown apart, with their text and note, and never dropped. */
  unplaced: Highlight[];
}

/** Places each highlight in a text by its quote (see locateQuote). */
export function placeHighlights(folded: FoldedText, highlights: readonly Highlight[]): Placements {
  const placed: PlacedHighlight[] = [];
  const unplaced: Highlight[] = [];
  const occurrences = findAll(
    folded.text,
    highlights.map((h) => foldedQuote(h.quote)),
  );
  for (const highlight of highlights) {
    const at = locateQuote(folded, highlight.quote, occurrences);
    if (at) placed.push({ id: highlight.id, color: highlight.color, hasNote: highlight.note !== '', ...at });
    else unplaced.push(highlight);
  }
  placed.sort((a, b) => a.start - b.start);
  unplaced.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { placed, unplaced };
}
