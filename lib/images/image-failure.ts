import { bytes, message, type Message } from '../i18n/message';

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

/** One short sentence a user reads in the popup or beside a placeholder, as a message to say. */
export function describeImageFailure(failure: ImageFailure): Message {
  switch (failure.reason) {
    case 'not-an-image':
      return message('images.notAnImage');
    case 'spacer':
      return message('images.spacer');
    case 'too-large':
      return message('images.tooLarge', bytes(failure.bytes), bytes(failure.limit));
    case 'article-full':
      return message('images.articleFull');
    case 'http-error':
      return message('images.httpError', String(failure.status));
    case 'network':
      return message('images.network');
    case 'not-permitted':
      return message('images.notPermitted');
    case 'interrupted':
      return message('images.interrupted');
    case 'not-in-import':
      return message('images.notInImport');
  }
}
