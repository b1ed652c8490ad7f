import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../search/sample-record';

describe('sampleRecord', () => {
  it('gives each id from 1 to 31 its own valid capture day, later for a higher id', () => {
    const times = Array.from({ length: 31 }, (_, i) => sampleRecord(i + 1, 'Title', 'Site').capturedAt);
    for (const time of times) expect(new Date(time).toISOString().slice(0, 10)).toBe(time.slice(0, 10));
    expect(new Set(times).size).toBe(31);
    expect(times.toSorted()).toEqual(times);
  });
});
