import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../lib/images/read-image-size';
import { sniffImageType } from '../../lib/images/sniff-image-type';
import { avif, gif, sample, text, trackingGif, webpLossless, webpLossy } from './image-bytes';

function sizeOf(bytes: Uint8Array) {
  const type = sniffImageType(bytes);
  if (!type) throw new Error('not an image');
  return readImageSize(bytes, type);
}

describe('readImageSize', () => {
  it.each([
    ['PNG', sample('lazy.png'), 300, 200],
    ['a 1×1 PNG', sample('pixel.png'), 1, 1],
    ['JPEG (the frame after JFIF and other segments)', sample('photo-1200.jpg'), 1200, 675],
    ['extended WebP', sample('chart.webp'), 480, 270],
    ['lossy WebP', webpLossy(640, 480), 640, 480],
    ['lossless WebP', webpLossless(1000, 3), 1000, 3],
    ['GIF', gif(320, 240), 320, 240],
    ['the tracking GIF', trackingGif(), 1, 1],
    ['AVIF', avif(1920, 1080), 1920, 1080],
  ])('reads %s', (_name, bytes, width, height) => {
    expect(sizeOf(bytes)).toEqual({ width, height });
  });

  it('says nothing for SVG or a header cut short, rather than guess', () => {
    expect(sizeOf(text('<svg width="1" height="1"/>'))).toBeNull();
    expect(sizeOf(sample('lead-640.jpg').subarray(0, 40))).toBeNull();
    expect(sizeOf(sample('lazy.png').subarray(0, 12))).toBeNull();
  });
});
