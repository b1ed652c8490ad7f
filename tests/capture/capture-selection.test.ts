import { parseHTML } from 'linkedom';
import { inEnglish } from '../harness/locale-messages';
import { must } from '../harness/must';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page.ts';
import { NOTHING_SELECTED, type SelectedRange } from '../../lib/capture/capture-selection.ts';

// linkedom has no working Range, so these build what a browser's Range gives for the same
// selection: the deepest node holding both ends, and a copy of what lies between them.

const URL = 'https://news.example/2026/05/harbour-story?ref=home';
const NOW = new Date('2026-05-02T10:00:00Z');

const PAGE = `<!doctype html><html lang="en"><head>
<title>Harbour story | The Ledger</title>
<meta property="og:title" content="Harbour town rebuilds its tidal mill">
<meta property="og:site_name" content="The Ledger">
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2026-05-01T08:30:00Z">
<link rel="canonical" href="/2026/05/harbour-story">
</head><body>
<nav><a href="/">Home</a></nav>
<article>
  <p id="lede">The mill at <a href="/places/kelsby">Kelsby Quay</a> will turn again, the council said.</p>
  <p id="second">Work starts in <em>June</em>. <img src="/img/mill.jpg" alt="The mill"></p>
  <pre><code class="language-js">const tide = 2;
const wheel = tide * 3;</code></pre>
  <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2026</td><td>£4m</td></tr><tr><td>2027</td><td>£2m</td></tr></table>
</article>
</body></html>`;

function page(): Document {
  return parseHTML(PAGE).document;
}

/** A range over whole children of one element: what selecting from before the first to after the last gives. */
function overChildren(parent: Element, first: number, last: number): SelectedRange {
  return {
    commonAncestorContainer: parent,
    cloneContents() {
      const fragment = parent.ownerDocument.createDocumentFragment();
      for (const child of Array.from(parent.childNodes).slice(first, last + 1))
        fragment.append(child.cloneNode(true));
      return fragment;
    },
  };
}

/** A range inside one text node: the browser's common ancestor is the text node itself. */
function insideText(text: Node, start: number, end: number): SelectedRange {
  return {
    commonAncestorContainer: text,
    cloneContents() {
      const fragment = must(text.ownerDocument).createDocumentFragment();
      fragment.append(must(text.ownerDocument).createTextNode((text.textContent ?? '').slice(start, end)));
      return fragment;
    },
  };
}

function captured(doc: Document, ranges: SelectedRange[]) {
  const result = capturePage(doc, URL, { selection: ranges, now: NOW });
  if (!result.ok) throw new Error(inEnglish(result.message));
  return result.article;
}

describe('capturePage with a selection', () => {
  it('keeps the page’s metadata, marks an excerpt and holds only the selected part, links absolute', () => {
    const doc = page();
    const lede = must(doc.getElementById('lede'));
    const article = captured(doc, [overChildren(lede, 0, 2)]);
    expect(article).toMatchObject({
      title: 'Harbour town rebuilds its tidal mill',
      authors: ['Mara Lindqvist'],
      siteName: 'The Ledger',
      publishedTime: '2026-05-01T08:30:00Z',
      canonicalUrl: 'https://news.example/2026/05/harbour-story',
      sourceUrl: URL,
      selection: true,
      capturedAt: NOW.toISOString(),
    });
    expect(article.markdown).toBe(
      'The mill at [Kelsby Quay](https://news.example/places/kelsby) will turn again, the council said.',
    );
    expect(article.wordCount).toBe(11);
    // The page itself is left as it was.
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.getElementById('lede')?.textContent).toContain('Kelsby Quay');
  });

  it('keeps a code block a code block when the selection lies inside its text', () => {
    const doc = page();
    const code = must(must(doc.querySelector('code')).firstChild);
    const article = captured(doc, [insideText(code, 0, 'const tide = 2;\nconst wheel'.length)]);
    expect(article.markdown).toBe('```js\nconst tide = 2;\nconst wheel\n```');
  });

  it('keeps a table a table when some of its rows are selected', () => {
    const doc = page();
    const body = must(doc.querySelector('table')).querySelector('tbody') ?? must(doc.querySelector('table'));
    const article = captured(doc, [overChildren(body, 0, 1)]);
    expect(article.markdown).toBe('| Year | Cost |\n| --- | --- |\n| 2026 | £4m |');
  });

  it('makes images absolute, as a full capture does, and joins several ranges in order', () => {
    const doc = page();
    const lede = must(must(doc.getElementById('lede')).firstChild);
    const second = must(doc.getElementById('second'));
    const article = captured(doc, [insideText(lede, 0, 'The mill at'.length), overChildren(second, 0, 3)]);
    expect(article.markdown).toBe(
      'The mill at\n\nWork starts in *June*. ![The mill](https://news.example/img/mill.jpg)',
    );
  });

  it('says nothing is selected for an empty or blank selection, and stores nothing', () => {
    const doc = page();
    for (const ranges of [[], [insideText(must(must(doc.getElementById('lede')).firstChild), 0, 0)]]) {
      const result = capturePage(doc, URL, { selection: ranges, now: NOW });
      expect(result).toEqual({ ok: false, reason: 'empty', message: NOTHING_SELECTED });
    }
  });
});
