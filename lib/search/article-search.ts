import {
  addToSegment,
  createSegmentBuilder,
  freezeSegment,
  liveDocs,
  lowerBound,
  splitTerms,
  thawSegment,
  type IndexSegment,
  type SegmentBuilder,
} from './index-segment';
import { parseQuery, tokenize } from './parse-query';
import { fieldSums, scoreSegments, type SearchableSegment, type SearchHit } from './score-segments';
import { STOP_WORDS } from './stop-words';
import { stripMarkdown } from './strip-markdown';

export type { SearchHit } from './score-segments';

/**
 * Bump when the indexed fields, tokenizer, term rules or stored layout change: a stored index of
 * another version is stale and gets rebuilt. 3: segments of typed arrays instead of one MiniSearch.
 */
export const SEARCH_INDEX_VERSION = 3;

/** Articles per segment: small enough that re-writing one (a capture, a delete) is cheap. */
export const SEGMENT_SIZE = 2000;

/** What the index needs from an article. */
export interface SearchableArticle {
  id: number;
  title: string;
  authors: readonly string[];
  siteName: string | null;
  markdown: string;
}

/** A stored segment and the key it is saved under; keys grow, so the highest is the newest. */
export interface StoredSegment {
  key: number;
  segment: IndexSegment;
}

interface LiveSegment extends SearchableSegment {
  /** Changed since the last save. */
  changed: boolean;
}

/**
 * The full-text index: frozen segments (searched) plus the newest one while it takes articles,
 * frozen again before the next search or save. Each article lives in exactly one segment.
 */
export interface ArticleSearch {
  segments: Map<number, LiveSegment>;
  open: { key: number; builder: SegmentBuilder } | null;
  /** Segment key and local doc number of each indexed article. */
  located: Map<number, { key: number; doc: number }>;
  /** Segments emptied and dropped since the last save. */
  dropped: number[];
  nextKey: number;
}

/** How many completions of the word being typed are searched: the most common ones. */
const MAX_COMPLETIONS = 12;
/** A segment with this share of tombstones is rewritten without them. */
const COMPACT_AT = 0.25;

/** An empty full-text index over titles, authors, sites and bodies. */
export function createArticleSearch(): ArticleSearch {
  return { segments: new Map(), open: null, located: new Map(), dropped: [], nextKey: 1 };
}

/** The index made from stored segments, oldest first. */
export function loadSearch(stored: readonly StoredSegment[]): ArticleSearch {
  const index = createArticleSearch();
  for (const { key, segment } of stored) {
    adopt(index, key, segment, false);
    index.nextKey = Math.max(index.nextKey, key + 1);
  }
  return index;
}

/** Every segment of the index as stored (the open one frozen first). */
export function serialiseSearch(index: ArticleSearch): StoredSegment[] {
  flush(index);
  return [...index.segments].map(([key, s]) => ({ key, segment: s.data }));
}

/** What a save must write: changed segments and dropped keys; marks them saved. */
export function takeChanges(index: ArticleSearch): { put: StoredSegment[]; drop: number[]; keys: number[] } {
  flush(index);
  const put: StoredSegment[] = [];
  for (const [key, s] of index.segments) {
    if (!s.changed) continue;
    put.push({ key, segment: s.data });
    s.changed = false;
  }
  const drop = index.dropped;
  index.dropped = [];
  return { put, drop, keys: [...index.segments.keys()] };
}

function fieldWords(article: SearchableArticle): string[][] {
  // Function words are left out of bodies only: a title such as "The Who" must stay findable.
  const body = tokenize(stripMarkdown(article.markdown)).filter((w) => !STOP_WORDS.has(w));
  return [
    tokenize(article.title),
    tokenize(article.authors.join(', ')),
    tokenize(article.siteName ?? ''),
    body,
  ];
}

function adopt(
  index: ArticleSearch,
  key: number,
  data: IndexSegment,
  changed: boolean,
  words = splitTerms(data),
) {
  index.segments.set(key, { data, words, fieldSums: fieldSums(data), changed });
  data.ids.forEach((id, doc) => {
    if (!data.deleted[doc]) index.located.set(id, { key, doc });
  });
}

/** Freezes the open segment and rewrites segments heavy with tombstones. */
function flush(index: ArticleSearch): void {
  if (index.open) {
    const { key, builder } = index.open;
    index.open = null;
    adopt(index, key, freezeSegment(builder), true);
  }
  for (const [key, s] of index.segments) {
    if (!s.changed) continue;
    const live = liveDocs(s.data);
    if (live === 0) {
      index.segments.delete(key);
      index.dropped.push(key);
    } else if (live < s.data.ids.length * (1 - COMPACT_AT)) {
      adopt(index, key, freezeSegment(thawSegment(s.data, s.words)), true);
    }
  }
}

/** The newest segment as a builder, reopened when it has room, else a new one. */
function openSegment(index: ArticleSearch): { key: number; builder: SegmentBuilder } {
  if (index.open) return index.open;
  const newest = [...index.segments.keys()].pop();
  const segment = newest === undefined ? undefined : index.segments.get(newest);
  if (newest !== undefined && segment && liveDocs(segment.data) < SEGMENT_SIZE) {
    index.segments.delete(newest);
    const builder = thawSegment(segment.data, segment.words);
    builder.ids.forEach((id, doc) => index.located.set(id, { key: newest, doc }));
    index.open = { key: newest, builder };
  } else index.open = { key: index.nextKey++, builder: createSegmentBuilder() };
  return index.open;
}

/** Adds an article, or replaces the copy already indexed under its id. */
export function indexArticle(index: ArticleSearch, article: SearchableArticle): void {
  removeArticle(index, article.id);
  const open = openSegment(index);
  const doc = addToSegment(open.builder, article.id, fieldWords(article));
  index.located.set(article.id, { key: open.key, doc });
  if (open.builder.ids.length >= SEGMENT_SIZE) flush(index);
}

/** Forgets an article (a tombstone in its segment); unknown ids are ignored. */
export function removeArticle(index: ArticleSearch, id: number): void {
  const at = index.located.get(id);
  if (!at) return;
  index.located.delete(id);
  if (index.open?.key === at.key) index.open.builder.deleted[at.doc] = 1;
  const segment = index.segments.get(at.key);
  if (segment) {
    segment.data.deleted[at.doc] = 1;
    segment.changed = true;
  }
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

/** Indexed words starting with `prefix`, each with how many docs hold it, from every segment. */
function vocabularyOf(index: ArticleSearch, prefix: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const { data, words } of index.segments.values()) {
    for (let i = lowerBound(words, prefix); i < words.length; i++) {
      const w = words[i] as string;
      if (!w.startsWith(prefix)) break;
      found.set(w, (found.get(w) ?? 0) + (data.starts[i + 1] ?? 0) - (data.starts[i] ?? 0));
    }
  }
  return found;
}

/**
 * Ranked matches for what the user typed: every word must match somewhere (title, author, site or
 * body), the unfinished last word matches as a prefix, titles weigh most.
 */
export function searchArticles(index: ArticleSearch, input: string, limit = Infinity): SearchHit[] {
  const { terms, prefix } = parseQuery(input);
  if (terms.length === 0) return [];
  flush(index);
  const whole = terms.filter((t) => t !== prefix).map((t) => [t]);
  const expanded =
    prefix !== null && prefix.length >= 2
      ? completions(vocabularyOf(index, prefix), prefix)
      : prefix
        ? [prefix]
        : [];
  if (prefix !== null && expanded.length === 0) return [];
  const groups = expanded.length > 0 ? [...whole, expanded] : whole;
  const hits = scoreSegments([...index.segments.values()], groups);
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
