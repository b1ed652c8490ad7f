import { describe, expect, it } from 'vitest';
import { captureKey } from '../../lib/articles/capture-key';

const page = { canonicalUrl: 'https://news.example/story', markdown: 'Whole story.' };

describe('captureKey', () => {
  it('is the address for a whole article, whatever its text', () => {
    expect(captureKey(page)).toBe(captureKey({ ...page, markdown: 'Updated story.' }));
  });

  it('tells an excerpt from the article of the same page, and two different selections apart', () => {
    const first = captureKey({ ...page, markdown: 'One paragraph.', selection: true });
    const second = captureKey({ ...page, markdown: 'Another paragraph.', selection: true });
    expect(new Set([captureKey(page), first, second]).size).toBe(3);
    expect(captureKey({ ...page, markdown: 'One paragraph.', selection: true })).toBe(first);
  });
});
