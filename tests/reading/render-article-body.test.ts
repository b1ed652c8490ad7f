import type { DOMPurify } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../lib/reading/render-article-body';

// DOMPurify needs a real DOM (it passes linkedom's markup through untouched), so this stands in for it
// and marks what it was given; the browser test checks the real sanitising.
const purify = {
  addHook: () => undefined,
  sanitize: (html: string) => `<!--sanitised-->${html}`,
} as unknown as DOMPurify;

describe('renderArticleBody', () => {
  it('renders Markdown to HTML through the sanitiser', () => {
    expect(renderArticleBody('Some **bold** text.', purify)).toEqual({
      kind: 'html',
      safeHtml: '<!--sanitised--><p>Some <strong>bold</strong> text.</p>\n',
    });
  });

  it('falls back to the Markdown as text, saying why, when it is nested 5,000 levels deep', () => {
    const markdown = `${'>'.repeat(5000)} The deepest quote.\n\nA paragraph after it <img src=x onerror=alert(1)>.`;
    const body = renderArticleBody(markdown, purify);
    expect(body).toEqual({
      kind: 'text',
      text: markdown,
      problem: { key: 'reader.notFormatted', args: [expect.stringMatching(/call stack|recursion/i)] },
    });
  });
});
