import { describe, expect, it } from 'vitest';
import { jsonByteLength } from '../../lib/bytes/json-byte-length';

/** What the storage line counted before: the UTF-8 bytes of the value's JSON text. */
const written = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

const TEXTS = [
  '',
  'plain words',
  'a "quoted" word and a back\\slash',
  'lines\nand\ttabs\r\b\f',
  'control \u0001 and \u001f and delete \u007f',
  'Zürich, Łódź, القاهرة, 東京',
  'emoji 🦘 and a flag 🇦🇺',
  'a lone high \ud83e surrogate',
  'a lone low \udd98 surrogate at the end \ud83e',
  '\u2028 line separator and \u2029 paragraph separator',
];

describe('jsonByteLength', () => {
  it('counts the UTF-8 bytes of the JSON text of any text', () => {
    for (const text of TEXTS) expect(jsonByteLength(text), JSON.stringify(text)).toBe(written(text));
  });

  it('counts numbers, flags and nothing as JSON writes them', () => {
    for (const value of [0, -1, 3.25, 1e21, 1e-7, -0, Number.NaN, Infinity, true, false, null])
      expect(jsonByteLength(value), String(value)).toBe(written(value));
  });

  it('counts a record as JSON writes it: keys, nested lists and objects, missing fields left out', () => {
    const record = {
      id: 42,
      title: 'Harbour "town" votes',
      authors: ['Ada Ł.', 'Bo 🦘'],
      siteName: null,
      selection: undefined,
      tags: [],
      nested: { list: [1, 'two', null, undefined, { deep: true }], empty: {} },
      'key "with" quotes': 'v',
      progress: 0.5,
    };
    expect(jsonByteLength(record)).toBe(written(record));
    expect(jsonByteLength([record, record])).toBe(written([record, record]));
  });
});
