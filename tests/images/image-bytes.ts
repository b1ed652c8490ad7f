import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Real images (made by Chromium's canvas encoder) and hand-built headers for the formats Chromium
// cannot encode, so the sniffer and the size reader are tried on what servers really send.

/** A sample file of tests/images/samples/. */
export function sample(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(import.meta.dirname, 'samples', name)));
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];

/** A GIF header of the given size (the sniffer and size reader read no further). */
export const gif = (width: number, height: number, version = '89a') =>
  bytes('GIF' + version, u16le(width), u16le(height), [0x80, 0, 0]);

/** The classic 1×1 transparent tracking GIF, byte for byte. */
export const trackingGif = () =>
  Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) => c.charCodeAt(0));

/** An AVIF start: `ftyp` with the given brands, then a `meta` box holding an `ispe` property. */
export function avif(width: number, height: number, major = 'avif', compatible = ['mif1', 'miaf']) {
  const ftyp = bytes(u32be(16 + 4 * compatible.length), 'ftyp', major, u32be(0), ...compatible);
  const ispe = bytes(u32be(20), 'ispe', u32be(0), u32be(width), u32be(height));
  return new Uint8Array([...ftyp, ...bytes(u32be(8 + ispe.length), 'meta'), ...ispe]);
}

/** A lossy WebP (`VP8 `) frame header of the given size. */
export const webpLossy = (width: number, height: number) =>
  bytes(
    'RIFF',
    [0, 0, 0, 0],
    'WEBP',
    'VP8 ',
    [0, 0, 0, 0],
    [0, 0, 0, 0x9d, 0x01, 0x2a],
    u16le(width),
    u16le(height),
  );

/** A lossless WebP (`VP8L`) header of the given size. */
export function webpLossless(width: number, height: number) {
  const bits = (width - 1) | ((height - 1) << 14);
  return bytes(
    'RIFF',
    [0, 0, 0, 0],
    'WEBP',
    'VP8L',
    [0, 0, 0, 0],
    [0x2f],
    [bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255],
  );
}

/** Text as UTF-8 bytes. */
export const text = (value: string) => new TextEncoder().encode(value);
