// Chinese and Japanese put no spaces between words; each ideograph or kana counts as one word, the
// way word processors count them, and is read at about 500 characters a minute.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// A word: letters or digits, with the marks, apostrophes and inner hyphens that belong to it; a number
// keeps its decimal point or thousands separator ("1.4", "5,000").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_'’-]|[.,](?=\p{N}))*/gu;
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

/** Word count and reading time (at least one minute) of plain text, in any script. */
export function measureText(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = text.match(CJK_CHARACTER)?.length ?? 0;
  // Counted, not collected: a book-length article has hundreds of thousands of words.
  const rest = cjk > 0 ? text.replace(CJK_CHARACTER, ' ') : text;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(rest) !== null) words++;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}
