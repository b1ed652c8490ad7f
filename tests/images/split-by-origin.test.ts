import { describe, expect, it } from 'vitest';
import { splitByOrigin } from '../../lib/images/split-by-origin';

describe('splitByOrigin', () => {
  it("puts the page's own origin apart from every other, port and scheme included", () => {
    const urls = [
      'https://news.example/img/a.jpg',
      'https://cdn.news.example/b.jpg',
      'http://news.example/c.jpg',
      'https://news.example:8443/d.jpg',
      'https://NEWS.example/e.jpg',
    ];
    expect(splitByOrigin(urls, 'https://news.example/2026/story')).toEqual({
      own: ['https://news.example/img/a.jpg', 'https://NEWS.example/e.jpg'],
      other: [
        'https://cdn.news.example/b.jpg',
        'http://news.example/c.jpg',
        'https://news.example:8443/d.jpg',
      ],
    });
  });
});
