import { describe, expect, it } from 'vitest';
import { plural } from '../../lib/format/plural';

describe('plural', () => {
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [1234, '1,234 articles'],
  ])('counts %i as %j', (n, text) => {
    expect(plural(n, 'article', 'articles', 'en')).toBe(text);
  });

  it('writes the number as the locale does', () => {
    expect(plural(1234, 'Artikel', 'Artikel', 'de')).toBe('1.234 Artikel');
  });

  it('takes whole phrases, so a verb can agree too', () => {
    expect(plural(1, 'file is', 'files are', 'en')).toBe('1 file is');
    expect(plural(3, 'file is', 'files are', 'en')).toBe('3 files are');
  });
});
