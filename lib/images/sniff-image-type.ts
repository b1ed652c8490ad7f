/** An image format we store, as its bytes say. */
export interface ImageType {
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/svg+xml';
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';
}

/** Every image type we store. */
export const IMAGE_TYPES: readonly ImageType[] = [
  { mime: 'image/png', extension: 'png' },
  { mime: 'image/jpeg', extension: 'jpg' },
  { mime: 'image/gif', extension: 'gif' },
  { mime: 'image/webp', extension: 'webp' },
  { mime: 'image/avif', extension: 'avif' },
  { mime: 'image/svg+xml', extension: 'svg' },
];

/** The image type of a MIME type as `sniffImageType` gives it, or null for one we do not store. */
export function imageTypeOf(mime: string): ImageType | null {
  return IMAGE_TYPES.find((type) => type.mime === mime) ?? null;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * The format of an image from its first bytes, or null when they are none we show. The server's
 * Content-Type and the file name are never asked: a "photo.jpg" served as image/jpeg that is really
 * an HTML error page must not be stored as an image.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG)) return { mime: 'image/png', extension: 'png' };
  if (startsWith(bytes, JPEG)) return { mime: 'image/jpeg', extension: 'jpg' };
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { mime: 'image/gif', extension: 'gif' };
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP')
    return { mime: 'image/webp', extension: 'webp' };
  if (isAvif(bytes)) return { mime: 'image/avif', extension: 'avif' };
  if (isSvg(bytes)) return { mime: 'image/svg+xml', extension: 'svg' };
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

/**
 * An ISO-BMFF file whose `ftyp` box names AVIF as its major or a compatible brand (HEIC and MP4
 * share the box but not the brand). https://aomediacodec.github.io/av1-avif/#brands-overview
 */
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(readUint32(bytes, 0), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
}

/**
 * SVG text: an `<svg` root after an optional byte-order mark, XML declaration, comments and doctype.
 * Read as text from the first kilobytes only; a page that merely mentions `<svg` further down (an
 * HTML error page with an inline icon) starts with something else and is refused.
 */
function isSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  const prolog = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>]*>)\s*)*<svg[\s>/]/i;
  return prolog.test(text);
}
