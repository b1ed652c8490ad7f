import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText, visibleTexts } from '../../lib/capture/block-context.ts';

describe('visibleTexts', () => {
  it('gives every element the same text as reading it on its own', () => {
    const { document } = parseHTML(
      `<html><body><div id="root">
        <p>  Lead  <b> bold </b><i>glued</i>  tail\n</p>
        <div><span>one</span><br><span> two </span><br/>three<!-- a comment --></div>
        <section>\t<h2>Head</h2>\n\n<ul><li>a <a href="#">link</a> </li><li></li><li> b<br></li></ul></section>
        <p><em><strong> deep </strong></em>   <em>  </em>end</p>
        <div> <br> <br> </div>
      </div></body></html>`,
    );
    const root = document.getElementById('root') as Element;
    const elements = Array.from(root.querySelectorAll('*'));
    const texts = visibleTexts(elements);
    for (const element of elements) expect(texts.get(element)).toBe(visibleText(element));
    expect(texts.get(root.querySelector('div') as Element)).toBe('one two three');
  });

  it('agrees with reading each element on its own, on any nesting of text, breaks and spaces', () => {
    const piece = fc.constantFrom(
      ...['<p>', '</p>', '<b>', '</b>', '<div>', '</div>', '<span>', '</span>', '<br>', '<!--c-->'],
      ...[' ', '  ', '\n', '\t', '\u00a0', 'a', 'word', '.'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const { document } = parseHTML(`<html><body><div id="root">${pieces.join('')}</div></body></html>`);
        const root = document.getElementById('root') as Element;
        const elements = Array.from(root.querySelectorAll('*'));
        const texts = visibleTexts(elements);
        return texts.size === elements.length && elements.every((e) => texts.get(e) === visibleText(e));
      }),
      { numRuns: 3_000 },
    );
  });
});
