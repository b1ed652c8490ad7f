/**
 * One segment of the full-text index: a compact inverted index over up to a few thousand articles,
 * held in typed arrays so it is stored and loaded by IndexedDB's structured clone (no JSON, no
 * rebuilding of maps) and costs about a tenth of the memory of an index made of Maps.
 */

/** The indexed fields, in the order their counts are stored; `FIELD_BOOST` weighs them. */
export const FIELDS = ['title', 'authors', 'site', 'body'] as const;
export const FIELD_COUNT = FIELDS.length;

/** A segment as stored: terms sorted, each with its postings (local doc numbers and field counts). */
export interface IndexSegment {
  /** Article id of each local doc number. */
  ids: Int32Array;
  /** The segment's words, sorted, joined by newlines. */
  terms: string;
  /** Postings of term i are at [starts[i], starts[i + 1]). */
  starts: Uint32Array;
  /** Local doc number of each posting. */
  docs: Uint16Array;
  /** FIELD_COUNT counts per posting: how often the term occurs in each field (capped at 255). */
  counts: Uint8Array;
  /** FIELD_COUNT lengths per doc, in words. */
  lengths: Uint16Array;
  /** 1 for a doc deleted or re-indexed since the segment was made (a tombstone). */
  deleted: Uint8Array;
}

/** The words of one article, field by field, already tokenized. */
export type FieldWords = readonly (readonly string[])[];

interface Posting {
  docs: number[];
  counts: number[];
}

/** A segment being written: plain arrays and a map, turned into an `IndexSegment` by `freezeSegment`. */
export interface SegmentBuilder {
  ids: number[];
  lengths: number[];
  /** 1 for a doc removed while the segment was still being written. */
  deleted: number[];
  postings: Map<string, Posting>;
}

/** An empty segment builder. */
export function createSegmentBuilder(): SegmentBuilder {
  return { ids: [], lengths: [], deleted: [], postings: new Map() };
}

/** Adds one article's words to a builder; returns its local doc number. */
export function addToSegment(builder: SegmentBuilder, id: number, fields: FieldWords): number {
  const doc = builder.ids.length;
  builder.ids.push(id);
  builder.deleted.push(0);
  const seen = new Map<string, number[]>();
  fields.forEach((words, field) => {
    builder.lengths.push(Math.min(words.length, 0xffff));
    for (const word of words) {
      let counts = seen.get(word);
      if (!counts) seen.set(word, (counts = new Array<number>(FIELD_COUNT).fill(0)));
      counts[field] = Math.min(255, (counts[field] ?? 0) + 1);
    }
  });
  for (const [word, counts] of seen) {
    let posting = builder.postings.get(word);
    if (!posting) builder.postings.set(word, (posting = { docs: [], counts: [] }));
    posting.docs.push(doc);
    posting.counts.push(...counts);
  }
  return doc;
}

/** Turns a builder into the compact, sorted form that is searched and stored. */
export function freezeSegment(builder: SegmentBuilder): IndexSegment {
  const words = [...builder.postings.keys()].sort();
  let total = 0;
  for (const w of words) total += (builder.postings.get(w) as Posting).docs.length;
  const starts = new Uint32Array(words.length + 1);
  const docs = new Uint16Array(total);
  const counts = new Uint8Array(total * FIELD_COUNT);
  let at = 0;
  words.forEach((w, i) => {
    const posting = builder.postings.get(w) as Posting;
    starts[i] = at;
    docs.set(posting.docs, at);
    counts.set(posting.counts, at * FIELD_COUNT);
    at += posting.docs.length;
  });
  starts[words.length] = at;
  return {
    ids: Int32Array.from(builder.ids),
    terms: words.join('\n'),
    starts,
    docs,
    counts,
    lengths: Uint16Array.from(builder.lengths),
    deleted: Uint8Array.from(builder.deleted),
  };
}

/**
 * A builder holding the live docs of a segment, renumbered without the deleted ones: how a segment
 * takes new articles or sheds its tombstones, without reading any article again.
 */
export function thawSegment(
  segment: IndexSegment,
  words: readonly string[] = splitTerms(segment),
): SegmentBuilder {
  const renumber = new Int32Array(segment.ids.length).fill(-1);
  const builder = createSegmentBuilder();
  segment.ids.forEach((id, doc) => {
    if (segment.deleted[doc]) return;
    renumber[doc] = builder.ids.length;
    builder.ids.push(id);
    builder.deleted.push(0);
    for (let f = 0; f < FIELD_COUNT; f++) builder.lengths.push(segment.lengths[doc * FIELD_COUNT + f] ?? 0);
  });
  words.forEach((word, i) => {
    const posting: Posting = { docs: [], counts: [] };
    for (let p = segment.starts[i] ?? 0; p < (segment.starts[i + 1] ?? 0); p++) {
      const doc = renumber[segment.docs[p] ?? 0] ?? -1;
      if (doc < 0) continue;
      posting.docs.push(doc);
      for (let f = 0; f < FIELD_COUNT; f++) posting.counts.push(segment.counts[p * FIELD_COUNT + f] ?? 0);
    }
    if (posting.docs.length > 0) builder.postings.set(word, posting);
  });
  return builder;
}

/** The segment's words as an array (sorted), for binary search. */
export function splitTerms(segment: IndexSegment): string[] {
  return segment.terms === '' ? [] : segment.terms.split('\n');
}

/** Index of the first word >= `word` in a sorted list. */
export function lowerBound(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many docs of the segment are not deleted. */
export function liveDocs(segment: IndexSegment): number {
  let n = 0;
  for (const d of segment.deleted) n += d ? 0 : 1;
  return n;
}

/** Checks that a stored value has the shape of a segment (a damaged store is rebuilt, not trusted). */
export function isIndexSegment(value: unknown): value is IndexSegment {
  const s = value as Partial<IndexSegment> | null;
  return (
    !!s &&
    s.ids instanceof Int32Array &&
    typeof s.terms === 'string' &&
    s.starts instanceof Uint32Array &&
    s.docs instanceof Uint16Array &&
    s.counts instanceof Uint8Array &&
    s.lengths instanceof Uint16Array &&
    s.deleted instanceof Uint8Array &&
    s.deleted.length === s.ids.length &&
    s.lengths.length === s.ids.length * FIELD_COUNT &&
    s.counts.length === s.docs.length * FIELD_COUNT &&
    s.starts[s.starts.length - 1] === s.docs.length
  );
}
