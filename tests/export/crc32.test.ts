import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../lib/export/crc32';

describe('crc32', () => {
  it('gives the check value of the standard ("123456789" → cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with zlib on every length from 0 to 64 and on a megabyte, at any offset in its buffer', () => {
    let seed = 3;
    const bytes = Uint8Array.from({ length: (1 << 20) + 19 }, () => (seed = (seed * 69069 + 1) >>> 0) >>> 24);
    for (let length = 0; length <= 64; length++) {
      for (const offset of [0, 1, 3, 7]) {
        const part = bytes.subarray(offset, offset + length);
        expect(crc32(part), `${length} bytes at ${offset}`).toBe(zlibCrc32(part));
      }
    }
    expect(crc32(bytes.subarray(5))).toBe(zlibCrc32(bytes.subarray(5)));
  });
});
