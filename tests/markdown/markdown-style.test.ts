import { marked } from 'marked';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import {
  checkMarkdownStyle,
  DEFAULT_MARKDOWN_STYLE,
  readMarkdownStyle,
  type MarkdownStyle,
} from '../../lib/markdown/markdown-style';
import { markdownToPlainText } from '../../lib/markdown/markdown-to-plain-text';
import { convertHtml } from './convert-html';

const style = (change: Partial<MarkdownStyle>): MarkdownStyle => ({ ...DEFAULT_MARKDOWN_STYLE, ...change });
const html = (markdown: string) => marked.parse(markdown, { async: false }).trim();

describe('Markdown style', () => {
  it.each<[string, Partial<MarkdownStyle>, string, string]>([
    [
      'setext headings',
      { headingStyle: 'setext' },
      '<h1>Mill</h1><h2>Tide</h2><h3>Wheel</h3>',
      'Mill\n====\n\nTide\n----\n\n### Wheel',
    ],
    [
      'setext underline as long as the heading',
      { headingStyle: 'setext' },
      '<h1>Harbour town</h1>',
      'Harbour town\n============',
    ],
    ['star bullets', { bulletListMarker: '*' }, '<ul><li>a<ul><li>b</li></ul></li></ul>', '* a\n  * b'],
    [
      'plus bullets, numbers untouched',
      { bulletListMarker: '+' },
      '<ul><li>a</li></ul><ol><li>b</li></ol>',
      '+ a\n\n1. b',
    ],
    ['underscore emphasis', { emDelimiter: '_' }, '<p>a <em>tidal</em> mill</p>', 'a _tidal_ mill'],
    [
      'underscore strong',
      { strongDelimiter: '__' },
      '<p>a <strong>tidal</strong> mill</p>',
      'a __tidal__ mill',
    ],
    [
      'stars inside a word, where underscores do not work',
      { emDelimiter: '_', strongDelimiter: '__' },
      '<p>un<em>believ</em>able <b>x</b>y</p>',
      'un*believ*able **x**y',
    ],
    [
      'tilde fences',
      { fence: '~~~' },
      '<pre><code class="language-js">let a = 1;</code></pre>',
      '~~~js\nlet a = 1;\n~~~',
    ],
    [
      'tilde fences longer than the code’s tildes',
      { fence: '~~~' },
      '<pre><code>~~~~\nx</code></pre>',
      '~~~~~\n~~~~\nx\n~~~~~',
    ],
    [
      'reference links, one number per address',
      { linkStyle: 'referenced' },
      '<p><a href="https://a.example/">one</a>, <a href="https://b.example/" title="B">two</a>, <a href="https://a.example/">again</a></p>',
      '[one][1], [two][2], [again][1]\n\n[1]: https://a.example/\n[2]: https://b.example/ "B"',
    ],
    [
      'page text naming a reference escaped',
      { linkStyle: 'referenced' },
      '<p>See [1] and <a href="https://a.example/">this</a> [2].</p>',
      'See \\[1] and [this][1] [2].\n\n[1]: https://a.example/',
    ],
    [
      'strong summary and table header cells',
      { strongDelimiter: '__' },
      '<details><summary>More</summary><p>x</p></details>',
      '__More__\n\nx',
    ],
    [
      'italic captions',
      { emDelimiter: '_' },
      '<figure><img src="https://a.example/m.png" alt="m"><figcaption>The mill</figcaption></figure>',
      '![m](https://a.example/m.png)\n\n_The mill_',
    ],
  ])('%s', (_name, change, source, expected) => {
    expect(convertHtml(source, style(change))).toBe(expected);
  });

  it('writes the same as before with the default style', () => {
    const source =
      '<h1>A</h1><p><em>b</em> <strong>c</strong> <a href="https://a.example/">d</a></p><ul><li>e</li></ul><pre><code>f</code></pre>';
    expect(convertHtml(source, DEFAULT_MARKDOWN_STYLE)).toBe(convertHtml(source));
    expect(convertHtml(source)).toBe('# A\n\n*b* **c** [d](https://a.example/)\n\n- e\n\n```\nf\n```');
  });

  it('renders every style to the same HTML as the default one', () => {
    const source =
      '<h1>Mill</h1><h2>Tide</h2><p>A <em>tidal</em> <strong>mill</strong>, <a href="https://a.example/">built</a> in 1790 [1].</p>' +
      '<ul><li>wheel</li><li>race</li></ul><pre><code>turn(wheel)</code></pre><table><tr><th>Year</th></tr><tr><td>1790</td></tr></table>';
    const expected = html(convertHtml(source));
    const all: MarkdownStyle = {
      headingStyle: 'setext',
      bulletListMarker: '+',
      emDelimiter: '_',
      strongDelimiter: '__',
      fence: '~~~',
      linkStyle: 'referenced',
    };
    expect(html(convertHtml(source, all))).toBe(expected);
    expect(markdownToPlainText(convertHtml(source, all))).toBe(markdownToPlainText(convertHtml(source)));
  });

  it('reads a stored style, and falls back whole to the default on anything damaged', () => {
    const chosen = style({ bulletListMarker: '*', linkStyle: 'referenced' });
    expect(readMarkdownStyle(chosen)).toEqual(chosen);
    for (const damaged of [
      undefined,
      null,
      'atx',
      [],
      { ...chosen, fence: '"""' },
      { headingStyle: 'setext' },
    ]) {
      expect(readMarkdownStyle(damaged)).toEqual(DEFAULT_MARKDOWN_STYLE);
    }
  });

  it('says which setting is wrong, and refuses fields it does not know', () => {
    expect(checkMarkdownStyle(DEFAULT_MARKDOWN_STYLE)).toBeNull();
    expect(inEnglish(checkMarkdownStyle({ ...DEFAULT_MARKDOWN_STYLE, bulletListMarker: '•' }) ?? '')).toMatch(
      /"bulletListMarker"/,
    );
    expect(inEnglish(checkMarkdownStyle({ ...DEFAULT_MARKDOWN_STYLE, script: 'x' }) ?? '')).toMatch(
      /"script"/,
    );
    expect(inEnglish(checkMarkdownStyle(42) ?? '')).toMatch(/not in a form/);
  });
});
