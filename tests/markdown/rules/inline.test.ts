import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

describe('inline formatting', () => {
  it.each([
    ['emphasis and strong', '<p><em>a</em> <i>b</i> <strong>c</strong> <b>d</b></p>', '*a* *b* **c** **d**'],
    ['strikethrough', '<p><del>old</del> <s>gone</s></p>', '~~old~~ ~~gone~~'],
    ['whitespace stays outside the delimiters', '<p>a<em> b </em>c</p>', 'a *b* c'],
    ['empty emphasis disappears, its space stays', '<p>a<em></em><strong> </strong>b</p>', 'a b'],
    ['emphasis inside emphasis is not doubled', '<p><em>a <i>b</i> c</em></p>', '*a b c*'],
    ['bold around italic', '<p><b><i>both</i></b></p>', '***both***'],
    ['punctuation steps out where the delimiter could not close', '<p><b>Note:</b>text</p>', '**Note**:text'],
    ['quotes step out where the delimiter could not open', '<p>x<b>“quoted”</b>y</p>', 'x“**quoted**”y'],
    ['superscript digits', '<p>E = mc<sup>2</sup>, 10<sup>-3</sup></p>', 'E = mc², 10⁻³'],
    ['subscript digits', '<p>H<sub>2</sub>O</p>', 'H₂O'],
    ['other superscripts stay text', '<p>1<sup>st</sup></p>', '1st'],
    ['a short quotation gets its quote marks', '<p><q>Hi</q>, she said.</p>', '“Hi”, she said.'],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it.each([
    ['<p><b>Note:</b>text</p>', 'strong', 'Note'],
    ['<p>x<b>“quoted”</b>y</p>', 'strong', 'quoted'],
    ['<p>a<em> b </em>c</p>', 'em', 'b'],
    ['<p><b>重要：</b>です</p>', 'strong', '重要'],
  ])('renders %s with the emphasis in place', (html, tag, text) => {
    expect(renderedDocument(convertHtml(html)).querySelector(tag)?.textContent).toBe(text);
  });
});
