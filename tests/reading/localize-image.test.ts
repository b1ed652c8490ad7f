import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { localizeImage, noLocalImages, type ImageResolver } from '../../lib/reading/localize-image';

function localize(html: string, resolve: ImageResolver): string {
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  const root = document.querySelector('div') as Element;
  for (const img of [...root.querySelectorAll('img')]) localizeImage(img, resolve);
  return root.innerHTML;
}

const stored: ImageResolver = (address) =>
  address === 'https://cdn.example/a.jpg'
    ? { kind: 'stored', src: 'blob:chrome-extension://x/1' }
    : noLocalImages(address);

describe('localizeImage', () => {
  it('shows a stored image from its local address, without the srcset that names remote ones', () => {
    expect(
      localize(
        '<img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a-2x.jpg 2x" sizes="50vw" alt="A">',
        stored,
      ),
    ).toBe('<img src="blob:chrome-extension://x/1" alt="A">');
  });

  it('finds the stored image however the address is spelt (the key is the parsed URL)', () => {
    expect(localize('<img src="HTTPS://CDN.example:443/a.jpg">', stored)).toBe(
      '<img src="blob:chrome-extension://x/1">',
    );
  });

  it('replaces an image that was not stored with a placeholder naming its address, never loading it', () => {
    const resolve: ImageResolver = () => ({ kind: 'missing', reason: 'The site answered 404.' });
    expect(localize('<p><img src="https://a.example/gone.jpg" alt="Harbour"></p>', resolve)).toBe(
      '<p><span title="The site answered 404." class="image-missing">Harbour: image not kept offline, https://a.example/gone.jpg</span></p>',
    );
    expect(localize('<img src="https://a.example/later.png">', noLocalImages)).toBe(
      '<span class="image-missing">Image not kept offline, https://a.example/later.png</span>',
    );
  });

  it('leaves out a skipped spacer, keeps inline data images, and makes a relative address a placeholder', () => {
    expect(localize('<img src="https://a.example/pixel.gif">x', () => ({ kind: 'skipped' }))).toBe('x');
    expect(
      localize(
        '<img src="data:image/png;base64,iVBORw0KGgo=" srcset="https://a.example/b.png 2x">',
        noLocalImages,
      ),
    ).toBe('<img src="data:image/png;base64,iVBORw0KGgo=">');
    expect(localize('<img src="/img/a.png">', stored)).toBe(
      '<span class="image-missing">Image not kept offline, /img/a.png</span>',
    );
    expect(localize('<img srcset="https://a.example/b.png 2x">', stored)).toBe(
      '<span class="image-missing">Image not kept offline, no address</span>',
    );
  });
});
