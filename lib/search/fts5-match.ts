import { MIN_PREFIX } from './article-search';
import { PREFIX_LENGTHS } from './fts5-index';
import { prefixTerm } from './highlight';
import { parseQuery } from './parse-query';
import { STOP_WORDS } from './stop-words';

/** What the FTS5 index is asked: a match expression, and the terms to highlight. */
export interface FtsQuery {
  /** Every word quoted (so nothing the user types is read as FTS5 syntax), the unfinished one as a prefix. */
  match: string;
  /** The words matched whole, and the prefix as a prefix term (see prefixTerm), for highlighting. */
  terms: string[];
}

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

/** The most words a prefix longer than the prefix indexes is spelled out as (see toFtsQuery). */
export const MAX_SPELLED = 8;
const LONGEST_INDEXED = Math.max(...PREFIX_LENGTHS);

/**
 * Reads what a person typed as an FTS5 query: every word must match (in any column), the last one
 * still being typed as a prefix from its third letter. A quoted phrase must also stand together:
 * whole in a title, authors or site, or in a body without its function words (which bodies are
 * indexed without). That narrows its matches to the articles that may hold it; the caller checks
 * the phrase itself in the stored text, as a left-out word may have stood between its words.
 * A prefix longer than the prefix indexes is spelled out as the words it stands for, when
 * `wordsStartingWith` finds no more than MAX_SPELLED: FTS5 would otherwise gather every posting of
 * those words before the first row, where an OR of them reads only as far as it needs.
 * Null when there is nothing to search for, or the prefix starts no indexed word.
 */
export function toFtsQuery(
  input: string,
  wordsStartingWith: (prefix: string, limit: number) => string[] = () => [],
): FtsQuery | null {
  const { terms, phrases, prefix } = parseQuery(input);
  if (terms.length === 0) return null;
  const expanding = prefix !== null && prefix.length >= MIN_PREFIX ? prefix : null;
  let prefixPart = expanding === null ? '' : `${quote(expanding)}*`;
  if (expanding !== null && expanding.length > LONGEST_INDEXED) {
    const words = wordsStartingWith(expanding, MAX_SPELLED + 1);
    if (words.length === 0) return null;
    if (words.length <= MAX_SPELLED) prefixPart = `(${words.map(quote).join(' OR ')})`;
  }
  const parts = terms.map((term) => (term === expanding ? prefixPart : quote(term)));
  parts.push(...phrases.filter((words) => words.length > 1).map(togetherPart));
  return {
    match: parts.join(' AND '),
    terms: terms.map((term) => (term === expanding ? prefixTerm(term) : term)),
  };
}

/** A phrase's words next to each other: whole in the short columns, without function words in bodies. */
function togetherPart(words: readonly string[]): string {
  const whole = `{title authors site} : ${quote(words.join(' '))}`;
  const kept = words.filter((word) => !STOP_WORDS.has(word));
  return kept.length === 0 ? whole : `({body} : ${quote(kept.join(' '))} OR ${whole})`;
}
