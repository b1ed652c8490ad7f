import { describe, expect, it } from 'vitest';
import { describeExportedImages } from '../../lib/export/describe-exported-images';

describe('describeExportedImages', () => {
  it.each([
    [false, 0, ''],
    [false, 1, ' with 1 image'],
    [false, 1200, ' with 1,200 images'],
    [true, 0, ', image links kept remote'],
    [true, 5, ', image links kept remote'],
  ])('keep remote %s, %i images: “%s”', (keepRemote, images, expected) => {
    expect(describeExportedImages(keepRemote, images)).toBe(expected);
  });
});
