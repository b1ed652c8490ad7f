import { foldText } from './fold-text';
import type { FoldedText } from './folded-text';
import type { TextQuote } from './highlight';

/** How much of the prefix and suffix a new quote keeps: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/** A quote's place in a folded text: folded offsets [start, end). */
export interface Placement {
  start: number;
  end: number;
}

/** Characters `a` and `b` share at their ends (`fromEnd`) or at their starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  if (fromEnd) while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  else while (i < n && a[i] === b[i]) i++;
  return i;
}

/**
 * Finds a quote in a folded text. Every occurrence of the exact text is a candidate; the one whose
 * surrounding text agrees most with the stored prefix and suffix wins, and the position hint
 * decides between candidates that agree equally (a phrase repeated in identical sentences). Null
 * when the exact text is not there at all: the highlight "could not be placed". `occurrences`:
 * where each folded quote occurs, found for many quotes at once (see findAll).
 */
export function locateQuote(
  folded: FoldedText,
  quote: TextQuote,
  occurrences?: ReadonlyMap<string, readonly number[]>,
): Placement | null {
  const exact = foldedQuote(quote);
  if (exact === '') return null;
  const { text } = folded;
  const candidates = occurrences?.get(exact) ?? allIndexes(text, exact);
  let best: Placement | null = null;
  let bestScore = -Infinity;
  const prefix = foldText(quote.prefix);
  const suffix = foldText(quote.suffix).trimStart();
  for (const at of candidates) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
    // Context agreement counts in whole characters; the distance to the hint only breaks ties.
    const distance = Math.abs(at - quote.start) / (text.length + 1);
    const score = shared(before.trimEnd(), prefix.trimEnd(), true) + shared(after, suffix, false) - distance;
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end: at + exact.length };
    }
  }
  return best;
}

/** A quote's exact text folded, as it is looked for. */
export function foldedQuote(quote: TextQuote): string {
  return foldText(quote.exact).trim();
}

function allIndexes(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** A quote of folded range [start, end): its text as shown (`shown`), with folded context and position. */
export function quoteAt(folded: FoldedText, start: number, end: number, shown: string): TextQuote {
  const { text } = folded;
  return {
    exact: shown,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
