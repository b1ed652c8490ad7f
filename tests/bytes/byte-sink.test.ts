import { describe, expect, it } from 'vitest';
import { createByteSink } from '../../lib/bytes/byte-sink';

describe('createByteSink', () => {
  it('gives back exactly the UTF-8 of everything written, across many blocks', () => {
    const sink = createByteSink();
    const pieces: string[] = [];
    for (let i = 0; i < 20_000; i++) pieces.push(`| row ${i} | привет ${'é'.repeat(i % 7)} 🦊 |\n`);
    // One piece longer than a block, and raw bytes between the texts.
    pieces.push('x'.repeat(300_000));
    for (const piece of pieces) sink.writeText(piece);
    sink.write(new Uint8Array([1, 2, 3]));
    const text = pieces.join('');
    const textBytes = new TextEncoder().encode(text).length;
    expect(sink.length).toBe(textBytes + 3);
    const bytes = sink.take();
    expect(new TextDecoder().decode(bytes.subarray(0, textBytes))).toBe(text);
    expect([...bytes.subarray(textBytes)]).toEqual([1, 2, 3]);
    expect(sink.take().length).toBe(0);
  });
});
