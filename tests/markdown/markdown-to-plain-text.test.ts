import { describe, expect, it } from 'vitest';
import { markdownToPlainText, stripMarkdown } from '../../lib/markdown/markdown-to-plain-text.ts';

/** 8 MiB: the size of line that overflowed the regular expressions' stack. */
const HUGE = 8 * 1024 * 1024;

describe('markdownToPlainText', () => {
  it.each([
    [
      'headings and emphasis',
      '# Title\n\nSome *emph*, _em_ and **strong** text.',
      'Title\n\nSome emph, em and strong text.',
    ],
    [
      'link text without its URL',
      'See [the report](https://example.com/r "Report") now.',
      'See the report now.',
    ],
    ['images entirely', 'Before ![a chart](https://example.com/c.png) after', 'Before  after'],
    ['list markers and quotes', '- one\n- two\n1. three\n> quoted', 'one\ntwo\nthree\nquoted'],
    ['front matter', '---\ntitle: "X"\n---\nBody', 'Body'],
    ['fenced code verbatim', '```js\nconst snake_case = a * b;\n```', 'const snake_case = a * b;'],
    ['inline code verbatim', 'Call `__init__` here', 'Call __init__ here'],
    ['escapes as their character', 'a \\_literal\\_ and 2 \\* 3', 'a _literal_ and 2 * 3'],
    ['link text with brackets of its own', '[Review [Video]](https://example.com/v)', 'Review [Video]'],
    ['hard line breaks', 'first line\\\nsecond line', 'first line\nsecond line'],
    ['underscores inside words', 'snake_case stays', 'snake_case stays'],
    [
      'reference links and images',
      'See [one][1] and ![a map][2] here.\n\n[1]: https://a.example/\n[2]: https://b.example/m.png',
      'See one and  here.',
    ],
    ['Windows line ends', '# Title\r\n\r\nFirst\\\r\nsecond', 'Title\n\nFirst\nsecond'],
    ['pipes and dashes in prose', 'a | b - c -- d | e\n- - - x', 'a | b - c -- d | e\n- - x'],
  ])('strips %s', (_name, markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });

  it('puts every table cell on its own line so cells never glue into one word', () => {
    const text = markdownToPlainText('| Name | Score |\n| --- | ---: |\n| Ann | 12 |');
    expect(text.split('\n').filter(Boolean)).toEqual(['Name', 'Score', 'Ann', '12']);
  });

  describe('lines of 8 MiB or more', () => {
    const HUGE = 8 * 1024 * 1024;
    const words = 'word '.repeat(HUGE / 5);
    it.each([
      ['an inline image', `Before ![map](data:image/png;base64,${'A'.repeat(HUGE)}) after`, 'Before  after'],
      ['a link whose text is long', `[${words}](https://example.com/)`, words.trim()],
      ['a link target of parenthesised parts', `See [x](/a${'(b)'.repeat(HUGE / 3)}) now`, 'See x now'],
      ['a deep quote', `${'>'.repeat(HUGE)} deep`, 'deep'],
      ['a long table separator', `| a | b |\n${'| --- '.repeat(HUGE / 6)}|`, 'a\nb'],
      ['a long thematic break', `one\n\n${'- '.repeat(HUGE / 2)}\n\ntwo`, 'one\n\ntwo'],
      ['a run of backticks', `tick ${'`'.repeat(HUGE)} tock`, `tick ${'`'.repeat(HUGE)} tock`],
    ])('reads %s', (_name, markdown, text) => {
      expect(markdownToPlainText(markdown)).toBe(text);
    });
  });
});

describe('stripMarkdown', () => {
  it.each([
    ['a link target', 'See [the report](https://example.com/r) now', 'See [the report] now'],
    ['a link with a title', '[a](https://example.com/a "Title") b', '[a] b'],
    ['parentheses in a target', '[wiki](https://en.example/Mill_(engine)) x', '[wiki] x'],
    ['an image address', '![chart](/c.png) after', '![chart] after'],
    ['a bare URL', 'go to https://example.com/x?y=1 now', 'go to   now'],
    ['HTML tags', 'a <span class="x">b</span> c', 'a  b  c'],
    ['an unclosed target, left alone', '[a](https://example.com/a and more', '[a](  and more'],
  ])('drops %s', (_name, markdown, text) => {
    expect(stripMarkdown(markdown)).toBe(text);
  });

  it('indexes the words around an inline image of 8 MiB on one line', () => {
    const line = `Before ![map](data:image/png;base64,${'A'.repeat(HUGE)}) after`;
    expect(stripMarkdown(line)).toBe('Before ![map] after');
  });

  it('reads a target of 8 MiB made of parenthesised parts', () => {
    const line = `Before [x](/a${'(b)'.repeat(HUGE / 3)}) after`;
    expect(stripMarkdown(line)).toBe('Before [x] after');
  });
});
