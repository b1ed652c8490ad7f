import { describe, expect, it } from 'vitest';
import {
  dayInTimeZone,
  filtersNothing,
  localDay,
  matchesFilter,
  NO_FILTER,
  type ArticleFilter,
} from '../../lib/search/filter-articles';

const a = (siteName: string | null, tags: string[], capturedAt: string) => ({ siteName, tags, capturedAt });
const items = [
  a('BBC', ['climate'], '2026-01-10T09:00:00Z'),
  a('BBC', [], '2026-02-01T23:59:00Z'),
  a('Guardian', ['climate', 'work'], '2026-03-05T00:00:00Z'),
  a(null, ['work'], '2025-12-31T12:00:00Z'),
];
const utc = dayInTimeZone('UTC');
const pass = (f: Partial<ArticleFilter>) =>
  items.filter((x) => matchesFilter(x, { ...NO_FILTER, ...f }, utc)).length;

describe('filtersNothing', () => {
  it('is true only when no filter is set, however the empty filter was made', () => {
    expect(filtersNothing(NO_FILTER)).toBe(true);
    expect(filtersNothing({ site: null, tag: null, from: null, to: null })).toBe(true);
    for (const f of [{ site: 'BBC' }, { tag: 'work' }, { from: '2026-01-01' }, { to: '2026-01-01' }])
      expect(filtersNothing({ ...NO_FILTER, ...f })).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('lets everything through without filters', () => expect(pass({})).toBe(4));
  it('filters by site', () => expect(pass({ site: 'BBC' })).toBe(2));
  it('filters by tag', () => expect(pass({ tag: 'work' })).toBe(2));
  it('combines filters', () => expect(pass({ site: 'Guardian', tag: 'climate' })).toBe(1));
  it('treats date bounds as whole days, inclusive (here in UTC)', () => {
    expect(pass({ from: '2026-02-01', to: '2026-02-01' })).toBe(1);
    expect(pass({ from: '2026-01-01' })).toBe(3);
    expect(pass({ to: '2025-12-31' })).toBe(1);
  });
});

describe("date bounds in the user's own time zone", () => {
  // 23:30 UTC on 26 November is already 00:30 on the 27th in Berlin (UTC+1 in winter) and still
  // 18:30 on the 26th in New York (UTC-5).
  const lateEvening = a('BBC', [], '2026-11-26T23:30:00.000Z');
  const berlin = dayInTimeZone('Europe/Berlin');
  const newYork = dayInTimeZone('America/New_York');
  const passes = (f: Partial<ArticleFilter>, dayOf: (iso: string) => string) =>
    matchesFilter(lateEvening, { ...NO_FILTER, ...f }, dayOf);

  it('counts a capture just after local midnight on the new day', () => {
    expect(passes({ from: '2026-11-27' }, berlin)).toBe(true);
    expect(passes({ to: '2026-11-26' }, berlin)).toBe(false);
    expect(passes({ from: '2026-11-27', to: '2026-11-27' }, berlin)).toBe(true);
  });

  it('counts the same instant on the old day where it is still evening', () => {
    expect(passes({ from: '2026-11-27' }, newYork)).toBe(false);
    expect(passes({ to: '2026-11-26' }, newYork)).toBe(true);
    expect(passes({ from: '2026-11-26', to: '2026-11-26' }, newYork)).toBe(true);
  });

  it('follows summer time: 22:30 UTC on 30 June is 1 July in Berlin (UTC+2), not in UTC', () => {
    const summer = a('BBC', [], '2026-06-30T22:30:00.000Z');
    expect(matchesFilter(summer, { ...NO_FILTER, from: '2026-07-01' }, berlin)).toBe(true);
    expect(matchesFilter(summer, { ...NO_FILTER, from: '2026-07-01' }, utc)).toBe(false);
  });

  it('by default uses the time zone of the computer it runs on', () => {
    const here = dayInTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    for (const iso of ['2026-11-26T23:30:00.000Z', '2026-03-29T00:30:00Z', '2027-01-01T11:59:59Z']) {
      expect(localDay(iso)).toBe(here(iso));
    }
  });

  it('falls back to the written date for a timestamp it cannot read', () => {
    expect(berlin('2026-11-26 sometime')).toBe('2026-11-26');
    expect(localDay('2026-11-26 sometime')).toBe('2026-11-26');
  });
});
