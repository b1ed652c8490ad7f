import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/parse-page.ts';

describe('parsePage', () => {
  it('puts the text of a page with no <html> or <body> tag in the body, as a browser does', () => {
    const document = parsePage('<title>Old page</title><div><p>The story itself.</p></div>');
    expect(document.body.textContent).toContain('The story itself.');
    expect(document.title).toBe('Old page');
  });

  it('reads a page that opens a second <html> inside conditional comments', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><!--[if IE 8]><html class="ie8"><![endif]--><!--[if !IE]>--><html class=""><!--<![endif]-->' +
      '<head><title>T</title></head><body><p>Body text here.</p></body></html>';
    expect(parsePage(html).body.textContent).toContain('Body text here.');
  });

  it('reads text with lone surrogates (which parse5 7.3 throws on) as a decoder would, with U+FFFD', () => {
    // Found by the fuzz suite: two lone low surrogates made parse5 throw "Invalid code point".
    const document = parsePage('<title>T</title><p>Before \uDF96\uDFEF after.</p>');
    expect(document.body.textContent).toBe('Before \uFFFD\uFFFD after.');
  });
});
