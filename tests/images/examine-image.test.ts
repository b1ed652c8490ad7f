import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import { examineImage, isSpacer } from '../../lib/images/examine-image';
import { describeImageFailure } from '../../lib/images/image-failure';
import { IMAGE_LIMITS } from '../../lib/images/image-limits';
import { sample, text, trackingGif } from './image-bytes';

describe('examineImage', () => {
  it('keeps a real image, with its type and size', () => {
    expect(examineImage(sample('lead-640.jpg'), IMAGE_LIMITS)).toEqual({
      ok: true,
      type: { mime: 'image/jpeg', extension: 'jpg' },
      width: 640,
      height: 360,
    });
  });

  it('keeps an SVG, whose size only its text knows', () => {
    const svg = examineImage(
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      IMAGE_LIMITS,
    );
    expect(svg).toMatchObject({ ok: true, type: { mime: 'image/svg+xml' }, width: null, height: null });
  });

  it('refuses a "JPEG" that is an HTML page, saying why', () => {
    const result = examineImage(text('<!doctype html><title>Login</title>'), IMAGE_LIMITS);
    expect(result).toEqual({ ok: false, failure: { reason: 'not-an-image' } });
    if (!result.ok) expect(inEnglish(describeImageFailure(result.failure))).toMatch(/^Not an image/);
  });

  it('skips 1×1 pixels the page did not declare as such', () => {
    expect(examineImage(sample('pixel.png'), IMAGE_LIMITS)).toEqual({
      ok: false,
      failure: { reason: 'spacer' },
    });
    expect(examineImage(trackingGif(), IMAGE_LIMITS)).toEqual({ ok: false, failure: { reason: 'spacer' } });
  });

  it('refuses an image over the cap for one image before looking at it, naming its size', () => {
    const limits = { ...IMAGE_LIMITS, maxImageBytes: 10_000 };
    const photo = sample('photo-1200.jpg');
    const result = examineImage(photo, limits);
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'too-large', bytes: photo.length, limit: 10_000 },
    });
    if (!result.ok) {
      expect(inEnglish(describeImageFailure(result.failure))).toBe(
        `Too large: ${Math.ceil(photo.length / 1024)} KB, over the 10 KB limit for one image.`,
      );
    }
    expect(examineImage(sample('photo-400.jpg'), limits).ok).toBe(true);
  });
});

describe('isSpacer', () => {
  it.each([
    [1, 1, true],
    [0, 0, true],
    [1, 400, true],
    [600, 1, true],
    [2, 2, false],
    [640, 360, false],
  ])('%i×%i is a spacer: %s', (width, height, spacer) => {
    expect(isSpacer(width, height)).toBe(spacer);
  });
});
