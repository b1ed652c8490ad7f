import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../lib/bytes/join-bytes';

describe('joinBytes', () => {
  it('puts the chunks end to end, in order', () => {
    const joined = joinBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])], 3);
    expect([...joined]).toEqual([1, 2, 3]);
  });

  it('gives an empty array for no chunks', () => {
    expect(joinBytes([], 0)).toHaveLength(0);
  });
});
