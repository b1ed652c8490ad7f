import { describe, expect, it } from 'vitest';
import { meanTokenScore, scoreTokens } from './score-tokens.ts';

describe('scoreTokens', () => {
  it('compares lower-cased words as bags, in any order', () => {
    expect(scoreTokens('Fox the quick', 'the quick fox')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts repeated words as many times as they occur', () => {
    const score = scoreTokens('the the the cat', 'the cat');
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(2 / 3);
  });

  it('scores an empty extraction 0', () => {
    expect(scoreTokens('', 'some true text')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('averages the page F1s of a set', () => {
    const set = meanTokenScore([scoreTokens('a b', 'a b'), scoreTokens('', 'a b')]);
    expect(set.f1).toBe(0.5);
  });
});
