import type { ImageType } from './sniff-image-type';

/** Width and height in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * An image's size read from its header, without decoding it (the background worker has no DOM to
 * decode in, and a header is enough to tell a 1×1 pixel). Null when the header does not say (SVG,
 * a truncated file).
 */
export function readImageSize(bytes: Uint8Array, type: ImageType): ImageSize | null {
  switch (type.extension) {
    case 'png':
      // IHDR is always the first chunk: width and height are big-endian at 16 and 20.
      return bytes.length >= 24 ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : null;
    case 'gif':
      return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
    case 'jpg':
      return jpegSize(bytes);
    case 'webp':
      return webpSize(bytes);
    case 'avif':
      return avifSize(bytes);
    case 'svg':
      return null;
  }
}

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => ((u16be(b, at) << 16) | u16be(b, at + 2)) >>> 0;
const tag = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** The first start-of-frame segment (SOF0–SOF15 except DHT, JPG and DAC) holds the size. */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    at += 2 + u16be(bytes, at + 2);
  }
  return null;
}

/** https://developers.google.com/speed/webp/docs/riff_container: lossy, lossless and extended. */
function webpSize(bytes: Uint8Array): ImageSize | null {
  const chunk = tag(bytes, 12);
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits =
      (bytes[21] ?? 0) | ((bytes[22] ?? 0) << 8) | ((bytes[23] ?? 0) << 16) | ((bytes[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  }
  return null;
}

/** The `ispe` property (image spatial extents) of the first image, searched for in the header. */
function avifSize(bytes: Uint8Array): ImageSize | null {
  const end = Math.min(bytes.length - 16, 64 * 1024);
  for (let at = 4; at <= end; at++) {
    if (tag(bytes, at) === 'ispe') return { width: u32be(bytes, at + 8), height: u32be(bytes, at + 12) };
  }
  return null;
}
