import { describe, expect, it } from 'vitest';
import { describeImageFailure, type ImageFailure } from '../../lib/images/image-failure';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { say } from '../../lib/i18n/message';

describe('describeImageFailure', () => {
  it.each<[ImageFailure, string]>([
    [{ reason: 'not-an-image' }, 'Not an image (its bytes are no PNG, JPEG, GIF, WebP, AVIF or SVG).'],
    [{ reason: 'spacer' }, 'Skipped: a 1×1 spacer or tracking pixel.'],
    [
      { reason: 'too-large', bytes: 7.25 * 1024 * 1024, limit: 5 * 1024 * 1024 },
      'Too large: 7.3 MB, over the 5.0 MB limit for one image.',
    ],
    [{ reason: 'article-full' }, 'Not kept: the article already holds as many images as one article may.'],
    [{ reason: 'http-error', status: 403 }, 'The site answered 403.'],
    [{ reason: 'network' }, 'The site could not be reached.'],
    [{ reason: 'not-permitted' }, 'On another site, which you have not allowed the extension to fetch from.'],
    [
      { reason: 'interrupted' },
      'Not fetched: the browser stopped the extension’s background work before this image arrived, each time it was resumed.',
    ],
  ])('%o reads "%s"', (failure, sentence) => {
    expect(inEnglish(describeImageFailure(failure))).toBe(sentence);
  });

  it("writes the sizes with the numbers of the reader's language", () => {
    const failure: ImageFailure = { reason: 'too-large', bytes: 7.25 * 1024 * 1024, limit: 5 * 1024 * 1024 };
    expect(say(translatorFor('pl'), describeImageFailure(failure))).toBe(
      'Zbyt duży: 7,3 MB, ponad limit 5,0 MB na jeden obraz.',
    );
  });
});
