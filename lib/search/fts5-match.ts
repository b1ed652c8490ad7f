import { MIN_PREFIX } from './article-search';
import { bodyWord } from './body-word';
import { PREFIX_LENGTHS, STEM_LENGTH } from './fts5-index';
import { prefixTerm } from './highlight';
import { parseQuery } from './parse-query';
import { STOP_WORDS } from './stop-words';

/** What the FTS5 index is asked: a match expression, and the terms to highlight. */
export interface FtsQuery {
  /** Every word quoted (so nothing the user types is read as FTS5 syntax), the unfinished one as a prefix. */
  match: string;
  /** The words matched whole, and the prefix as a prefix term (see prefixTerm), for highlighting. */
  terms: string[];
  /**
   * A prefix of STEM_LENGTH letters, which `match` holds as its shorter indexed prefix: the
   * articles must also be among those the `stems` table lists for it (see fts5-index.ts).
   */
  stem: string | null;
}

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

/** The most words a prefix longer than the prefix index and the stems is spelled out as (see toFtsQuery). */
export const MAX_SPELLED = 8;
const LONGEST_INDEXED = Math.max(...PREFIX_LENGTHS, STEM_LENGTH);
const SHORTEST_INDEXED = Math.min(...PREFIX_LENGTHS);

/**
 * Reads what a person typed as an FTS5 query: every word must match (in any column), the last one
 * still being typed as a prefix from its third letter. A quoted phrase must stand word for word:
 * in a title, authors or site, or in a body, where function words are held as stand-ins
 * (body-word.ts), so FTS5's own phrase match is the whole check.
 * A prefix longer than the prefix index and the stems (4 letters) is
 * spelled out as the words it stands for, when `wordsStartingWith` finds no more than MAX_SPELLED: FTS5 would
 * otherwise gather every posting of those words before the first row, where an OR of them reads
 * only as far as it needs. Null when there is nothing to search for, or the prefix starts no word.
 */
export function toFtsQuery(
  input: string,
  wordsStartingWith: (prefix: string, limit: number) => string[] = () => [],
): FtsQuery | null {
  const { terms, phrases, prefix } = parseQuery(input);
  if (terms.length === 0) return null;
  const expanding = prefix !== null && prefix.length >= MIN_PREFIX ? prefix : null;
  let prefixPart = expanding === null ? '' : `${quote(expanding)}*`;
  const stem = expanding !== null && [...expanding].length === STEM_LENGTH ? expanding : null;
  // Its shorter prefix has an index, and every article holding the stem matches it.
  if (stem !== null) prefixPart = `${quote([...stem].slice(0, SHORTEST_INDEXED).join(''))}*`;
  if (expanding !== null && expanding.length > LONGEST_INDEXED) {
    const spelled = wordsStartingWith(expanding, MAX_SPELLED + 1);
    if (spelled.length === 0) return null;
    if (spelled.length <= MAX_SPELLED) prefixPart = `(${spelled.map(quote).join(' OR ')})`;
  }
  const spans = phrases.filter((phrase) => phrase.length > 1);
  // A function word of a phrase is matched by the phrase, in bodies too; alone it is found only in
  // titles, authors and sites (bodies hold it as a stand-in), so it is not asked for again.
  const inSpans = new Set(spans.flat().filter((word) => STOP_WORDS.has(word)));
  const parts = terms
    .filter((term) => !inSpans.has(term))
    .map((term) => (term === expanding ? prefixPart : quote(term)));
  parts.push(...spans.map(phrasePart));
  return {
    match: parts.join(' AND '),
    terms: terms.map((term) => (term === expanding ? prefixTerm(term) : term)),
    stem,
  };
}

/** A phrase word for word: as typed in the short columns, with function words' stand-ins in bodies. */
function phrasePart(phrase: readonly string[]): string {
  return `({body} : ${quote(phrase.map(bodyWord).join(' '))} OR {title authors site} : ${quote(phrase.join(' '))})`;
}
