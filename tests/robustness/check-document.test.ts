import { parseHTML } from 'linkedom';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import {
  captureImageDocument,
  checkDocument,
  isImageDocument,
  MAX_TEXT_CHARACTERS,
} from '../../lib/capture/check-document';

// The checks the extract script makes before the expensive work, on documents built in Node. The
// browser-only properties (readyState, contentType) are set the way Chromium reports them.

function page(body: string, browserSays: { readyState?: string; contentType?: string } = {}): Document {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`,
  );
  for (const [key, value] of Object.entries(browserSays)) Object.defineProperty(document, key, { value });
  return document;
}

describe('checkDocument', () => {
  it('lets an ordinary page through', () => {
    expect(
      checkDocument(page('<p>Some words.</p>', { readyState: 'interactive', contentType: 'text/html' })),
    ).toBeNull();
  });

  it('refuses a document still being parsed: it would be half an article', () => {
    const refused = checkDocument(page('<p>The first half', { readyState: 'loading' }));
    expect(refused).toMatchObject({ reason: 'still-loading' });
    expect(refused && inEnglish(refused.message)).toMatch(/still loading/);
  });

  it('refuses the PDF viewer', () => {
    expect(
      checkDocument(page('<embed type="application/pdf">', { contentType: 'application/pdf' })),
    ).toMatchObject({
      reason: 'unsupported',
    });
  });

  it('calls a page with only scripts, styles and empty boxes empty', () => {
    const empty = page(
      '<div id="root"> </div><script>var app = "not text";</script><style>p{}</style><noscript>Enable JS</noscript>',
    );
    const refused = checkDocument(empty);
    expect(refused).toMatchObject({ reason: 'empty' });
    expect(refused && inEnglish(refused.message)).toMatch(/no text/);
  });

  it('does not call a page with only a picture empty', () => {
    expect(checkDocument(page('<img src="/cat.jpg" alt="">'))).toBeNull();
  });

  it('refuses more text than the limit, saying how much', () => {
    const words = 'word '.repeat(MAX_TEXT_CHARACTERS / 5 + 1000);
    const refused = checkDocument(page(`<p>${words}</p>`));
    expect(refused).toMatchObject({ reason: 'too-large' });
    expect(refused && inEnglish(refused.message)).toMatch(
      /^This page is too large to capture: 5 million characters of text, the limit is 5 million\.$/,
    );
  });
});

describe('image documents', () => {
  it('are recognised by their content type', () => {
    expect(isImageDocument(page('<img src="x.png">', { contentType: 'image/png' }))).toBe(true);
    expect(isImageDocument(page('<img src="x.png">', { contentType: 'text/html' }))).toBe(false);
  });

  it('are saved whole as their picture, named after the file, with an address Markdown cannot misread', () => {
    const article = captureImageDocument(
      'https://img.example/photos/harbour (1).png#top',
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(article).toMatchObject({
      title: 'harbour (1).png',
      canonicalUrl: 'https://img.example/photos/harbour%20(1).png',
      wordCount: 0,
      capturedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(article.markdown).toBe('![harbour (1).png](https://img.example/photos/harbour%20(1).png#top)');
  });
});
