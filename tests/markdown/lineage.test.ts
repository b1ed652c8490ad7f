import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createLineage } from '../../lib/markdown/lineage.ts';

function find(html: string, selector: string): Element {
  const found = parseHTML(html).document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('an element’s ancestors within one conversion', () => {
  it('finds the nearest ancestor with one of the names, never the node itself', () => {
    const inner = find('<p><em><b><em id="x">word</em></b></em></p>', '#x');
    const lineage = createLineage();
    expect(lineage.closest(inner, ['EM'])?.nodeName).toBe('EM');
    expect(lineage.closest(inner, ['EM'])).toBe(inner.parentNode?.parentNode);
    expect(lineage.closest(inner, ['P', 'B'])?.nodeName).toBe('B');
  });

  it('finds none when no ancestor has one of the names', () => {
    const word = find('<div><p><span id="x">word</span></p></div>', '#x');
    expect(createLineage().closest(word, ['EM', 'SECTION'])).toBeNull();
  });

  it('answers each question as the tree stands, with what it read before remembered', () => {
    const html = '<p><strong><em id="a">one</em></strong> <em id="b">two</em></p>';
    const { document } = parseHTML(html);
    const lineage = createLineage();
    const [a, b] = ['#a', '#b'].map((selector) => document.querySelector(selector));
    if (!a || !b) throw new Error('no spans');
    expect(lineage.closest(a, ['STRONG'])?.nodeName).toBe('STRONG');
    expect(lineage.closest(b, ['STRONG'])).toBeNull();
    expect(lineage.closest(b, ['P'])).toBe(lineage.closest(a, ['P']));
  });
});
