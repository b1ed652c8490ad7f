import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../lib/format/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1025, '2 KB'],
    [812 * 1024, '812 KB'],
    [1024 * 1024, '1.0 MB'],
    [Math.round(12.4 * 1024 * 1024), '12.4 MB'],
    [Math.round(1.2 * 1024 * 1024 * 1024), '1.2 GB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("writes the number the way the reader's language does", () => {
    expect(formatBytes(Math.round(12.4 * 1024 * 1024), 'de')).toBe('12,4 MB');
    expect(formatBytes(Math.round(1.2 * 1024 * 1024 * 1024), 'pl')).toBe('1,2 GB');
    expect(formatBytes(812 * 1024, 'ar-EG')).toBe('٨١٢ KB');
  });
});
