import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LITERAL_MARK as M } from '../../../lib/markdown/conversion-context';
import { blockContent } from '../../../lib/markdown/rules/block-content';

describe('blockContent', () => {
  it.each([
    ['  text  ', 'text'],
    ['text\\\n', 'text'],
    ['text\\', 'text'],
    ['text \\\n \n', 'text'],
    [`text${M}\\`, `text${M}\\`],
    ['text\\\\', 'text\\'],
    ['text\\ ', 'text\\'],
    ['\\\nline\\\n\\\nnext\n\n\n\nend\u00a0 ', 'line\n\nnext\n\nend\u00a0'],
  ])('tidies %j to %j', (content, expected) => {
    expect(blockContent(content)).toBe(expected);
  });

  it('trims the end as the trailing-run expression does, on any mix of spaces, breaks and marks', () => {
    // The rule the trailing scan stands for: whitespace and unmarked hard breaks, up to the end.
    const hardBreak = `(?<!${M})\\\\(?:\\n|$)`;
    const trailing = new RegExp(`(?<![ \\t\\r\\n])(?:[ \\t\\r\\n]|${hardBreak})+$`);
    const leading = new RegExp(`^(?:[ \\t\\r\\n]|${hardBreak})+`);
    const breakRun = new RegExp(`(?:${hardBreak}[ \\t]*){2,}`, 'g');
    const byExpressions = (content: string): string =>
      content
        .replace(breakRun, '\n\n')
        .replace(leading, '')
        .replace(trailing, '')
        .replace(/\n{3,}/g, '\n\n');
    const piece = fc.constantFrom(' ', '\t', '\r', '\n', '\\', M, 'a', '\u00a0', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const content = pieces.join('');
        return blockContent(content) === byExpressions(content);
      }),
      { numRuns: 20_000 },
    );
  });
});
