import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../lib/images/sniff-image-type';
import { avif, gif, sample, text, webpLossless } from './image-bytes';

const mimeOf = (bytes: Uint8Array) => sniffImageType(bytes)?.mime ?? null;

describe('sniffImageType', () => {
  it.each([
    ['a PNG', sample('lazy.png'), 'image/png'],
    ['a JPEG', sample('lead-640.jpg'), 'image/jpeg'],
    ['a WebP', sample('chart.webp'), 'image/webp'],
    ['a lossless WebP', webpLossless(10, 10), 'image/webp'],
    ['a GIF89a', gif(3, 2), 'image/gif'],
    ['a GIF87a', gif(3, 2, '87a'), 'image/gif'],
    ['an AVIF', avif(8, 6), 'image/avif'],
    ['an AVIF sequence named as a compatible brand', avif(8, 6, 'mif1', ['avis', 'msf1']), 'image/avif'],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'), 'image/svg+xml'],
    [
      'an SVG after a BOM, an XML declaration, a comment and a doctype',
      text(
        '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<SVG viewBox="0 0 1 1"></SVG>',
      ),
      'image/svg+xml',
    ],
  ])('knows %s by its bytes', (_name, bytes, mime) => {
    expect(mimeOf(bytes)).toBe(mime);
  });

  it.each([
    [
      'an HTML error page served as photo.jpg',
      text('<!DOCTYPE html><html><body>404 Not Found</body></html>'),
    ],
    ['an HTML page with an inline SVG icon', text('<html><body><svg><path d="M0 0"/></svg></body></html>')],
    ['JSON', text('{"error":"forbidden"}')],
    ['an empty answer', new Uint8Array()],
    ['a truncated PNG signature', sample('lazy.png').subarray(0, 5)],
    ['a HEIC photo (same box as AVIF, another brand)', avif(8, 6, 'heic', ['mif1', 'heic'])],
    ['an MP4 video', avif(8, 6, 'isom', ['iso2', 'mp41'])],
    ['a RIFF file that is a WAV sound', text('RIFF\0\0\0\0WAVEfmt ')],
    ['a PDF', text('%PDF-1.7\n')],
  ])('refuses %s', (_name, bytes) => {
    expect(mimeOf(bytes)).toBeNull();
  });

  it('gives the file extension the format is saved under', () => {
    expect(sniffImageType(sample('lead-640.jpg'))?.extension).toBe('jpg');
    expect(sniffImageType(text('<svg/>'))?.extension).toBe('svg');
  });
});
