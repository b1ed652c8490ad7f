import { plural } from '../format/plural';

/**
 * What the message after an export adds about images: how many went into the zip (nothing when
 * none did), or that their links were kept remote.
 */
export function describeExportedImages(keepRemote: boolean, images: number): string {
  if (keepRemote) return ', image links kept remote';
  return images > 0 ? ` with ${plural(images, 'image', 'images')}` : '';
}
