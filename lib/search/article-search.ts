import MiniSearch, { type Options, type Query } from 'minisearch';
import { parseQuery, tokenize } from './parse-query';
import { STOP_WORDS } from './stop-words';
import { stripMarkdown } from './strip-markdown';

/**
 * Bump when the indexed fields, tokenizer or term rules change: a stored index of another version is
 * stale and gets rebuilt.
 */
export const SEARCH_INDEX_VERSION = 2;

/** What the index needs from an article. */
export interface SearchableArticle {
  id: number;
  title: string;
  authors: readonly string[];
  siteName: string | null;
  markdown: string;
}

interface SearchDoc {
  id: number;
  title: string;
  authors: string;
  site: string;
  body: string;
}

/** One ranked match; `terms` are the indexed words that matched, for highlighting. */
export interface SearchHit {
  id: number;
  score: number;
  terms: string[];
}

/**
 * The MiniSearch engine plus every indexed word with roughly how many fields hold it. The word
 * list exists to expand an unfinished word: MiniSearch's own prefix search scores every completion,
 * which for a short prefix over 10,000 articles means dozens of words and 100+ ms.
 */
export interface ArticleSearch {
  engine: MiniSearch<SearchDoc>;
  vocabulary: Map<string, number>;
}

/** How many completions of the word being typed are searched: the most common ones. */
const MAX_COMPLETIONS = 12;

function engineOptions(vocabulary: Map<string, number>): Options<SearchDoc> {
  return {
    fields: ['title', 'authors', 'site', 'body'],
    storeFields: [],
    // Called once per field of each added article, so counting here gives field frequencies.
    tokenize: (text) => {
      const words = tokenize(text);
      for (const w of new Set(words)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
      return words;
    },
    // Function words are left out of bodies only: a title such as "The Who" must stay findable.
    processTerm: (term, field) => (field === 'body' && STOP_WORDS.has(term) ? null : term),
    // Vacuuming runs on timers; we discard rarely and save the whole index, so keep it predictable.
    autoVacuum: false,
  };
}

/** An empty full-text index over titles, authors, sites and bodies. */
export function createArticleSearch(): ArticleSearch {
  const vocabulary = new Map<string, number>();
  return { engine: new MiniSearch<SearchDoc>(engineOptions(vocabulary)), vocabulary };
}

/** The most common indexed words starting with `prefix` (the prefix itself included when indexed). */
export function completions(
  vocabulary: ReadonlyMap<string, number>,
  prefix: string,
  max = MAX_COMPLETIONS,
): string[] {
  const found: [string, number][] = [];
  for (const [word, count] of vocabulary) if (word.startsWith(prefix)) found.push([word, count]);
  found.sort(
    (a, b) =>
      (b[0] === prefix ? 1 : 0) - (a[0] === prefix ? 1 : 0) || b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return found.slice(0, max).map(([word]) => word);
}

function toDoc(article: SearchableArticle): SearchDoc {
  return {
    id: article.id,
    title: article.title,
    authors: article.authors.join(', '),
    site: article.siteName ?? '',
    body: stripMarkdown(article.markdown),
  };
}

/** Adds an article, or replaces the copy already indexed under its id. */
export function indexArticle(index: ArticleSearch, article: SearchableArticle): void {
  if (index.engine.has(article.id)) index.engine.replace(toDoc(article));
  else index.engine.add(toDoc(article));
}

/** Forgets an article; unknown ids are ignored. */
export function removeArticle(index: ArticleSearch, id: number): void {
  if (index.engine.has(id)) index.engine.discard(id);
}

/**
 * Ranked matches for what the user typed: every word must match somewhere (title, author, site or
 * body), the unfinished last word matches as a prefix, titles weigh most.
 */
export function searchArticles(index: ArticleSearch, input: string, limit = Infinity): SearchHit[] {
  const { terms, prefix } = parseQuery(input);
  if (terms.length === 0) return [];
  const whole = terms.filter((t) => t !== prefix);
  const expanded =
    prefix !== null && prefix.length >= 2 ? completions(index.vocabulary, prefix) : prefix ? [prefix] : [];
  if (prefix !== null && expanded.length === 0) return [];
  const options = {
    boost: { title: 4, authors: 3, site: 2 },
    tokenize: (text: string) => [text],
    processTerm: (term: string) => term,
  };
  // Every whole word must match, and any one of the completions of the word being typed.
  const query: Query = {
    combineWith: 'AND',
    queries: expanded.length > 0 ? [...whole, { combineWith: 'OR', queries: expanded }] : whole,
  };
  const results = index.engine.search(query, options);
  const hits: SearchHit[] = [];
  for (const r of results) {
    if (hits.length >= limit) break;
    hits.push({ id: r.id as number, score: r.score, terms: r.terms });
  }
  return hits;
}

/** The index as a string for storage. */
export function serialiseSearch(index: ArticleSearch): string {
  return JSON.stringify({ engine: index.engine, vocabulary: [...index.vocabulary] });
}

/** Restores an index saved by `serialiseSearch`, yielding to the event loop while it rebuilds. */
export async function loadSearch(json: string): Promise<ArticleSearch> {
  const saved = JSON.parse(json) as {
    engine: Parameters<typeof MiniSearch.loadJS>[0];
    vocabulary: [string, number][];
  };
  if (!saved.engine || !Array.isArray(saved.vocabulary)) throw new Error('Not a saved search index.');
  const vocabulary = new Map(saved.vocabulary);
  return {
    engine: await MiniSearch.loadJSAsync<SearchDoc>(saved.engine, engineOptions(vocabulary)),
    vocabulary,
  };
}

/** Hits in a form that crosses from a worker cheaply: ids in a transferable buffer. */
export interface PackedHits {
  ids: Int32Array;
  /** Matched words of the first hits only; lower ranks are rarely looked at. */
  terms: string[][];
}

/**
 * Packs hits for postMessage. Cloning 10,000 hit objects costs tens of milliseconds on each side;
 * an Int32Array is transferred for free, and the matched words go along for the top `detailed`.
 */
export function packHits(hits: readonly SearchHit[], detailed = 200): PackedHits {
  return { ids: Int32Array.from(hits, (h) => h.id), terms: hits.slice(0, detailed).map((h) => h.terms) };
}

/** The hits again, in rank order; scores are not kept, and hits past the detailed ones carry no words. */
export function unpackHits(packed: PackedHits): SearchHit[] {
  return Array.from(packed.ids, (id, i) => ({ id, score: 0, terms: packed.terms[i] ?? [] }));
}
