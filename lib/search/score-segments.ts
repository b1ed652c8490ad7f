import { FIELD_COUNT, lowerBound, type IndexSegment } from './index-segment';

/** A segment ready to search: its stored arrays plus its words split out for binary search. */
export interface SearchableSegment {
  data: IndexSegment;
  words: readonly string[];
  /** Sum of each field's length over the segment's docs, for the average field length. */
  fieldSums: readonly number[];
}

/** One ranked match; `terms` are the indexed words that matched, for highlighting. */
export interface SearchHit {
  id: number;
  score: number;
  terms: string[];
}

/** Titles weigh most, then authors, then sites, then bodies (same order as FIELDS). */
const FIELD_BOOST = [4, 3, 2, 1];
// BM25+ constants, the values MiniSearch used before the index was split into segments.
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Matched words are tracked as bits of a 32-bit mask; words past this are matched but not marked. */
const MAX_MARKED = 32;

/** Sums of field lengths over a segment's docs. */
export function fieldSums(data: IndexSegment): number[] {
  const sums = new Array<number>(FIELD_COUNT).fill(0);
  data.lengths.forEach((length, i) => (sums[i % FIELD_COUNT] = (sums[i % FIELD_COUNT] ?? 0) + length));
  return sums;
}

/** Where a word's postings are in a segment: [from, to), empty when the word is not there. */
function postingRange(segment: SearchableSegment, word: string): readonly [number, number] {
  const i = lowerBound(segment.words, word);
  if (segment.words[i] !== word) return [0, 0];
  return [segment.data.starts[i] ?? 0, segment.data.starts[i + 1] ?? 0];
}

/** Shared numbers of one search: document frequency and BM25 inputs over all segments. */
interface Stats {
  idf: number[];
  average: number[];
}

/** BM25+ over the fields of one posting, each field weighed by its boost. */
function postingScore(data: IndexSegment, p: number, doc: number, idf: number, stats: Stats): number {
  let score = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const tf = data.counts[p * FIELD_COUNT + f] ?? 0;
    if (tf === 0) continue;
    const length = data.lengths[doc * FIELD_COUNT + f] ?? 0;
    const norm = 1 - B + (B * length) / (stats.average[f] ?? 1);
    score += (FIELD_BOOST[f] ?? 1) * idf * (D + (tf * (K + 1)) / (tf + K * norm));
  }
  return score;
}

/**
 * Ranks the docs of every segment that match each group (AND over groups, OR within one), with
 * BM25+ per field; document frequencies and average lengths are taken over all segments, so scores
 * from different segments compare. Groups are walked rarest first, so later, commoner words only
 * score the docs still in the running.
 */
export function scoreSegments(
  segments: readonly SearchableSegment[],
  groups: readonly string[][],
): SearchHit[] {
  if (groups.length === 0 || segments.length === 0) return [];
  let docCount = 0;
  const sums = new Array<number>(FIELD_COUNT).fill(0);
  for (const s of segments) {
    docCount += s.data.ids.length;
    s.fieldSums.forEach((v, f) => (sums[f] = (sums[f] ?? 0) + v));
  }
  const words = [...new Set(groups.flat())];
  const ranges = segments.map((s) => words.map((w) => postingRange(s, w)));
  const frequency = words.map((_, w) =>
    ranges.reduce((n, r) => n + ((r[w] ?? [0, 0])[1] - (r[w] ?? [0, 0])[0]), 0),
  );
  const stats: Stats = {
    idf: frequency.map((df) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5))),
    average: sums.map((v) => Math.max(1, v / Math.max(1, docCount))),
  };
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const groupSize = (g: number[]) => g.reduce((n, w) => n + (frequency[w] ?? 0), 0);
  const order = groups
    .map((g) => g.map((w) => wordIndex.get(w) ?? 0))
    .sort((a, b) => groupSize(a) - groupSize(b));

  const hits: SearchHit[] = [];
  const termsOfMask = new Map<number, string[]>();
  segments.forEach(({ data }, si) => {
    const n = data.ids.length;
    const scores = new Float64Array(n);
    const matched = new Uint8Array(n);
    const masks = new Uint32Array(n);
    order.forEach((group, g) => {
      for (const w of group) {
        const [from, to] = ranges[si]?.[w] ?? [0, 0];
        const bit = w < MAX_MARKED ? 1 << w : 0;
        const idf = stats.idf[w] ?? 0;
        for (let p = from; p < to; p++) {
          const doc = data.docs[p] ?? 0;
          // Missed an earlier group (AND), or deleted: no need to score it.
          if ((matched[doc] ?? 0) < g || data.deleted[doc]) continue;
          matched[doc] = g + 1;
          masks[doc] = (masks[doc] ?? 0) | bit;
          scores[doc] = (scores[doc] ?? 0) + postingScore(data, p, doc, idf, stats);
        }
      }
    });
    for (let doc = 0; doc < n; doc++) {
      if (matched[doc] !== order.length) continue;
      const mask = masks[doc] ?? 0;
      let terms = termsOfMask.get(mask);
      if (!terms) termsOfMask.set(mask, (terms = words.filter((_, w) => w < MAX_MARKED && mask & (1 << w))));
      hits.push({ id: data.ids[doc] ?? 0, score: scores[doc] ?? 0, terms });
    }
  });
  // Equal scores: the older article (lower id) first, so the order never depends on segment layout.
  return hits.sort((a, b) => b.score - a.score || a.id - b.id);
}
