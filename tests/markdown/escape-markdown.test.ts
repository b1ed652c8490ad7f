import { describe, expect, it } from 'vitest';
import { convertHtml } from './convert-html.ts';
import { renderMarkdown, visibleText } from './render-markdown.ts';

/*
 * Escaping decides each marked character from the whole line around it: the runs of the same
 * delimiter anywhere in the paragraph, the container markers that start the line, what follows to
 * the end of the line. These cases put those far apart, many in a line, or deeply nested, where a
 * shortcut in that look-around would show.
 */
describe('escaping looks at the whole line, however long', () => {
  it.each([
    ['closers without an opener stay bare', `<p>${'a* '.repeat(8)}end</p>`, `${'a* '.repeat(8)}end`],
    [
      'an opener and a closer far apart are both escaped',
      `<p>*a ${'word '.repeat(30)}b* c* *d</p>`,
      `\\*a ${'word '.repeat(30)}b\\* c\\* *d`,
    ],
    [
      'our own emphasis far away still counts as a partner',
      `<p><em>x</em> ${'word '.repeat(30)}a* b</p>`,
      `*x* ${'word '.repeat(30)}a\\* b`,
    ],
    [
      'underscores inside and outside words',
      '<p>_a snake_case b_ c__ __d</p>',
      '\\_a snake_case b\\_ c\\_\\_ __d',
    ],
    [
      'tildes beside our strikethrough',
      '<p>~a b~ ~~c~~ <del>d</del> e~</p>',
      '\\~a b\\~ \\~\\~c\\~\\~ ~~d~~ e\\~',
    ],
    ['a run of stars between spaces', '<p>a ****** b</p>', 'a ****** b'],
    ['stars from separate text nodes form one run', `<p>${'<span>*</span>'.repeat(5)}</p>`, '\\*'.repeat(5)],
    ['forty quote signs before emphasis', `<p>${'&gt; '.repeat(40)}a*b*</p>`, `${'\\> '.repeat(40)}a\\*b\\*`],
    [
      'a list item in a quote',
      '<blockquote><ul><li><p>a</p><p>- b *c* d*</p></li></ul></blockquote>',
      '> - a\n>\n>   \\- b \\*c\\* d\\*',
    ],
    [
      'the lines of a footnote',
      '<p>x<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">- a *b* c<br>+ d<br>= </li></ol>',
      'x[^1]\n\n[^1]: \\- a \\*b\\* c\\\n    \\+ d\\\n    \\=',
    ],
    [
      'closing brackets before and after the first opening one',
      '<p>a](b) c] [d](e) f]:</p>',
      'a](b) c] [d\\](e) f\\]:',
    ],
    [
      'hashes closing a heading and starting a line',
      '<h2>Issue #</h2><h2>A <b>#</b> <i>#</i> ##</h2><p>## x</p><p>#tag</p>',
      '## Issue \\#\n\n## A **#** *#* \\##\n\n\\## x\n\n#tag',
    ],
    [
      'line starts after breaks',
      '<p>a<br>- b<br>+ c<br>== <br>&gt; d<br>1. e<br>2) f<br># g<br>*** <br>- - -<br>~~~x</p>',
      'a\\\n\\- b\\\n\\+ c\\\n==\\\n\\> d\\\n1\\. e\\\n2\\) f\\\n\\# g\\\n***\\\n\\- - -\\\n\\~\\~\\~x',
    ],
    [
      'task boxes only right after a list marker',
      '<ul><li>[ ] x</li><li>[x] y</li><li>a [ ] b</li></ul><ol><li>[X] z</li></ol>',
      '- \\[ ] x\n- \\[x] y\n- a [ ] b\n\n1. \\[X] z',
    ],
    [
      'backticks and fences',
      '<p>a`b</p><p>a`b`c</p><p>x<br>```js</p>',
      'a`b\n\na\\`b\\`c\n\nx\\\n\\`\\`\\`js',
    ],
    ['astral characters beside marks', '<p>*😀* _😀_ 😀*a*😀</p>', '\\*😀\\* \\_😀\\_ 😀\\*a\\*😀'],
    [
      'entities, tags and backslashes',
      '<p>&amp;amp; &amp;#123; &lt;b&gt; a &lt; b \\* \\</p>',
      '\\&amp; \\&#123; \\<b> a < b \\\\* \\\\',
    ],
    ['emphasis never pairs across a blank line', '<p>*a</p><p>b*</p>', '*a\n\nb*'],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    if (!html.includes('#fn1')) expect(visibleText(renderMarkdown(markdown))).toBe(visibleText(html));
  });

  it('escapes a paragraph of thousands of delimiter runs as it does a short one', () => {
    const words = Array.from(
      { length: 3003 },
      (_, i) => ['*a', 'b*', '_c', 'd_', '~e', 'f~', '`g'][i % 7] ?? '',
    );
    const markdown = convertHtml(`<p>${words.join(' ')}</p>`);
    // Every opener has a closer after it and every closer an opener before it: all are escaped.
    expect(markdown).toBe(words.map((word) => word.replace(/[*_~`]/, '\\$&')).join(' '));
  });
});
