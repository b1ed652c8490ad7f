import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import {
  createArticleSearch,
  indexArticle,
  loadSegment,
  MIN_PREFIX,
  searchArticles,
  type ArticleSearch,
} from '../../../lib/search/article-search';
import { parseQuery } from '../../../lib/search/parse-query';
import { serialiseSearch } from '../../search/stored-search';
import type { SearchEngine } from './search-engine';

/** A segment's postings for one term: MiniSearch's own plain form, field id → short doc id → count. */
type Postings = AsPlainObject['index'][number][1];

interface Directory {
  /** Each segment's document statistics (lengths, id map) with an empty term index. */
  segments: { key: number; json: string }[];
  /** Every term, sorted, with where its postings sit in the postings file. */
  terms: string[];
  at: [number, number][];
}

/** The smallest index of a sorted list whose entry is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A prototype of today's segments read lazily: the postings of each term live in a key-value file
 * (as they would in an IndexedDB store keyed by term, a prefix being a key range), and a search
 * reads only the terms it needs into otherwise empty segments. Document statistics stay loaded.
 * It reaches into MiniSearch's private term map: good enough to measure, not to ship.
 */
export const minisearchLazy: SearchEngine = {
  name: 'minisearch@7.2.0 segments, terms read lazily (prototype)',
  async build(articles, dir) {
    const index = createArticleSearch();
    for (const a of articles) indexArticle(index, a);
    const byTerm = new Map<string, Record<number, Postings>>();
    const segments = serialiseSearch(index).map(({ key, json }) => {
      const plain = JSON.parse(json) as AsPlainObject;
      for (const [term, postings] of plain.index) {
        const entry = byTerm.get(term) ?? {};
        entry[key] = postings;
        byTerm.set(term, entry);
      }
      return { key, json: JSON.stringify({ ...plain, index: [] }) };
    });
    const terms = [...byTerm.keys()].sort();
    const chunks: Buffer[] = [];
    const at: [number, number][] = [];
    let offset = 0;
    for (const term of terms) {
      const chunk = Buffer.from(JSON.stringify(byTerm.get(term)));
      at.push([offset, chunk.length]);
      chunks.push(chunk);
      offset += chunk.length;
    }
    writeFileSync(join(dir, 'postings.bin'), Buffer.concat(chunks));
    writeFileSync(join(dir, 'directory.json'), JSON.stringify({ segments, terms, at } satisfies Directory));
    return index;
  },
  async open(dir) {
    const directory = JSON.parse(readFileSync(join(dir, 'directory.json'), 'utf8')) as Directory;
    const index = createArticleSearch();
    for (const segment of directory.segments) loadSegment(index, segment);
    const fd = openSync(join(dir, 'postings.bin'), 'r');
    process.once('exit', () => closeSync(fd));
    const read = (i: number): Record<number, Postings> => {
      const [offset, length] = directory.at[i] as [number, number];
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, offset);
      return JSON.parse(buffer.toString('utf8')) as Record<number, Postings>;
    };
    return (query, limit) => {
      const { terms, prefix } = parseQuery(query);
      const wanted = new Set<number>();
      for (const term of terms) {
        const i = lowerBound(directory.terms, term);
        if (directory.terms[i] === term) wanted.add(i);
      }
      if (prefix && prefix.length >= MIN_PREFIX) {
        for (let i = lowerBound(directory.terms, prefix); directory.terms[i]?.startsWith(prefix); i++)
          wanted.add(i);
      }
      fill(
        index,
        [...wanted].map((i) => [directory.terms[i] as string, read(i)]),
      );
      return searchArticles(index, query, limit).map((h) => h.id);
    };
  },
  bundleEntry: `export { loadSegment, searchArticles } from './lib/search/article-search';`,
};

interface TermMap {
  clear(): void;
  set(term: string, fields: Map<number, Map<number, number>>): void;
}

/** Replaces each segment's term map with the postings read for this query. */
function fill(index: ArticleSearch, postings: [string, Record<number, Postings>][]): void {
  for (const [key, { mini }] of index.segments) {
    const terms = (mini as unknown as { _index: TermMap })._index;
    terms.clear();
    for (const [term, bySegment] of postings) {
      const fields = bySegment[key];
      if (!fields) continue;
      const map = new Map<number, Map<number, number>>();
      for (const [fieldId, docs] of Object.entries(fields))
        map.set(Number(fieldId), new Map(Object.entries(docs).map(([id, n]) => [Number(id), n])));
      terms.set(term, map);
    }
  }
}
