import MiniSearch, { type Options } from 'minisearch';
import { parseQuery, tokenize } from './parse-query';
import { STOP_WORDS } from './stop-words';
import { stripMarkdown } from './strip-markdown';

/**
 * Bump when the indexed fields, tokenizer or term rules change: a stored index of another version is
 * stale and gets rebuilt.
 */
export const SEARCH_INDEX_VERSION = 1;

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

export type ArticleSearch = MiniSearch<SearchDoc>;

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'authors', 'site', 'body'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  // Function words are left out of bodies only: a title such as "The Who" must stay findable.
  processTerm: (term, field) => (field === 'body' && STOP_WORDS.has(term) ? null : term),
  // Vacuuming runs on timers; we discard rarely and save the whole index, so keep it predictable.
  autoVacuum: false,
};

/** An empty full-text index over titles, authors, sites and bodies. */
export function createArticleSearch(): ArticleSearch {
  return new MiniSearch<SearchDoc>(OPTIONS);
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
  if (index.has(article.id)) index.replace(toDoc(article));
  else index.add(toDoc(article));
}

/** Forgets an article; unknown ids are ignored. */
export function removeArticle(index: ArticleSearch, id: number): void {
  if (index.has(id)) index.discard(id);
}

/**
 * Ranked matches for what the user typed: every word must match somewhere (title, author, site or
 * body), the unfinished last word matches as a prefix, titles weigh most.
 */
export function searchArticles(index: ArticleSearch, input: string, limit = Infinity): SearchHit[] {
  const { terms, prefix } = parseQuery(input);
  if (terms.length === 0) return [];
  const results = index.search(terms.join(' '), {
    combineWith: 'AND',
    prefix: (term) => term === prefix && term.length >= 2,
    boost: { title: 4, authors: 3, site: 2 },
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  });
  const hits: SearchHit[] = [];
  for (const r of results) {
    if (hits.length >= limit) break;
    hits.push({ id: r.id as number, score: r.score, terms: r.terms });
  }
  return hits;
}

/** The index as a string for storage. */
export function serialiseSearch(index: ArticleSearch): string {
  return JSON.stringify(index);
}

/** Restores an index saved by `serialiseSearch`, yielding to the event loop while it rebuilds. */
export function loadSearch(json: string): Promise<ArticleSearch> {
  return MiniSearch.loadJSONAsync<SearchDoc>(json, OPTIONS);
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
