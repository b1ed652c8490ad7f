import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeImageLinks } from '../../lib/export/localize-image-links';
import { replaceImageDestinations } from '../../lib/images/replace-image-destinations';
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

  it('links stored images written as HTML too, and restores them exactly', () => {
    // A table or figure kept as HTML holds <img> tags: the reading view shows them from the store,
    // so the unzipped file must find them in assets/ as well.
    const html = [
      '<table><tr><td><img alt="Cell" src="https://img.test/c.jpg"></td></tr></table>',
      '',
      'Inline <img src=https://img.test/a%20b.png width=16> and ![D](https://img.test/d.gif).',
      '',
    ].join('\n');
    const { markdown, images } = localizeImageLinks(html, assetFor);
    expect(markdown).toBe(
      [
        '<table><tr><td><img alt="Cell" src="assets/cccc.jpg"></td></tr></table>',
        '',
        'Inline <img src=assets/aaaa.png width=16> and ![D](https://img.test/d.gif).',
        '',
      ].join('\n'),
    );
    expect(restoreImageLinks(markdown, images)).toMatchObject({ ok: true, markdown: html });
  });

  it('refuses links that would not export back to the same file', () => {
    const { markdown } = localizeImageLinks(body, assetFor);
    // A manifest that sends an asset to a non-web address, or names one the text does not use.
    expect(restoreImageLinks(markdown, [{ src: 'javascript:alert(1)', file: 'assets/aaaa.png' }])).toEqual({
      ok: false,
    });
    expect(restoreImageLinks(markdown, [{ src: 'https://img.test/z.png', file: 'assets/zzzz.png' }]).ok).toBe(
      false,
    );
  });
});

// Markdown made of the pieces an article holds, images among them in every setting and spelling,
// joined in any order: whatever the mix, the import must get the stored text back exactly.
const host = fc.constantFrom('https://img.test', 'http://cdn.example');
const destination = fc.oneof(
  fc
    .tuple(host, fc.constantFrom('a.png', 'b c.jpg', 'Foo_(bar).gif', 'q.png?x=1&y=2', 'é.webp'))
    .map(([origin, path]) => `${origin}/${path}`),
  fc.constantFrom('<https://img.test/a b.png>', 'https://img.test/a%20b.png', 'https://img.test/x\\(1.png'),
);
const image = fc
  .tuple(
    fc.constantFrom('', 'Alt', 'a [b] c', 'a \\[1\\]', '*em*'),
    destination,
    fc.constantFrom('', ' "Title"', " 'single'"),
  )
  .map(([alt, dest, title]) => `![${alt}](${dest}${title})`);
const inline = fc.oneof(
  image,
  fc.constantFrom(
    'text',
    '`![x](https://img.test/a.png)`',
    '*emphasis*',
    '[link](https://img.test/a.png)',
    '\\!',
  ),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  line,
  line.map((text) => `> ${text}`),
  line.map((text) => `- ${text}\n- ${text}`),
  line.map((text) => `1. ${text}`),
  line.map((text) => `| a | b |\n| - | - |\n| ${text.replaceAll('|', '\\|')} | c |`),
  line.map((text) => `[${text}](https://site.test/page)`),
  line.map((text) => `\`\`\`\n${text}\n\`\`\``),
  line.map((text) => `    ${text}`),
  fc.constantFrom('# Heading', '---', '<div>html</div>'),
);

describe('image links round trip', () => {
  it('restores any mix of images, code, quotes, lists and tables exactly', () => {
    let relinked = 0;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.boolean(), (blocks, everyImage) => {
        const markdown = `${blocks.join('\n\n')}\n`;
        const localized = localizeImageLinks(markdown, (url) =>
          everyImage || url.includes('img.test') ? `assets/${url.length}.png` : null,
        );
        if (localized.markdown !== markdown) relinked++;
        // Only image destinations change: every `assets/` in the result is one, none is code or a link.
        let asImages = 0;
        replaceImageDestinations(localized.markdown, ({ href }) => {
          if (href.startsWith('assets/')) asImages++;
          return null;
        });
        expect(localized.markdown.split('assets/').length - 1).toBe(asImages);
        const restored = restoreImageLinks(localized.markdown, localized.images);
        expect(restored).toMatchObject({ ok: true, markdown });
      }),
      { numRuns: 500 },
    );
    // Most runs hold an image to relink; a generator that made none would prove nothing.
    expect(relinked).toBeGreaterThan(250);
  });
});
