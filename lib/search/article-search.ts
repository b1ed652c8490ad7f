import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { parseQuery, tokenize } from './parse-query';
import { STOP_WORDS } from './stop-words';
import { stripMarkdown } from '../markdown/markdown-to-plain-text';

/**
 * Bump when the indexed fields, tokenizer, term rules or stored layout change: a stored index of
 * another version is stale and gets rebuilt. 4: MiniSearch again, one instance per segment.
 */
export const SEARCH_INDEX_VERSION = 4;

/**
 * Articles per segment. The index is MiniSearch, split so that a capture or a delete re-saves one
 * segment instead of the whole index, and so that loading can report progress segment by segment.
 */
export const SEGMENT_SIZE = 2000;

/** Shortest unfinished word matched as a prefix; shorter ones would expand to most of the vocabulary. */
export const MIN_PREFIX = 3;

/** What the index needs from an article. */
export interface SearchableArticle {
  id: number;
  title: string;
  authors: readonly string[];
  siteName: string | null;
  markdown: string;
  /** The text of its highlights and notes, searched as part of its body. */
  notes?: string;
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

/** A stored segment: MiniSearch's own JSON form, under a key that grows (the highest is the newest). */
export interface StoredSegment {
  key: number;
  json: string;
}

interface Segment {
  mini: MiniSearch<SearchDoc>;
  /** Changed since the last save. */
  changed: boolean;
}

/** The full-text index: MiniSearch segments, oldest first; new articles go into the newest. */
export interface ArticleSearch {
  segments: Map<number, Segment>;
  /** The segment key of each indexed article. */
  located: Map<number, number>;
  /** Segments emptied and dropped since the last save. */
  dropped: number[];
  nextKey: number;
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'authors', 'site', 'body'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  // Function words are left out of bodies only: a title such as "The Who" must stay findable.
  processTerm: (term, field) => (field === 'body' && STOP_WORDS.has(term) ? null : term),
  // Vacuuming runs on timers of its own; we vacuum before a save instead (see `vacuumChanged`).
  autoVacuum: false,
};

/** A segment with this share of discarded articles is vacuumed before it is saved. */
const VACUUM_AT = 0.1;

/** An empty full-text index over titles, authors, sites and bodies. */
export function createArticleSearch(): ArticleSearch {
  return { segments: new Map(), located: new Map(), dropped: [], nextKey: 1 };
}

/** Adds a stored segment to the index (load them oldest first, or newest first: the order is kept by key). */
export function loadSegment(index: ArticleSearch, stored: StoredSegment): void {
  const plain = JSON.parse(stored.json) as AsPlainObject;
  const mini = MiniSearch.loadJS<SearchDoc>(plain, OPTIONS);
  // MiniSearch lists only the articles not discarded; it has no public list of them otherwise.
  adopt(index, stored.key, { mini, changed: false }, Object.values(plain.documentIds) as number[]);
}

function adopt(index: ArticleSearch, key: number, segment: Segment, ids: readonly number[]): void {
  // Keep the map in key order, so the last entry is always the newest segment.
  const entries = [...index.segments, [key, segment] as const].sort((a, b) => a[0] - b[0]);
  index.segments = new Map(entries);
  index.nextKey = Math.max(index.nextKey, key + 1);
  for (const id of ids) index.located.set(id, key);
}

/**
 * Cleans discarded articles out of the segments about to be saved, when enough of them are, so a
 * stored segment does not keep growing with deleted text. MiniSearch does this in batches, yielding.
 */
export async function vacuumChanged(index: ArticleSearch): Promise<void> {
  for (const segment of index.segments.values()) {
    if (segment.changed && segment.mini.dirtFactor >= VACUUM_AT) await segment.mini.vacuum();
  }
}

/** What a save must write: changed segments and dropped keys; marks them saved. */
export function takeChanges(index: ArticleSearch): { put: StoredSegment[]; drop: number[]; keys: number[] } {
  const put: StoredSegment[] = [];
  for (const [key, s] of index.segments) {
    if (!s.changed) continue;
    put.push({ key, json: JSON.stringify(s.mini) });
    s.changed = false;
  }
  const drop = index.dropped;
  index.dropped = [];
  return { put, drop, keys: [...index.segments.keys()] };
}

function toDoc(article: SearchableArticle): SearchDoc {
  return {
    id: article.id,
    title: article.title,
    authors: article.authors.join(', '),
    site: article.siteName ?? '',
    body: article.notes
      ? `${stripMarkdown(article.markdown)}\n${article.notes}`
      : stripMarkdown(article.markdown),
  };
}

/** The newest segment when it has room, else a new one. */
function openSegment(index: ArticleSearch): [number, Segment] {
  const newest = [...index.segments].at(-1);
  if (newest && newest[1].mini.documentCount < SEGMENT_SIZE) return newest;
  const key = index.nextKey;
  const segment = { mini: new MiniSearch<SearchDoc>(OPTIONS), changed: true };
  adopt(index, key, segment, []);
  return [key, segment];
}

/**
 * Adds an article, or replaces the copy already indexed under its id (the new copy goes to the newest
 * segment). Returns false when its text could not be read: it is then found by title, authors and
 * site only, and one unreadable article never stops the others from being indexed.
 */
export function indexArticle(index: ArticleSearch, article: SearchableArticle): boolean {
  removeArticle(index, article.id);
  let doc: SearchDoc;
  let full = true;
  try {
    doc = toDoc(article);
  } catch {
    doc = toDoc({ ...article, markdown: '' });
    full = false;
  }
  const [key, segment] = openSegment(index);
  segment.mini.add(doc);
  segment.changed = true;
  index.located.set(article.id, key);
  return full;
}

/** Forgets an article; unknown ids are ignored. A segment left empty is dropped. */
export function removeArticle(index: ArticleSearch, id: number): void {
  const key = index.located.get(id);
  if (key === undefined) return;
  index.located.delete(id);
  const segment = index.segments.get(key);
  if (!segment) return;
  segment.mini.discard(id);
  segment.changed = true;
  if (segment.mini.documentCount === 0) {
    index.segments.delete(key);
    index.dropped.push(key);
  }
}

/**
 * Ranked matches for what the user typed: every word must match somewhere (title, author, site or
 * body), the unfinished last word matches as a prefix, titles weigh most. Each segment ranks with
 * its own word statistics (BM25+); segments are large samples of one library, so scores compare.
 */
export function searchArticles(index: ArticleSearch, input: string, limit = Infinity): SearchHit[] {
  const { terms, prefix } = parseQuery(input);
  if (terms.length === 0) return [];
  const options: SearchOptions = {
    combineWith: 'AND',
    prefix: (term) => term === prefix && term.length >= MIN_PREFIX,
    boost: { title: 4, authors: 3, site: 2 },
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  };
  const query = terms.join(' ');
  const hits: SearchHit[] = [];
  for (const { mini } of index.segments.values()) {
    for (const r of mini.search(query, options))
      hits.push({ id: r.id as number, score: r.score, terms: r.terms });
  }
  // Equal scores: the older article (lower id) first, so the order never depends on segment layout.
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return limit < hits.length ? hits.slice(0, limit) : hits;
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
