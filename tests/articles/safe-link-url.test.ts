import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../lib/articles/safe-link-url';

describe('safeLinkUrl', () => {
  it.each([
    ['https://news.example/a b', 'https://news.example/a%20b'],
    ['HTTP://NEWS.EXAMPLE/', 'http://news.example/'],
    ['  https://news.example/  ', 'https://news.example/'],
  ])('gives the web address %j as %j', (url, href) => {
    expect(safeLinkUrl(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'ftp://files.example/',
    '/relative/path',
    '',
  ])('refuses %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});
