import { rawRange } from './folded-text';
import type { TextQuote } from './highlight';
import { quoteAt } from './locate-quote';
import { foldedRangeOf, indexText, shownText, type RangeEnds } from './text-index';

/** The quote of a selection inside `body` (the reading view's rendered article), or null when it holds no text. */
export function describeSelection(body: Element, range: RangeEnds): TextQuote | null {
  const index = indexText(body);
  const folded = foldedRangeOf(index, range);
  if (!folded) return null;
  const raw = rawRange(index.folded, folded.start, folded.end);
  return quoteAt(index.folded, folded.start, folded.end, shownText(index, raw.start, raw.end));
}
