import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../lib/search/parse-query';
import { warmUpQueries } from '../../lib/search/warm-up-queries';

describe('warmUpQueries', () => {
  it('asks for a title word whole, as 3-, 4- and 6-letter prefixes, and with the next word as a phrase and typed', () => {
    const queries = warmUpQueries('The lighthouse keepers of Whitby');
    expect(queries).toEqual([
      'lighthouse ',
      'lig',
      'ligh',
      'lighth',
      '"lighthouse keepers"',
      'lighthouse keep',
      'lighthouse keepers',
    ]);
    // Read as the search box reads them: whole words, prefixes, a phrase.
    expect(parseQuery(queries[0] as string).prefix).toBeNull();
    expect(parseQuery(queries[2] as string).prefix).toBe('ligh');
    expect(parseQuery(queries[4] as string).phrases).toEqual([['lighthouse', 'keepers']]);
  });

  it('counts letters, not UTF-16 units, and asks nothing of a title without a word of four letters', () => {
    expect(warmUpQueries('Żółw')).toEqual(['żółw ', 'żół', 'żółw']);
    expect(warmUpQueries('A is on')).toEqual([]);
    expect(warmUpQueries('')).toEqual([]);
  });
});
