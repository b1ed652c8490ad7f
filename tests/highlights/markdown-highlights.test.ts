import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../lib/highlights/highlight';
import { markHighlights, unmarkHighlights } from '../../lib/highlights/markdown-highlights';

let n = 0;
/** A highlight of `exact` as the reading view would store it (context left out: it is unique here). */
const hl = (exact: string, note = '', prefix = ''): Highlight => ({
  id: `h${++n}`,
  articleId: 1,
  color: 'yellow',
  quote: { exact, prefix, suffix: '', start: 0, end: exact.length },
  note,
  createdAt: `2026-11-29T10:00:0${n % 10}.000Z`,
});

const BODY = `# A title

Some **bold words** and a [linked phrase](https://example.org/a_b) in one paragraph.

- First item
- Second item

\`\`\`
code == stays
\`\`\`
`;

describe('markHighlights', () => {
  it('leaves an article without highlights or note byte-identical', () => {
    expect(markHighlights(BODY, [], '')).toEqual({ markdown: BODY, marks: [], ordered: [] });
  });

  it('wraps highlights in == around emphasis and link syntax, and closes with the section', () => {
    const out = markHighlights(BODY, [hl('bold words and a linked phrase', 'Why bold?')], 'Read twice');
    expect(out.markdown).toContain(
      'Some ==**bold words** and a [linked phrase](https://example.org/a_b)== in one paragraph.',
    );
    expect(
      out.markdown.endsWith(
        '\n\n## Highlights\n\nRead twice\n\n> ==bold words and a linked phrase==\n\nWhy bold?',
      ),
    ).toBe(true);
  });

  it('marks a highlight over two list items line by line, never inside fenced code', () => {
    const out = markHighlights(BODY, [hl('First item Second'), hl('code == stays')], '');
    expect(out.markdown).toContain('- ==First item==\n- ==Second== item');
    expect(out.markdown).toContain('```\ncode == stays\n```');
    expect(out.markdown).toContain('> ==code == stays==');
  });

  it('lists a highlight the text no longer holds in the section only', () => {
    const out = markHighlights(BODY, [hl('words that are gone', 'kept')], '');
    expect(out.marks).toEqual([]);
    expect(out.markdown).toBe(`${BODY}\n\n## Highlights\n\n> ==words that are gone==\n\nkept`);
  });

  it('is undone exactly by unmarkHighlights, and an edited file is refused', () => {
    for (const body of [BODY, BODY.trimEnd(), 'One line == with marks already.']) {
      const out = markHighlights(body, [hl('bold words'), hl('Second item', 'n'), hl('One line')], 'note');
      expect(unmarkHighlights(out.markdown, out.marks, out.ordered, 'note')).toBe(body);
      const edited = out.markdown.replace('==', '=');
      expect(unmarkHighlights(edited, out.marks, out.ordered, 'note')).toBeNull();
      expect(unmarkHighlights(out.markdown, out.marks, out.ordered, 'other note')).toBeNull();
    }
  });
});
