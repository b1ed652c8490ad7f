import { STOP_WORDS } from './stop-words';

export interface ParsedQuery {
  /** Lower-case words that must all match, in query order. */
  terms: string[];
  /** Quoted phrases, each as its lower-case words. */
  phrases: string[][];
  /** The last word when it is still being typed (no space after it), matched as a prefix. */
  prefix: string | null;
}

/** A word as the index and the highlighter see it: letters and digits, with an apostrophe part. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Splits text into lower-case words the way the index does. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * Reads what a person typed into the search box: bare words, "quoted phrases", and an unfinished
 * last word. Function words are dropped unless the query has nothing else, because the body index
 * leaves them out.
 */
export function parseQuery(input: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = input.replace(/"([^"]*)"?/g, (_m, inner: string) => {
    const words = tokenize(inner);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  const all = [...tokenize(rest), ...phrases.flat()];
  const meaningful = all.filter((t) => !STOP_WORDS.has(t));
  const terms = [...new Set(meaningful.length > 0 ? meaningful : all)];
  const bare = tokenize(rest);
  const last = bare[bare.length - 1];
  const typing = /[\p{L}\p{N}]$/u.test(input) && (input.match(/"/g) ?? []).length % 2 === 0;
  return { terms, phrases, prefix: typing && last !== undefined && terms.includes(last) ? last : null };
}
