import { describe, expect, it } from 'vitest';
import { replaceImageDestinations } from '../../lib/images/replace-image-destinations';

const toLocal = (markdown: string) =>
  replaceImageDestinations(markdown, ({ href }) =>
    href.startsWith('https://img.test/') ? 'assets/a.png' : null,
  );

describe('replaceImageDestinations', () => {
  it.each([
    ['a plain image', '![A cat](https://img.test/cat.png)', '![A cat](assets/a.png)'],
    ['a title kept', '![A cat](https://img.test/cat.png "On a mat")', '![A cat](assets/a.png "On a mat")'],
    ['angle brackets', '![x](<https://img.test/a b.png>)', '![x](assets/a.png)'],
    ['balanced parentheses', '![x](https://img.test/Foo_(bar).png)', '![x](assets/a.png)'],
    ['escaped brackets in the alt', '![a \\[1\\]](https://img.test/a.png)', '![a \\[1\\]](assets/a.png)'],
    [
      'an image inside a link',
      '[![x](https://img.test/a.png)](https://site.test/page)',
      '[![x](assets/a.png)](https://site.test/page)',
    ],
    ['in a list', '- one\n- ![x](https://img.test/a.png)\n', '- one\n- ![x](assets/a.png)\n'],
    ['in a quote', '> Look:\n> ![x](https://img.test/a.png)\n', '> Look:\n> ![x](assets/a.png)\n'],
    [
      'in a table',
      '| a | b |\n| - | - |\n| ![x](https://img.test/a.png) | c |\n',
      '| a | b |\n| - | - |\n| ![x](assets/a.png) | c |\n',
    ],
  ])('rewrites only the destination: %s', (_name, markdown, expected) => {
    expect(toLocal(markdown)).toBe(expected);
  });

  it('keeps images it is told to keep, links, reference images and look-alikes in code', () => {
    const markdown = [
      '![x](https://other.test/a.png) [link](https://img.test/a.png)',
      '',
      '`![x](https://img.test/a.png)` then ![x](https://img.test/a.png)',
      '',
      '```',
      '![x](https://img.test/a.png)',
      '```',
      '',
      '![ref][r]',
      '',
      '[r]: https://img.test/a.png',
      '',
    ].join('\n');
    expect(toLocal(markdown)).toBe(
      markdown.replace('then ![x](https://img.test/a.png)', 'then ![x](assets/a.png)'),
    );
  });

  it('gives the destination as written and as the parser reads it', () => {
    const seen: Array<{ href: string; raw: string }> = [];
    replaceImageDestinations('![x](https://img.test/a\\(1.png) ![y](<https://img.test/b c.png>)', (d) => {
      seen.push(d);
      return null;
    });
    expect(seen).toEqual([
      { href: 'https://img.test/a(1.png', raw: 'https://img.test/a\\(1.png' },
      { href: 'https://img.test/b c.png', raw: '<https://img.test/b c.png>' },
    ]);
  });

  it('returns Markdown without images unchanged', () => {
    const markdown = '# Title\n\nText with *emphasis*.\n';
    expect(toLocal(markdown)).toBe(markdown);
  });
});
