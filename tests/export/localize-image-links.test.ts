import { describe, expect, it } from 'vitest';
import { localizeImageLinks } from '../../lib/export/localize-image-links';
import { restoreImageLinks } from '../../lib/import/restore-image-links';

const stored = new Map([
  ['https://img.test/a%20b.png', 'assets/aaaa.png'],
  ['https://img.test/c.jpg', 'assets/cccc.jpg'],
]);
const assetFor = (url: string) => stored.get(url) ?? null;

describe('localizeImageLinks and restoreImageLinks', () => {
  const body = [
    'Intro ![A](<https://img.test/a b.png>) and ![C](https://img.test/c.jpg "Sea").',
    '',
    'Again ![C again](https://img.test/c.jpg), other spelling ![A2](https://img.test/a%20b.png),',
    'never stored ![D](https://img.test/d.gif).',
    '',
  ].join('\n');

  it('links stored images to their assets and leaves the rest remote', () => {
    const { markdown, images } = localizeImageLinks(body, assetFor);
    expect(markdown).toBe(
      [
        'Intro ![A](assets/aaaa.png) and ![C](assets/cccc.jpg "Sea").',
        '',
        // One spelling per asset: the second spelling of a's address stays remote.
        'Again ![C again](assets/cccc.jpg), other spelling ![A2](https://img.test/a%20b.png),',
        'never stored ![D](https://img.test/d.gif).',
        '',
      ].join('\n'),
    );
    expect(images).toEqual([
      { src: '<https://img.test/a b.png>', file: 'assets/aaaa.png' },
      { src: 'https://img.test/c.jpg', file: 'assets/cccc.jpg' },
    ]);
  });

  it('restores the original body exactly, with each address linked to its asset', () => {
    const { markdown, images } = localizeImageLinks(body, assetFor);
    const restored = restoreImageLinks(markdown, images);
    expect(restored).toEqual({
      ok: true,
      markdown: body,
      links: [
        { url: 'https://img.test/a%20b.png', file: 'assets/aaaa.png' },
        { url: 'https://img.test/c.jpg', file: 'assets/cccc.jpg' },
      ],
    });
  });

  it('refuses links that would not export back to the same file', () => {
    const { markdown } = localizeImageLinks(body, assetFor);
    // A manifest that sends an asset to a non-web address, or names one the text does not use.
    expect(restoreImageLinks(markdown, [{ src: 'javascript:alert(1)', file: 'assets/aaaa.png' }])).toEqual({
      ok: false,
      message: 'its image links do not match the manifest',
    });
    expect(restoreImageLinks(markdown, [{ src: 'https://img.test/z.png', file: 'assets/zzzz.png' }]).ok).toBe(
      false,
    );
  });
});
