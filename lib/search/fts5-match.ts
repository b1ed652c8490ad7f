import { MIN_PREFIX } from './article-search';
import { parseQuery } from './parse-query';

/** What the FTS5 index is asked: a match expression, and the word to expand for highlighting. */
export interface FtsQuery {
  /** Every word quoted (so nothing the user types is read as FTS5 syntax), the unfinished one as a prefix. */
  match: string;
  /** The unfinished last word matched as a prefix, when it is long enough. */
  prefix: string | null;
  /** The words matched whole, for highlighting. */
  words: string[];
}

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * Reads what a person typed as an FTS5 query: every word must match (in any column), the last one
 * still being typed as a prefix from its third letter. Quoted phrases give their words here; the
 * caller checks the phrase itself in the stored text, as the index keeps no word positions.
 * Null when there is nothing to search for.
 */
export function toFtsQuery(input: string): FtsQuery | null {
  const { terms, prefix } = parseQuery(input);
  if (terms.length === 0) return null;
  const expanding = prefix !== null && prefix.length >= MIN_PREFIX ? prefix : null;
  const parts = terms.map((term) => (term === expanding ? `${quote(term)}*` : quote(term)));
  return { match: parts.join(' AND '), prefix: expanding, words: terms.filter((t) => t !== expanding) };
}
