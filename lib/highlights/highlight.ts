/** The colours a highlight can take; the first is the one the keyboard shortcut uses. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * Where a highlight sits, in the spirit of the W3C Web Annotation TextQuoteSelector: the quoted
 * text with a little of the text before and after it, plus a TextPositionSelector-like hint (offsets
 * in the folded text, see fold-text.ts) that breaks ties between equal candidates.
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** One highlight of one article, as stored and exported. */
export interface Highlight {
  /** A random id, kept across export and import so a re-import recognises it. */
  id: string;
  articleId: number;
  color: HighlightColor;
  quote: TextQuote;
  /** The user's note on it; empty when none. */
  note: string;
  /** ISO 8601. */
  createdAt: string;
}

/** Whether a value is one of our colours (stored and imported data is checked, not trusted). */
export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}
