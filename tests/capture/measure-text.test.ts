import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDirection } from '../../lib/capture/detect-direction.ts';
import { isDateline } from '../../lib/capture/is-dateline.ts';
import { measureText } from '../../lib/capture/measure-text.ts';
import { normalizeDate } from '../../lib/capture/normalize-date.ts';

describe('measureText', () => {
  it.each([
    ['English, with numbers kept whole', "It's 1.4 times the 5,000 we had.", 7],
    ['Russian', 'Мастера вкуса и красоты', 4],
    ['Chinese, one word per character', '图书馆今晚开放', 7],
    ['Japanese mixed with Latin', '東京でAIの会議', 7],
  ])('counts words in %s', (_name, text, words) => {
    expect(measureText(text).wordCount).toBe(words);
  });

  it('counts as the plain Unicode word pattern does, on any mix of scripts, marks and punctuation', () => {
    const word = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_'’-]|[.,](?=\p{N}))*/gu;
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
    const expected = (text: string): number =>
      (text.match(cjk)?.length ?? 0) + (text.replace(cjk, ' ').match(word)?.length ?? 0);
    const piece = fc.constantFrom(
      ...['a', 'Z', '9', 'é', 'ß', 'Я', '٣', '¼', 'Ⅻ', 'ǅ', 'ʰ', '\u0301', '_', "'", '’', '-', '.', ','],
      ...[' ', '\n', '“', '😀', '\uD800', '日', 'の', 'カ', '𠀋', '\u00a0', '・'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        return measureText(text).wordCount === expected(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads at about 230 words a minute, and never less than a minute', () => {
    expect(measureText('word '.repeat(2300)).readingMinutes).toBe(10);
    expect(measureText('Short.').readingMinutes).toBe(1);
  });
});

describe('detectDirection', () => {
  it.each([
    ['مكتبة المدينة تفتح أبوابها', 'rtl'],
    ['שביל חדש לאורך החוף', 'rtl'],
    ['A Latin text with one word عربي', 'ltr'],
    ['12345', null],
  ])('%s → %s', (text, dir) => {
    expect(detectDirection(text)).toBe(dir);
  });
});

describe('isDateline', () => {
  it.each([
    ['Sat 27 Sep 2025 // 08:38 UTC', [], true],
    ['By Jane Doe', ['Jane Doe'], true],
    [
      'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.',
      ['Matthew Digby', 'Minh Do'],
      true,
    ],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', [], true],
    ['The vote is on 3 March 2025.', [], false],
    ['Jane Doe said no.', ['Jane Doe'], false],
    ['2019', [], false],
  ])('%s', (text, authors, expected) => {
    expect(isDateline(text, authors)).toBe(expected);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-09-27T08:38:00+0000', '2025-09-27T08:38:00Z'],
    ['2024-11-02 09:15', '2024-11-02T09:15:00'],
    ['2024-13-02', null],
    ['2024-02-30', null],
    ['2024-02-29T23:59:59.5-05:30', '2024-02-29T23:59:59.5-05:30'],
    ['2024-01-01T99:99', null],
    ['2024-01-01T24:00:00Z', null],
    ['2024-01-01T12:60:00Z', null],
    ['2024-01-01T12:00:61Z', null],
    ['2024-01-01T12:00:00+99:99', null],
    ['2024-01-01T12:00:00+0560', null],
    ['2024-01-01T12:00:00+24:00', null],
    ['Nov 19, 2019 10:48 GMT', '2019-11-19T10:48:00.000Z'],
    ['', null],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});
