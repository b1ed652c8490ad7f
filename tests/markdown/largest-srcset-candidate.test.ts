import { describe, expect, it } from 'vitest';
import { largestSrcsetCandidate } from '../../lib/markdown/largest-srcset-candidate.ts';

describe('largestSrcsetCandidate', () => {
  it('keeps commas that belong to a URL', () => {
    expect(
      largestSrcsetCandidate(
        'https://cdn.example/w_400,c_fill/a.jpg 400w, https://cdn.example/w_900,c_fill/a.jpg 900w',
      ),
    ).toBe('https://cdn.example/w_900,c_fill/a.jpg');
  });
});
