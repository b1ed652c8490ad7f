import { describe, expect, it } from 'vitest';
import { linkDestination } from '../../lib/markdown/markdown-url.ts';

describe('linkDestination', () => {
  it.each([
    '\u0001javascript:alert(1)',
    '\u0000 javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u001fvbscript:x',
  ])('writes no link for %j, which the URL parser reads as a script address', (url) => {
    expect(linkDestination(url)).toBeNull();
  });

  it('keeps web, mail and in-page links', () => {
    expect(linkDestination('https://site.example/a b')).toBe('https://site.example/a%20b');
    expect(linkDestination('mailto:desk@site.example')).toBe('mailto:desk@site.example');
    expect(linkDestination('#fn1')).toBe('#fn1');
  });
});
