import { describe, expect, it } from 'vitest';
import { facetCounts, matchesFilter, NO_FILTER } from '../../lib/search/filter-articles';

const a = (siteName: string | null, tags: string[], capturedAt: string) => ({ siteName, tags, capturedAt });
const items = [
  a('BBC', ['climate'], '2026-01-10T09:00:00Z'),
  a('BBC', [], '2026-02-01T23:59:00Z'),
  a('Guardian', ['climate', 'work'], '2026-03-05T00:00:00Z'),
  a(null, ['work'], '2025-12-31T12:00:00Z'),
];
const pass = (f: Partial<typeof NO_FILTER>) =>
  items.filter((x) => matchesFilter(x, { ...NO_FILTER, ...f })).length;

describe('matchesFilter', () => {
  it('lets everything through without filters', () => expect(pass({})).toBe(4));
  it('filters by site', () => expect(pass({ site: 'BBC' })).toBe(2));
  it('filters by tag', () => expect(pass({ tag: 'work' })).toBe(2));
  it('combines filters', () => expect(pass({ site: 'Guardian', tag: 'climate' })).toBe(1));
  it('treats date bounds as whole days, inclusive', () => {
    expect(pass({ from: '2026-02-01', to: '2026-02-01' })).toBe(1);
    expect(pass({ from: '2026-01-01' })).toBe(3);
    expect(pass({ to: '2025-12-31' })).toBe(1);
  });
});

describe('facetCounts', () => {
  it('counts sites and tags, most used first', () => {
    expect(facetCounts(items)).toEqual({
      sites: [
        ['BBC', 2],
        ['Guardian', 1],
      ],
      tags: [
        ['climate', 2],
        ['work', 2],
      ],
    });
  });
});
