import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../lib/markdown/strip-markdown';

/** 8 MiB: the size of line that overflowed the regular expressions' stack. */
const HUGE = 8 * 1024 * 1024;

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
