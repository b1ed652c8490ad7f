import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, normalizeTag } from '../../lib/tags/normalize-tag';

describe('normalizeTag', () => {
  it.each([
    ['  Rock Pools ', 'rock pools'],
    ['deep\t\n  sea', 'deep sea'],
    ['CLIMATE', 'climate'],
    ['Straße', 'straße'],
    ['cafe\u0301', 'café'],
    ['   ', ''],
    ['', ''],
  ])('%j becomes %j', (typed, tag) => {
    expect(normalizeTag(typed)).toBe(tag);
  });

  it('treats the two spellings of an accented letter as one tag', () => {
    expect(normalizeTag('Cafe\u0301')).toBe(normalizeTag('Café'));
  });

  it('cuts long tags at the limit without leaving a space at the end', () => {
    expect(normalizeTag('a'.repeat(60))).toBe('a'.repeat(MAX_TAG_LENGTH));
    expect(normalizeTag(`${'a'.repeat(MAX_TAG_LENGTH - 1)} tail`)).toBe('a'.repeat(MAX_TAG_LENGTH - 1));
  });

  it('never splits a character made of two UTF-16 units', () => {
    const tag = normalizeTag('🌊'.repeat(50));
    expect(Array.from(tag)).toHaveLength(MAX_TAG_LENGTH);
    expect(tag).toBe('🌊'.repeat(MAX_TAG_LENGTH));
  });
});
