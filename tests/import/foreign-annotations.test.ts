import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../lib/highlights/locate-quote';
import { markdownText } from '../../lib/highlights/markdown-text';
import { foreignAnnotations } from '../../lib/import/foreign-annotations';

const BODY = [
  'The tide came in twice a day.',
  'Fishermen said **the tide came in** late that spring, and the harbour stayed empty.',
].join('\n\n');
const SAVED = '2024-05-01T08:00:00.000Z';
const highlight = (quote: string, note = '') => ({ quote, note, createdAt: null });

describe('foreignAnnotations', () => {
  it('gives nothing for a page without highlights', async () => {
    expect(await foreignAnnotations(BODY, 'https://a.example/', [], SAVED)).toBeUndefined();
  });

  it('places a repeated phrase at its own occurrence, in reading order, across emphasis', async () => {
    const result = await foreignAnnotations(
      BODY,
      'https://a.example/',
      [highlight('The tide came in'), highlight('the tide came in', 'Second time')],
      SAVED,
    );
    const folded = markdownText(BODY);
    const [first, second] = (result?.highlights ?? []).map((h) => locateQuote(folded, h.quote));
    expect(first?.start).toBe(0);
    expect(second?.start).toBeGreaterThan(BODY.indexOf('Fishermen') - 20);
    expect(result?.highlights.map((h) => [h.note, h.createdAt, h.color])).toEqual([
      ['', SAVED, 'yellow'],
      ['Second time', SAVED, 'yellow'],
    ]);
  });

  it('keeps a quote the text does not hold, with its note, to be listed as could not be placed', async () => {
    const result = await foreignAnnotations(
      BODY,
      'https://a.example/',
      [highlight('a sentence the site later removed', 'Keep this')],
      SAVED,
    );
    const [kept] = result?.highlights ?? [];
    if (!kept) throw new Error('The highlight was dropped.');
    expect(kept.quote.exact).toBe('a sentence the site later removed');
    expect(kept.note).toBe('Keep this');
    expect(locateQuote(markdownText(BODY), kept.quote)).toBeNull();
  });

  it('makes notes without a quote the article note, and gives each page its own highlight ids', async () => {
    const quotes = [
      highlight('', 'First thought'),
      highlight('twice a day'),
      highlight('', 'Second thought'),
    ];
    const a = await foreignAnnotations(BODY, 'https://a.example/', quotes, SAVED);
    const b = await foreignAnnotations(BODY, 'https://b.example/', quotes, SAVED);
    expect(a?.note).toBe('First thought\n\nSecond thought');
    expect(a?.highlights).toHaveLength(1);
    expect(a?.highlights[0]?.id).not.toBe(b?.highlights[0]?.id);
  });
});
