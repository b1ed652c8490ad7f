import { STOP_WORDS } from './stop-words';

// A word never starts with an apostrophe (see WORD in parse-query.ts), so no word of any text can
// be mistaken for a stand-in. Two characters each: FTS5 builds no prefix index entries for them.
const STAND_INS: ReadonlyMap<string, string> = new Map(
  [...STOP_WORDS].map((word, i) => [word, `'${String.fromCodePoint(0x4e00 + i)}`]),
);

/**
 * A body word as the FTS5 index holds it: a function word as a short stand-in of its own. Bodies
 * keep every word's position, so a quoted phrase with function words ("the state of the art") is
 * matched by FTS5 itself, word for word, and no article's text has to be read to check it; the
 * stand-in keeps the function word out of the prefix index and out of what a prefix expands to,
 * where it would cost the most. Titles, authors and sites hold their words as they are.
 */
export function bodyWord(word: string): string {
  return STAND_INS.get(word) ?? word;
}
