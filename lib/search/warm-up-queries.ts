import { tokenize } from './parse-query';
import { STOP_WORDS } from './stop-words';

/**
 * Searches the worker runs once the index is open, before the user's first, made of a title's words
 * (the newest article's): each kind a person types, a whole word, a 3-, 4- and 6-letter prefix, a
 * phrase, two words with the second still being typed. The first searches of a worker ran its
 * SQLite and ranking code cold and prepared its statements: at 100,000 articles they took two to
 * five times as long as the same searches later. None when the title has no word of 4 letters.
 */
export function warmUpQueries(title: string): string[] {
  const words = tokenize(title).filter((word) => [...word].length >= 4 && !STOP_WORDS.has(word));
  const [first, second] = words;
  if (first === undefined) return [];
  const letters = (word: string, n: number) => [...word].slice(0, n).join('');
  const queries = [`${first} `, letters(first, 3), letters(first, 4), letters(first, 6)];
  if (second !== undefined)
    queries.push(`"${first} ${second}"`, `${first} ${letters(second, 4)}`, `${first} ${second}`);
  return [...new Set(queries)];
}
