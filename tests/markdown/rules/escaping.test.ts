import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderMarkdown, visibleText } from '../render-markdown.ts';

describe('plain prose keeps its characters without backslashes', () => {
  it.each([
    [
      'numbers and dashes mid-line',
      '<p>Version 1.2 - released in 2024. Costs 5 - 10 dollars.</p>',
      'Version 1.2 - released in 2024. Costs 5 - 10 dollars.',
    ],
    [
      'snake_case words',
      '<p>Call snake_case_name or foo_bar_ here.</p>',
      'Call snake_case_name or foo_bar_ here.',
    ],
    [
      'a lone asterisk and spaced operators',
      '<p>2 * 3 = 6, and the price* is fixed.</p>',
      '2 * 3 = 6, and the price* is fixed.',
    ],
    ['brackets not followed by a link', '<p>He said [sic] and left [1].</p>', 'He said [sic] and left [1].'],
    ['a numbered heading', '<h2>1. Introduction</h2>', '## 1. Introduction'],
    [
      'ampersands, comparisons, paths',
      '<p>Rock &amp; roll, x &lt; 3, C:\\Users\\me</p>',
      'Rock & roll, x < 3, C:\\Users\\me',
    ],
    ['a hashtag at the start', '<p>#hashtag is not a heading</p>', '#hashtag is not a heading'],
    ['a number inside a list item', '<ul><li>Step 1. Do it</li></ul>', '- Step 1. Do it'],
    ['tildes for "about"', '<p>~5 minutes, or ~10 at most</p>', '~5 minutes, or ~10 at most'],
    ['one backtick', '<p>it`s fine</p>', 'it`s fine'],
    ['an equals sign and a plus mid-line', '<p>a = b + c</p>', 'a = b + c'],
    ['a quote sign mid-line', '<p>5 &gt; 3</p>', '5 > 3'],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    // And a Markdown app shows the reader the very words of the page.
    expect(visibleText(renderMarkdown(markdown))).toBe(visibleText(html));
  });
});

describe('characters that would turn into Markdown syntax are escaped', () => {
  it.each([
    ['a year that would start a numbered list', '<p>1984. A year.</p>', '1984\\. A year.'],
    ['a dash that would start a bullet', '<p>- not a bullet</p>', '\\- not a bullet'],
    ['a plus that would start a bullet', '<p>+ not a bullet</p>', '\\+ not a bullet'],
    ['a hash that would make a heading', '<p># not a heading</p>', '\\# not a heading'],
    ['a quote sign that would quote', '<p>&gt; not a quote</p>', '\\> not a quote'],
    ['asterisks that would emphasise', '<p>*not emphasis*</p>', '\\*not emphasis\\*'],
    [
      'underscores that would emphasise',
      '<p>_not emphasis_ and __init__</p>',
      '\\_not emphasis\\_ and \\_\\_init\\_\\_',
    ],
    ['asterisks between digits that would pair', '<p>2*3 and 4*5</p>', '2\\*3 and 4\\*5'],
    ['text shaped like a link', '<p>[text](https://x.test)</p>', '[text\\](https://x.test)'],
    ['text shaped like a footnote', '<p>see [^1]</p>', 'see \\[^1]'],
    ['text shaped like an Obsidian link', '<p>[[Page]]</p>', '\\[[Page]]'],
    ['an entity shown literally', '<p>write &amp;amp; for &amp;</p>', 'write \\&amp; for &'],
    ['a tag shown literally', '<p>the &lt;div&gt; element</p>', 'the \\<div> element'],
    ['backticks that would pair into code', '<p>`not code`</p>', '\\`not code\\`'],
    ['a line of asterisks (a rule)', '<p>***</p>', '\\*\\*\\*'],
    ['a line of dashes (a rule)', '<p>---</p>', '\\---'],
    ['equals signs under a line (a heading)', '<p>Title<br>===</p>', 'Title\\\n\\==='],
    ['tildes that would strike through', '<p>~~not struck~~</p>', '\\~\\~not struck\\~\\~'],
    ['a backslash before punctuation', '<p>a\\*b</p>', 'a\\\\*b'],
    ['a dash after a line break', '<p>a<br>- b</p>', 'a\\\n\\- b'],
    ['a number inside a list item start', '<ul><li>1. first</li></ul>', '- 1\\. first'],
    ['a hash inside a quote', '<blockquote><p># x</p></blockquote>', '> \\# x'],
    ['a literal asterisk inside bold', '<p><b>*</b> marks</p>', '**\\*** marks'],
    ['a closing hash of a heading', '<h2>Issue #</h2>', '## Issue \\#'],
    ['a task box typed in text', '<ul><li>[ ] not a box</li></ul>', '- \\[ ] not a box'],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    // And a Markdown app shows the reader the very words of the page.
    expect(visibleText(renderMarkdown(markdown))).toBe(visibleText(html));
  });
});

describe('the private marks the converter uses cannot be forged by a page', () => {
  it('drops them from text, attributes and code instead of acting on them', () => {
    const html =
      '<p>a\uFDD0*b \uFDD10\uFDD1</p><pre><code>first\uFDD10\uFDD1</code></pre>' +
      '<p><img src="x\uFDD0.png" alt="\uFDD0[alt"> <a href="https://x.test/\uFDD1" title="t\uFDD0">l</a></p>';
    const markdown = convertHtml(html);
    expect(markdown).toBe('a*b 0\n\n```\nfirst0\n```\n\n![\\[alt](x.png) [l](https://x.test/ "t")');
    expect(markdown).not.toMatch(/[\uFDD0\uFDD1]/);
  });
});
