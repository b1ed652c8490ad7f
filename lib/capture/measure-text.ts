// Chinese and Japanese put no spaces between words; each ideograph or kana counts as one word, the
// way word processors count them, and is read at about 500 characters a minute.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// No Han, kana or surrogate lies below U+2E80: text without such a unit has no CJK to look for.
const MAYBE_CJK = /[\u2e80-\uffff]/;
// A word: letters or digits, with the marks, apostrophes and inner hyphens that belong to it; a number
// keeps its decimal point or thousands separator ("1.4", "5,000"). That is
// /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_'’-]|[.,](?=\p{N}))*/gu, written so that ASCII is matched by plain
// ranges and only other characters are looked up in the Unicode tables (after the fact, looking
// back at the one character taken): once a text holds one curly quote, the engine reads all of it
// as UTF-16, where the tables cost about three times as much over a book-length article.
const OTHER = '[^\\x00-\\x7f]';
const WORD = new RegExp(
  `(?:[A-Za-z0-9]|${OTHER}(?<=[\\p{L}\\p{N}]))` +
    `(?:[A-Za-z0-9_'-]|${OTHER}(?<=[\\p{L}\\p{N}\\p{M}’])|[.,](?=[0-9]|${OTHER}(?<=\\p{N})))*`,
  'gu',
);
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

/** Word count and reading time (at least one minute) of plain text, in any script. */
export function measureText(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = MAYBE_CJK.test(text) ? (text.match(CJK_CHARACTER)?.length ?? 0) : 0;
  // Counted, not collected: a book-length article has hundreds of thousands of words.
  const rest = cjk > 0 ? text.replace(CJK_CHARACTER, ' ') : text;
  let words = 0;
  WORD.lastIndex = 0;
  // test(), not exec(): no match to build for each of hundreds of thousands of words.
  while (WORD.test(rest)) words++;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}
