import { formatBytes } from '../format/format-bytes';

/**
 * Why an image of an article was not stored. One vocabulary for the store, the worker that fetches
 * and the pages that tell the user, so a reason reads the same everywhere.
 */
export type ImageFailure =
  /** The bytes are none of the formats we show, whatever the name or Content-Type claimed. */
  | { reason: 'not-an-image' }
  /** A 1×1 spacer or tracking pixel: nothing a reader would miss. */
  | { reason: 'spacer' }
  /** Over the cap for one image. */
  | { reason: 'too-large'; bytes: number; limit: number }
  /** Storing it would take the article over its cap in bytes or in images. */
  | { reason: 'article-full' }
  /** The server answered with an error status. */
  | { reason: 'http-error'; status: number }
  /** No answer: offline, refused, or blocked before it left. */
  | { reason: 'network' }
  /** On another site, and the user has not allowed us to fetch from other sites. */
  | { reason: 'not-permitted' }
  /** The browser stopped the worker fetching it, again each time it was resumed. */
  | { reason: 'interrupted' }
  /** Restored from an export that held no copy of it (never stored there, or links kept remote). */
  | { reason: 'not-in-import' };

/** One short sentence a user reads in the popup or beside a placeholder. */
export function describeImageFailure(failure: ImageFailure): string {
  switch (failure.reason) {
    case 'not-an-image':
      return 'Not an image (its bytes are no PNG, JPEG, GIF, WebP, AVIF or SVG).';
    case 'spacer':
      return 'Skipped: a 1×1 spacer or tracking pixel.';
    case 'too-large':
      return `Too large: ${formatBytes(failure.bytes)}, over the ${formatBytes(failure.limit)} limit for one image.`;
    case 'article-full':
      return 'Not kept: the article already holds as many images as one article may.';
    case 'http-error':
      return `The site answered ${failure.status}.`;
    case 'network':
      return 'The site could not be reached.';
    case 'not-permitted':
      return 'On another site, which you have not allowed the extension to fetch from.';
    case 'interrupted':
      return 'Not fetched: the browser stopped the extension’s background work before this image arrived, each time it was resumed.';
    case 'not-in-import':
      return 'Not in the imported file: the export it came from held no copy of this image.';
  }
}
