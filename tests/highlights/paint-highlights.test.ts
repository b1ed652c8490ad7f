import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHighlights, paintHighlights } from '../../lib/highlights/paint-highlights';
import { indexText } from '../../lib/highlights/text-index';

/** A rendered article body of many paragraphs, with emphasis and links splitting their text. */
function longBody(): Element {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) =>
      `<p>Para ${i} opens <em>with stress ${i}</em> and a <a href="#n${i}">link ${i}</a> then ends ${i}.</p>`,
  );
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="b">${paragraphs.join('\n')}</div></body></html>`,
  );
  return document.getElementById('b') as Element;
}

/** Folded offsets of `phrase` (its n-th occurrence) in the body's indexed text. */
function at(root: Element, phrase: string): { start: number; end: number } {
  const start = indexText(root).folded.text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

const PHRASES = [
  'Para 0 opens',
  'stress 3',
  'ends 3',
  'with stress 7 and a link 7 then',
  'ends 12. Para 13 opens with',
  'link 20',
  'a link 21',
  'Para 39 opens with stress 39 and a link 39 then ends 39.',
];

describe('painting highlights', () => {
  it('wraps each of many highlights, in text order or not, across elements and paragraphs', () => {
    const root = longBody();
    const text = root.textContent;
    const placed = PHRASES.map((phrase, i) => ({
      id: `h${i}`,
      color: 'yellow' as const,
      hasNote: false,
      ...at(root, phrase),
    })).reverse();
    paintHighlights(indexText(root), placed);
    const shown = PHRASES.map((_, i) =>
      Array.from(root.querySelectorAll(`mark[data-highlight="h${i}"]`))
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    );
    expect(shown).toEqual(PHRASES);
    expect(root.textContent).toBe(text);
  });

  it('takes its marks out again, leaving the text as it was rendered', () => {
    const root = longBody();
    const before = root.innerHTML;
    const placed = PHRASES.map((phrase, i) => ({
      id: `h${i}`,
      color: 'green' as const,
      hasNote: true,
      ...at(root, phrase),
    }));
    paintHighlights(indexText(root), placed);
    expect(root.querySelectorAll('mark').length).toBeGreaterThan(PHRASES.length);
    clearHighlights(root);
    expect(root.innerHTML).toBe(before);
  });
});
