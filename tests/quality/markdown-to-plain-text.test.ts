import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../lib/quality/markdown-to-plain-text.ts';

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
  ])('strips %s', (_name, markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });

  it('puts every table cell on its own line so cells never glue into one word', () => {
    const text = markdownToPlainText('| Name | Score |\n| --- | ---: |\n| Ann | 12 |');
    expect(text.split('\n').filter(Boolean)).toEqual(['Name', 'Score', 'Ann', '12']);
  });
});
