import { describe, expect, it } from 'vitest';
import { foreignMoment, unixMoment } from '../../lib/import/foreign-moment';

describe('foreignMoment', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T09:30:00Z', '2024-05-01T09:30:00Z'],
    // Wallabag's offsets have no colon.
    ['2024-04-02T10:30:00+0200', '2024-04-02T08:30:00.000Z'],
    // MarkDownload's zone note.
    ['2025-02-10T08:15:00 (UTC +01:00)', '2025-02-10T07:15:00.000Z'],
    // No zone at all: read as UTC, the same on every machine.
    ['2024-05-01 09:30', '2024-05-01T09:30:00.000Z'],
    // Not a date: kept, for the article check to leave out with a note.
    ['last spring', 'last spring'],
    ['2024-02-30 10:00', '2024-02-30 10:00'],
  ])('%s → %s', (text, iso) => {
    expect(foreignMoment(text)).toBe(iso);
  });

  it('keeps null', () => {
    expect(foreignMoment(null)).toBeNull();
  });
});

describe('unixMoment', () => {
  it('reads seconds since 1970, and nothing else', () => {
    expect(unixMoment('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(unixMoment(' 0 ')).toBe('1970-01-01T00:00:00.000Z');
    expect(unixMoment('')).toBeNull();
    expect(unixMoment('yesterday')).toBeNull();
    expect(unixMoment(undefined)).toBeNull();
  });
});
