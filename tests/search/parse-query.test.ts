import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../lib/search/parse-query';

describe('parseQuery', () => {
  it.each([
    ['climate policy', { terms: ['climate', 'policy'], phrases: [], prefix: 'policy' }],
    ['climate policy ', { terms: ['climate', 'policy'], phrases: [], prefix: null }],
    [
      '"open source" browser',
      { terms: ['browser', 'open', 'source'], phrases: [['open', 'source']], prefix: 'browser' },
    ],
    [
      '"the state of the art"',
      { terms: ['state', 'art'], phrases: [['the', 'state', 'of', 'the', 'art']], prefix: null },
    ],
    ['"half open', { terms: ['half', 'open'], phrases: [['half', 'open']], prefix: null }],
    ['The Who', { terms: ['the', 'who'], phrases: [], prefix: 'who' }],
    ["Ada's Café", { terms: ['ada', 'café'], phrases: [], prefix: 'café' }],
    ['  ', { terms: [], phrases: [], prefix: null }],
  ])('%j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });
});
