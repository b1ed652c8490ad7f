import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

describe('headings, paragraphs, breaks and rules', () => {
  it.each([
    [
      'ATX headings at every level',
      '<h1>One</h1><h3>Three</h3><h6>Six</h6>',
      '# One\n\n### Three\n\n###### Six',
    ],
    ['a line break in a heading becomes a space', '<h2>Title<br>Subtitle</h2>', '## Title Subtitle'],
    ['an empty heading disappears', '<h2> </h2><p>Text</p>', 'Text'],
    ['<br> is a backslash hard break, never trailing spaces', '<p>one<br>two</p>', 'one\\\ntwo'],
    ['<br><br> separates paragraphs', '<p>one<br><br>two</p>', 'one\n\ntwo'],
    ['breaks at the edges of a paragraph go', '<p><br>text<br></p>', 'text'],
    ['a horizontal rule', '<p>a</p><hr><p>b</p>', 'a\n\n---\n\nb'],
    [
      'at most one blank line between blocks',
      '<p>a</p><div><div><p></p></div></div><p>&nbsp;</p><p>b</p>',
      'a\n\nb',
    ],
    ['whitespace-only lines and trailing spaces go', '<div>a   </div><div> </div><div>b</div>', 'a\n\nb'],
    [
      'a summary is bold',
      '<details><summary>More</summary><p>Hidden text</p></details>',
      '**More**\n\nHidden text',
    ],
    [
      'a summary that holds a heading stays a heading',
      '<details><summary><h3>Method</h3></summary><p>Hidden text</p></details>',
      '### Method\n\nHidden text',
    ],
    ['definition terms are bold', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', '**Term**\n\nMeaning'],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    expect(markdown).not.toMatch(/[ \t]$/m);
  });

  it('renders a <br> as a line break, not as a backslash', () => {
    const document = renderedDocument(convertHtml('<p>one<br>two</p>'));
    expect(document.querySelectorAll('p br')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('\\');
  });
});

describe('lists', () => {
  it.each([
    ['bullets with -', '<ul><li>a</li><li>b</li></ul>', '- a\n- b'],
    ['numbers that honour start', '<ol start="3"><li>c</li><li>d</li></ol>', '3. c\n4. d'],
    [
      'a nested list is indented under its item',
      '<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>',
      '- a\n  - a1\n- b',
    ],
    [
      'nested under a numbered item, by the width of its number',
      '<ol start="9"><li>nine<ul><li>x</li></ul></li><li>ten<ul><li>y</li></ul></li></ol>',
      '9. nine\n   - x\n10. ten\n    - y',
    ],
    ['several paragraphs in an item', '<ul><li><p>p1</p><p>p2</p></li></ul>', '- p1\n\n  p2'],
    ['a line break in an item', '<ul><li>one<br>two</li></ul>', '- one\\\n  two'],
    ['empty items go', '<ul><li>a</li><li> </li><li>b</li></ul>', '- a\n- b'],
    [
      'task boxes',
      '<ul><li><input type="checkbox" checked> done</li><li><input type="checkbox">todo</li></ul>',
      '- [x] done\n- [ ] todo',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it('renders nested lists inside their parent items', () => {
    const document = renderedDocument(
      convertHtml('<ol start="9"><li>nine<ul><li>x</li></ul></li><li>ten<ul><li>y</li></ul></li></ol>'),
    );
    const items = Array.from(document.querySelectorAll('body > ol > li'));
    expect(document.querySelector('ol')?.getAttribute('start')).toBe('9');
    expect(items.map((item) => item.querySelector('ul li')?.textContent)).toEqual(['x', 'y']);
  });
});

describe('blockquotes', () => {
  it.each([
    ['a paragraph', '<blockquote><p>Quote</p></blockquote>', '> Quote'],
    [
      'several paragraphs, a list and a nested quote',
      '<blockquote><p>One</p><p>Two</p><ul><li>x</li></ul><blockquote><p>Inner</p></blockquote></blockquote>',
      '> One\n>\n> Two\n>\n> - x\n>\n> > Inner',
    ],
    [
      'an attribution',
      '<blockquote><p>Words.</p><footer>— <cite>Someone</cite></footer></blockquote>',
      '> Words.\n>\n> — *Someone*',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it('renders the nested quote inside the outer one, with the list', () => {
    const document = renderedDocument(
      convertHtml(
        '<blockquote><p>One</p><ul><li>x</li></ul><blockquote><p>Inner</p></blockquote></blockquote>',
      ),
    );
    expect(document.querySelector('blockquote > ul > li')?.textContent).toBe('x');
    expect(document.querySelector('blockquote > blockquote > p')?.textContent).toBe('Inner');
  });
});
