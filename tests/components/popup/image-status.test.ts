import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ImageStatus, type ImageStatusView } from '../../../components/popup/ImageStatus';
import { preactContainer } from '../../harness/preact-container';
import { withMessages } from '../../harness/locale-messages';

const container = preactContainer();

let allowed = 0;
function show(view: Partial<ImageStatusView>, lang = 'en') {
  const full: ImageStatusView = { total: 0, stored: 0, pending: 0, failed: [], refused: false, ...view };
  render(
    withMessages(h(ImageStatus, { view: full, onAllowOtherSites: () => void allowed++ }), lang),
    container(),
  );
  return container().textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('ImageStatus', () => {
  it('shows nothing for an article without images', () => {
    expect(show({ total: 0 })).toBe('');
  });

  it('counts up while the images are fetched', () => {
    expect(
      show({
        total: 9,
        stored: 3,
        failed: [{ url: 'https://a.example/x', failure: { reason: 'network' } }],
        pending: 5,
      }),
    ).toBe('Saving images: 4 of 9');
  });

  it('then tells how many were kept and why each other one was not', () => {
    const text = show({
      total: 3,
      stored: 1,
      failed: [
        { url: 'https://a.example/fake.jpg', failure: { reason: 'not-an-image' } },
        { url: 'https://a.example/gone.jpg', failure: { reason: 'http-error', status: 404 } },
      ],
    });
    expect(text).toContain('Images: 1 kept offline, 2 not kept.');
    expect(text).toContain(
      'Not an image (its bytes are no PNG, JPEG, GIF, WebP, AVIF or SVG). https://a.example/fake.jpg',
    );
    expect(text).toContain('The site answered 404. https://a.example/gone.jpg');
    expect(container().querySelector('button')).toBeNull();
  });

  it('offers to allow other sites, saying why, and calls back on the click', () => {
    allowed = 0;
    const text = show({
      total: 3,
      stored: 1,
      failed: [
        { url: 'https://cdn.example/1.jpg', failure: { reason: 'not-permitted' } },
        { url: 'https://cdn.example/2.jpg', failure: { reason: 'not-permitted' } },
      ],
    });
    expect(text).toContain('Images: 1 kept offline, 2 on other sites.');
    expect(text).toContain('2 images are on other sites. Allow Clean Capture to fetch images from any site');
    const button = container().querySelector('button');
    expect(button?.textContent).toBe('Keep images from other sites offline');
    button?.dispatchEvent(new window.Event('click'));
    expect(allowed).toBe(1);
  });

  it('after a refusal, says the text is saved and those images stay links, and asks no more', () => {
    const text = show({
      total: 1,
      failed: [{ url: 'https://cdn.example/1.jpg', failure: { reason: 'not-permitted' } }],
      refused: true,
    });
    expect(text).toContain(
      'Not allowed: the text is saved, and images from other sites stay links to those sites.',
    );
    expect(container().querySelector('button')).toBeNull();
  });

  it.each([
    [1, 'Jeden obraz jest na innej witrynie.'],
    [3, '3 obrazy są na innych witrynach.'],
    [5, '5 obrazów jest na innych witrynach.'],
    [22, '22 obrazy są na innych witrynach.'],
  ])('in Polish, says %i waiting images in the form Polish uses for that count', (n, phrase) => {
    const failed = Array.from({ length: n }, (_, i) => ({
      url: `https://cdn.example/${i}.jpg`,
      failure: { reason: 'not-permitted' as const },
    }));
    expect(show({ total: n, failed }, 'pl')).toContain(phrase);
  });
});
