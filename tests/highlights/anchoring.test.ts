import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../lib/highlights/highlight';
import { quoteAt } from '../../lib/highlights/locate-quote';
import { clearHighlights, paintHighlights } from '../../lib/highlights/paint-highlights';
import { placeHighlights } from '../../lib/highlights/place-highlights';
import { foldedRangeOf, indexText, shownText } from '../../lib/highlights/text-index';
import { rawRange } from '../../lib/highlights/folded-text';

/** A rendered article body. */
function body(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="b">${html}</div></body></html>`);
  return document.getElementById('b') as Element;
}

/** The text nodes under `root` and where `phrase` starts in the n-th one holding it. */
function findText(root: Element, phrase: string, nth = 0): { node: Text; offset: number } {
  const found: Array<{ node: Text; offset: number }> = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        for (let at = data.indexOf(phrase); at !== -1; at = data.indexOf(phrase, at + 1))
          found.push({ node: c as Text, offset: at });
      } else walk(c);
    }
  };
  walk(root);
  const hit = found[nth];
  if (!hit) throw new Error(`"${phrase}" (#${nth}) is not in the body`);
  return hit;
}

/** Highlights what a user selects from `from` (n-th occurrence) to the end of `to`, as the reading view would. */
function select(root: Element, from: string, to: string, nth = 0): Highlight {
  const start = findText(root, from, nth);
  const endAt = findText(root, to, nth);
  const index = indexText(root);
  const range = foldedRangeOf(index, {
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: endAt.node,
    endOffset: endAt.offset + to.length,
  });
  if (!range) throw new Error('empty selection');
  const raw = rawRange(index.folded, range.start, range.end);
  const quote = quoteAt(index.folded, range.start, range.end, shownText(index, raw.start, raw.end));
  return { id: 'h1', articleId: 1, color: 'yellow', quote, note: '', createdAt: '2026-11-29T00:00:00Z' };
}

/** The text each painted highlight shows in `root`, after placing `highlights` there. */
function paint(root: Element, highlights: Highlight[]): { shown: string[]; unplaced: string[] } {
  const index = indexText(root);
  const { placed, unplaced } = placeHighlights(index.folded, highlights);
  paintHighlights(index, placed);
  const shown = highlights.map((h) =>
    Array.from(root.querySelectorAll(`mark[data-highlight="${h.id}"]`))
      .map((m) => m.textContent)
      .join('|'),
  );
  return { shown, unplaced: unplaced.map((h) => h.quote.exact) };
}

const REPEATED = `<p>Then the river rose. Everyone said the river rose because of the rain.</p>
<p>In spring the river rose again, and the town moved uphill.</p>`;

describe('anchoring highlights', () => {
  it('puts a repeated phrase back on the occurrence the user chose, not the first', () => {
    for (const nth of [0, 1, 2]) {
      const highlight = select(body(REPEATED), 'the river rose', 'the river rose', nth);
      const fresh = body(REPEATED);
      expect(paint(fresh, [highlight]).shown).toEqual(['the river rose']);
      const mark = fresh.querySelector('mark');
      const before = mark?.previousSibling?.textContent ?? '';
      expect(before).toBe(['Then ', 'Then the river rose. Everyone said ', 'In spring '][nth]);
    }
  });

  it('tells a phrase repeated in identical sentences apart by where it was', () => {
    const html = '<p>Stop here.</p><p>Stop here.</p><p>Stop here.</p>';
    const highlight = select(body(html), 'Stop', 'here', 2);
    const fresh = body(html);
    paint(fresh, [highlight]);
    const paragraphs = Array.from(fresh.querySelectorAll('p'));
    expect(paragraphs.map((p) => p.querySelector('mark') !== null)).toEqual([false, false, true]);
  });

  it('highlights text split across elements and paragraphs, and keeps the text intact', () => {
    const html =
      '<p>A <em>very</em> long <a href="#x">sent<strong>ence</strong></a> ends.</p><p>Next one starts here.</p>';
    const root = body(html);
    const highlight = select(root, 'very', 'Next');
    expect(highlight.quote.exact).toBe('very long sentence ends. Next');
    const fresh = body(html);
    expect(paint(fresh, [highlight]).shown).toEqual(['very| long |sent|ence| ends.|Next']);
    expect(fresh.textContent).toBe(body(html).textContent);
    clearHighlights(fresh);
    expect(fresh.innerHTML).toBe(body(html).innerHTML);
  });

  it('finds a quote in a rendering whose spaces and typography differ', () => {
    const before = body('<p>It’s a “big” day—the 2nd… of   many.</p>');
    const highlight = select(before, 'It’s', 'many');
    const after = body('<p>It\'s a "big"\u00a0day\u2013the 2nd...\n of many.</p>');
    expect(paint(after, [highlight]).shown).toEqual([`It's a "big"\u00a0day\u2013the 2nd...\n of many`]);
  });

  it('finds a quote whose words the source splits over lines or with soft hyphens', () => {
    const highlight = select(body('<p>an extraordinary claim</p>'), 'an', 'claim');
    expect(paint(body('<p>an extra\u00adordinary\n   claim</p>'), [highlight]).unplaced).toEqual([]);
  });

  it('lists a highlight whose words are gone as could not be placed, and places the rest', () => {
    const old = '<p>First sentence stays. Second sentence will change.</p>';
    const kept = select(body(old), 'First', 'stays');
    const changed = { ...select(body(old), 'Second', 'change'), id: 'h2' };
    const fresh = body('<p>First sentence stays. Second sentence was rewritten.</p>');
    const result = paint(fresh, [kept, changed]);
    expect(result.shown).toEqual(['First sentence stays', '']);
    expect(result.unplaced).toEqual(['Second sentence will change']);
  });

  it('paints overlapping highlights without losing text', () => {
    const html = '<p>one two three four five</p>';
    const a = select(body(html), 'one', 'three');
    const b = { ...select(body(html), 'three', 'five'), id: 'h2' };
    const fresh = body(html);
    const { shown } = paint(fresh, [a, b]);
    expect(shown).toEqual(['one two ', 'three four five']);
    expect(fresh.textContent).toBe('one two three four five');
  });

  it('does not count hidden TeX source of math as text', () => {
    const html =
      '<p>Energy <math><semantics><mi>E</mi><annotation>E=mc^2</annotation></semantics></math> is conserved.</p>';
    const highlight = select(body(html), 'is', 'conserved');
    expect(indexText(body(html)).folded.text).toBe('Energy E is conserved.');
    expect(paint(body(html), [highlight]).shown).toEqual(['is conserved']);
  });
});
