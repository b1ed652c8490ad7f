import { describe, expect, it } from 'vitest';
import { findCodeSpans } from '../../lib/markdown/find-code-spans';

const codes = (text: string) => findCodeSpans(text).map((span) => text.slice(span.start, span.end));

describe('findCodeSpans', () => {
  it.each([
    ['one span', 'call `f()` now', ['`f()`']],
    ['a longer run holding a backtick', 'a `` x ` y `` b', ['`` x ` y ``']],
    ['a run closed only by one as long', '`a`` b `c`', ['`a`` b `']],
    ['no partner: text', 'tick ``` tock', []],
    ['an opener that uses part of its run', '``a`', ['``a`']],
    ['two spans', '`a` and `b`', ['`a`', '`b`']],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('gives the code between the backticks', () => {
    expect(findCodeSpans('x `` a`b `` y')).toEqual([{ start: 2, end: 11, code: ' a`b ' }]);
  });
});
