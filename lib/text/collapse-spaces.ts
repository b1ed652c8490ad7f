/** Whitespace that a collapse would change: any but a plain space, or two together. */
const TO_COLLAPSE = /[^\S ]|\s\s/;

/**
 * `text` with each run of whitespace made one space, as `text.replace(/\s+/g, ' ')` gives it. Most
 * of an article's texts are words with single spaces, which that replacement copies anew space by
 * space; those are recognised first and come back as they are (a book-length article has 100,000).
 */
export function collapseSpaces(text: string): string {
  return TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
