import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { counted, list, message, MessageSchema, say } from '../../lib/i18n/message';
import { translatorFor } from '../harness/locale-messages';

const en = translatorFor('en');
const pl = translatorFor('pl');

describe('say', () => {
  it('fills a plain message with its parameters in each language', () => {
    const said = message('library.exportFailed', 'disk full');
    expect(say(en, said)).toBe('Export failed: disk full');
    expect(say(pl, said)).toBe('Eksport nie powiódł się: disk full');
  });

  it.each([
    [1, 'Deleted 1 article.', 'Usunięto 1 artykuł.'],
    [3, 'Deleted 3 articles.', 'Usunięto 3 artykuły.'],
    [5, 'Deleted 5 articles.', 'Usunięto 5 artykułów.'],
    [22, 'Deleted 22 articles.', 'Usunięto 22 artykuły.'],
    [1234, 'Deleted 1,234 articles.', 'Usunięto 1234 artykuły.'],
  ])('says %d deleted articles in the form each language wants', (n, english, polish) => {
    expect(say(en, counted('library.deleted', n))).toBe(english);
    expect(say(pl, counted('library.deleted', n))).toBe(polish);
  });

  it('puts a message given as a parameter into words, in its own plural form', () => {
    const said = counted('library.exportedWithImages', 2, counted('library.images', 5));
    expect(say(en, said)).toBe('Exported 2 articles with 5 images.');
    expect(say(pl, said)).toBe('Wyeksportowano 2 artykuły z 5 obrazów.');
  });

  it('joins a list the way the language does', () => {
    const names = list([
      message('library.quoted', 'A'),
      message('library.quoted', 'B'),
      counted('library.andMore', 3),
    ]);
    const said = counted('library.unsearchable', 5, names);
    expect(say(en, said)).toMatch(/^5 articles could not be indexed for search: “A”, “B”, and 3 more\. /);
    expect(say(pl, said)).toMatch(
      /^Nie udało się zindeksować 5 artykułów do wyszukiwania: „A”, „B” i 3 inne\. /,
    );
  });

  it('shows wording stored as a plain sentence by an older version as it is', () => {
    expect(say(pl, 'The page did not answer.')).toBe('The page did not answer.');
  });

  it('survives storage: what comes back parses and says the same', () => {
    const said = counted('library.importedAndReplaced', 4, counted('library.changedOnes', 1));
    const stored: unknown = JSON.parse(JSON.stringify(said));
    const parsed = v.parse(MessageSchema, stored);
    expect(say(pl, parsed)).toBe('Zaimportowano 4 nowe artykuły i zastąpiono 1 zmieniony.');
    expect(v.safeParse(MessageSchema, { key: 3 }).success).toBe(false);
  });
});
