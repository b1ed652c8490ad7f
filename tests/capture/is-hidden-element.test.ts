import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHiddenElement } from '../../lib/capture/is-hidden-element.ts';

function first(html: string): Element {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
}

describe('isHiddenElement', () => {
  const cases: Array<[string, boolean]> = [
    ['<div hidden>x</div>', true],
    ['<div aria-hidden="true">x</div>', true],
    ['<div style="display : none">x</div>', true],
    ['<div style="VISIBILITY: hidden">x</div>', true],
    ['<div aria-hidden="false">x</div>', false],
    ['<div style="display: flex">x</div>', false],
    ['<div>x</div>', false],
    // Shown only on paper: a print header with the page's address, a "Cite this" box.
    ['<div class="print-only">x</div>', true],
    ['<div class="article__print-header print-header">x</div>', true],
    ['<div class="visible-print-block">x</div>', true],
    ['<div class="show-for-print">x</div>', true],
    ['<div class="d-none d-print-block">x</div>', true],
    ['<div class="no-print">x</div>', false],
    ['<div class="d-print-block">x</div>', false],
    ['<div class="d-none d-md-block d-print-block">x</div>', false],
    ['<a class="print-link">Print</a>', false],
  ];
  for (const [html, hidden] of cases) {
    it(`${html} is ${hidden ? '' : 'not '}hidden`, () => expect(isHiddenElement(first(html))).toBe(hidden));
  }
});
