import { describe, expect, it } from 'vitest';
import { describeTagChange } from '../../lib/tags/describe-tag-change';

describe('describeTagChange', () => {
  it.each([
    [[], ['rock pools'], 'Added “rock pools”.'],
    [['a', 'b'], ['a'], 'Removed “b”.'],
    [['a'], ['b', 'c'], 'Added “b”, “c”, removed “a”.'],
    [['a'], ['a'], 'Tags unchanged.'],
  ])('%j → %j says %j', (before, after, sentence) => {
    expect(describeTagChange(before, after)).toBe(sentence);
  });
});
