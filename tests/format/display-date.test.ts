import { describe, expect, it } from 'vitest';
import { displayDate } from '../../lib/format/display-date';

// Midday UTC falls on the same calendar day in every time zone the tests may run in.
const NOON = '2026-03-05T12:00:00Z';

describe('displayDate', () => {
  it('writes the day for lists, and spells it out for the reader', () => {
    expect(displayDate(NOON, 'day', 'en-US')).toBe('Mar 5, 2026');
    expect(displayDate(NOON, 'long-day', 'en-US')).toBe('March 5, 2026');
    expect(displayDate(NOON, 'day', 'de')).toBe('05.03.2026');
  });

  it('adds the time of day when asked', () => {
    expect(displayDate(NOON, 'day-and-time', 'en-US')).toMatch(/^Mar 5, 2026, \d{1,2}:\d{2}\s?[AP]M$/);
  });

  it('takes a plain date as well as an instant', () => {
    expect(displayDate('2026-03-05', 'long-day', 'en-GB')).toMatch(/^[45] March 2026$/);
  });

  it('writes the date the way the UI language does, Polish and Arabic included', () => {
    expect(displayDate(NOON, 'long-day', 'pl')).toBe('5 marca 2026');
    expect(displayDate(NOON, 'long-day', 'ar-EG')).toBe('٥ مارس ٢٠٢٦');
  });

  it.each(['', 'yesterday', '2026-13-45'])('gives null for %j, which names no instant', (text) => {
    expect(displayDate(text, 'day', 'en')).toBeNull();
  });
});
