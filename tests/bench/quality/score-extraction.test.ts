import { describe, expect, it } from 'vitest';
import { scorePage, scoreSet, shingleCounts, tokenize } from './score-extraction.ts';

describe('tokenize', () => {
  it('splits on anything that is not a Unicode letter, digit or underscore', () => {
    expect(tokenize('Привет, мир! 你好_世界 café — 2025')).toEqual([
      'Привет',
      'мир',
      '你好_世界',
      'café',
      '2025',
    ]);
  });
});

describe('shingleCounts', () => {
  it('counts repeated four-token runs', () => {
    const counts = shingleCounts(tokenize('x y z w x y z w'));
    expect(counts.size).toBe(4);
    expect(Math.max(...counts.values())).toBe(2);
  });

  it('gives one short shingle for fewer than four tokens and none for no tokens', () => {
    expect(shingleCounts(['a', 'b']).size).toBe(1);
    expect(shingleCounts([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores an exact extraction 1/1 and marks it exact', () => {
    expect(scorePage('a b c d e', 'a, b. c d e')).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('charges extra text to precision only, normalised per page', () => {
    // Extracted: abcd bcde cdef; true: abcd bcde → tp 2, fp 1, fn 0 of 3.
    const score = scorePage('a b c d e f', 'a b c d e');
    expect(score.tp).toBeCloseTo(2 / 3);
    expect(score.fp).toBeCloseTo(1 / 3);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBe(1);
    expect(score.exact).toBe(false);
  });

  it('compares shingles with their counts', () => {
    // True text has xyzw twice plus three other shingles; the extraction has xyzw once.
    const score = scorePage('x y z w', 'x y z w x y z w');
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 5);
  });

  it('gives an empty extraction zero precision and recall', () => {
    expect(scorePage('', 'a b c d')).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0 });
  });

  it('treats short texts as one shingle each', () => {
    expect(scorePage('hello world', 'hello world')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('hello there', 'hello world')).toMatchObject({ precision: 0, recall: 0 });
  });
});

describe('scoreSet', () => {
  it('averages precision over pages with output and recall over pages with truth', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'),
      scorePage('a b c d e f', 'a b c d e'),
      scorePage('', 'p q r s'),
    ];
    const set = scoreSet(pages);
    expect(set.precision).toBeCloseTo((1 + 2 / 3) / 2);
    expect(set.recall).toBeCloseTo(2 / 3);
    expect(set.f1).toBeCloseTo(20 / 27);
    expect(set.accuracy).toBeCloseTo(1 / 3);
  });
});
