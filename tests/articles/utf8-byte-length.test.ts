import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../lib/articles/utf8-byte-length';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['plain ASCII', 11],
    ['é', 2],
    ['€', 3],
    ['日本語', 9],
    ['😀', 4],
    ['a\uD800b', 5],
    ['\uDC00\uD83D', 6],
    ['x\uD83D', 4],
  ])('counts %j as %i bytes, as TextEncoder writes it', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(encoded(text)).toBe(bytes);
  });

  it('agrees with TextEncoder on any text, broken surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => utf8ByteLength(text) === encoded(text)),
      { numRuns: 2000 },
    );
  });

  it('agrees with TextEncoder on long texts, and on short ones measured after them', () => {
    const long = `${'日本語 é 😀 '.repeat(20_000)}\uD800`;
    expect(long.length).toBeGreaterThan(64 * 1024);
    for (const text of [long, 'short é', long.slice(0, 64 * 1024), 'x\uD83D', long.slice(1)])
      expect(utf8ByteLength(text)).toBe(encoded(text));
  });
});
