import type { ImageFailure } from './image-failure';
import type { ImageLimits } from './image-limits';
import { readImageSize } from './read-image-size';
import { sniffImageType, type ImageType } from './sniff-image-type';

/** What fetched bytes are: an image worth storing, with what its header says, or why not. */
export type ExaminedImage =
  | { ok: true; type: ImageType; width: number | null; height: number | null }
  | { ok: false; failure: ImageFailure };

/**
 * Decides whether fetched bytes are stored: an image by its bytes, under the cap for one image,
 * and not a spacer. Images the page declared as 1×1 never reach the Markdown (see image-rules);
 * this catches the ones that did not say so.
 */
export function examineImage(bytes: Uint8Array, limits: ImageLimits): ExaminedImage {
  if (bytes.length > limits.maxImageBytes)
    return { ok: false, failure: { reason: 'too-large', bytes: bytes.length, limit: limits.maxImageBytes } };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, failure: { reason: 'not-an-image' } };
  const size = readImageSize(bytes, type);
  if (size && isSpacer(size.width, size.height)) return { ok: false, failure: { reason: 'spacer' } };
  return { ok: true, type, width: size?.width ?? null, height: size?.height ?? null };
}

/** A picture one pixel wide or high, or empty: a spacer, a rule or a tracking pixel. */
export function isSpacer(width: number, height: number): boolean {
  return width <= 1 || height <= 1;
}
