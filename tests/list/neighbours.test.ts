import { describe, expect, it } from 'vitest';
import { neighbours } from '../../lib/list/neighbours';

describe('neighbours', () => {
  it('gives the articles before and after, none past either end', () => {
    expect(neighbours([5, 3, 9], 3)).toEqual({ previous: 5, next: 9 });
    expect(neighbours([5, 3, 9], 5)).toEqual({ previous: null, next: 3 });
    expect(neighbours([5, 3, 9], 9)).toEqual({ previous: 3, next: null });
  });

  it('gives none for an article the list does not hold', () => {
    expect(neighbours([5, 3, 9], 4)).toEqual({ previous: null, next: null });
  });
});
