import { describe, expect, it } from 'vitest';
import { describeTagChange } from '../../lib/tags/describe-tag-change';
import { say } from '../../lib/i18n/message';
import { inEnglish, translatorFor } from '../harness/locale-messages';

describe('describeTagChange', () => {
  it.each([
    [[], ['rock pools'], 'Added “rock pools”.'],
    [['a', 'b'], ['a'], 'Removed “b”.'],
    [['a'], ['b', 'c'], 'Added “b” and “c”, removed “a”.'],
    [['a'], ['a'], 'Tags unchanged.'],
  ])('%j → %j says %j', (before, after, sentence) => {
    expect(inEnglish(describeTagChange(before, after))).toBe(sentence);
  });

  it('says it in Polish with Polish quotation marks and conjunction', () => {
    expect(say(translatorFor('pl'), describeTagChange(['a'], ['b', 'c']))).toBe(
      'Dodano: „b” i „c”; usunięto: „a”.',
    );
  });
});
