import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n/create-translator';

// A Polish counted message as the locale files hold it, one text per CLDR category.
const polish: Record<string, string> = {
  language: 'pl',
  articles_one: '$1 artykuł',
  articles_few: '$1 artykuły',
  articles_many: '$1 artykułów',
  articles_other: '$1 artykułu',
  greeting: 'Cześć, $1',
  library_title: 'Biblioteka',
};
const getMessage = (name: string, subs: string[] = []) =>
  (polish[name] ?? '').replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');

describe('createTranslator', () => {
  const t = createTranslator(getMessage, 'pl');

  it.each([
    [1, '1 artykuł'],
    [3, '3 artykuły'],
    [5, '5 artykułów'],
    [22, '22 artykuły'],
    [1.5, '1,5 artykułu'],
    [12345, '12\u00a0345 artykułów'],
  ])('says %d in the Polish form for it', (n, text) => {
    expect(t.plural('articles', n)).toBe(text);
  });

  it('picks plural rules by the language of the messages, numbers by the user', () => {
    const french = createTranslator(getMessage, 'fr');
    expect(french.plural('articles', 3)).toBe('3 artykuły');
    expect(french.number(1234)).toBe('1\u202f234');
  });

  it('asks the browser for each message once, however often it is shown and whatever fills it', () => {
    // Each look-up is a call into the browser: a list of 50 rows fills the same labels 50 times.
    const asked: string[] = [];
    const counting = createTranslator((name, subs) => (asked.push(name), getMessage(name, subs)), 'pl');
    asked.length = 0;
    const shown = Array.from({ length: 5 }, () => counting.t('library.title'));
    expect(shown).toEqual(Array(5).fill('Biblioteka'));
    expect(counting.t('greeting', 'Ala')).toBe('Cześć, Ala');
    expect(counting.t('greeting', 'Ola')).toBe('Cześć, Ola');
    expect([2, 3, 4, 5].map((n) => counting.plural('articles', n))).toEqual([
      '2 artykuły',
      '3 artykuły',
      '4 artykuły',
      '5 artykułów',
    ]);
    expect(asked).toEqual(['library_title', 'greeting', 'articles_few', 'articles_many']);
  });

  it('shows what fills a message as it is, dollar signs and all', () => {
    expect(t.t('greeting', '$2 and $1')).toBe('Cześć, $2 and $1');
    expect(t.t('greeting', 12345)).toBe('Cześć, 12\u00a0345');
    expect(t.t('popup.nothing', 'x')).toBe('popup_nothing');
    expect(t.t('greeting')).toBe('Cześć, ');
  });

  it('fills placeholders and shows the key of a message that is missing', () => {
    expect(t.t('greeting', 'Ala')).toBe('Cześć, Ala');
    expect(t.t('popup.nothing')).toBe('popup_nothing');
  });
});
