import { describe, expect, it } from 'vitest';
import {
  addToSegment,
  createSegmentBuilder,
  freezeSegment,
  isIndexSegment,
  splitTerms,
  thawSegment,
} from '../../lib/search/index-segment';

// Fields: title, authors, site, body.
function sample() {
  const builder = createSegmentBuilder();
  addToSegment(builder, 10, [['tides'], [], ['example'], ['tides', 'whitby', 'tides']]);
  addToSegment(builder, 20, [['bread'], ['ana'], [], ['rye', 'starter']]);
  addToSegment(builder, 30, [['whitby'], [], [], ['harbour']]);
  return builder;
}

describe('index segments', () => {
  it('freezes into sorted words with postings and per-field counts', () => {
    const segment = freezeSegment(sample());
    const words = splitTerms(segment);
    expect(words).toEqual([...words].sort());
    const at = words.indexOf('tides');
    const from = segment.starts[at] as number;
    expect((segment.starts[at + 1] as number) - from).toBe(1);
    expect(segment.ids[segment.docs[from] as number]).toBe(10);
    // Once in the title, twice in the body.
    expect([...segment.counts.slice(from * 4, from * 4 + 4)]).toEqual([1, 0, 0, 2]);
    expect([...segment.lengths.slice(0, 4)]).toEqual([1, 0, 1, 3]);
    expect(isIndexSegment(segment)).toBe(true);
  });

  it('thaws without its deleted docs, renumbered, and freezes to the same postings', () => {
    const segment = freezeSegment(sample());
    segment.deleted[0] = 1;
    const again = freezeSegment(thawSegment(segment));
    expect([...again.ids]).toEqual([20, 30]);
    expect(splitTerms(again)).not.toContain('tides');
    const whitby = splitTerms(again).indexOf('whitby');
    expect(again.ids[again.docs[again.starts[whitby] as number] as number]).toBe(30);
    expect(again.deleted.every((d) => d === 0)).toBe(true);
  });

  it('refuses stored values that are not a whole segment', () => {
    const segment = freezeSegment(sample());
    expect(isIndexSegment({ ...segment, docs: Array.from(segment.docs) })).toBe(false);
    expect(isIndexSegment({ ...segment, deleted: new Uint8Array(1) })).toBe(false);
    expect(isIndexSegment({ ...segment, starts: segment.starts.slice(0, -1) })).toBe(false);
    expect(isIndexSegment(null)).toBe(false);
  });
});
