import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../lib/bytes/sha256-hex';

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 test vector for "abc", as lowercase hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc') as Uint8Array<ArrayBuffer>)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives one key to the same bytes and another to different bytes', async () => {
    const a = await sha256Hex(new Uint8Array([1, 2, 3]));
    expect(await sha256Hex(new Uint8Array([1, 2, 3]))).toBe(a);
    expect(await sha256Hex(new Uint8Array([1, 2, 4]))).not.toBe(a);
  });
});
