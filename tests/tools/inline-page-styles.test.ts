import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../tools/inline-page-styles';

const page = (head: string) =>
  `<!doctype html><html><head>${head}</head><body><div id="app"></div></body></html>`;

describe("inlining a page's stylesheets", () => {
  it('puts the CSS of each linked file into the page, in place of its link', () => {
    const html = page(
      '<script src="/popup-read.js"></script><link rel="stylesheet" crossorigin href="/assets/popup-C5Q1.css">',
    );
    const out = inlineStylesheets(html, (path) =>
      path === 'assets/popup-C5Q1.css' ? '.row{color:red}' : undefined,
    );
    expect(out).toBe(page('<script src="/popup-read.js"></script><style>.row{color:red}</style>'));
  });

  it('keeps a link whose file is unknown, or whose CSS would end the style element early', () => {
    const html = page('<link rel="stylesheet" crossorigin href="/assets/other.css">');
    expect(inlineStylesheets(html, () => undefined)).toBe(html);
    expect(inlineStylesheets(html, () => 'a::after{content:"</style>"}')).toBe(html);
  });
});
