const encoder = new TextEncoder();
let lastText = '';
let lastBytes = 0;

/** Texts up to this many UTF-16 units are encoded into one buffer kept for the next (3 bytes a unit at most). */
const SCRATCH_UNITS = 64 * 1024;
let scratch: Uint8Array | null = null;

/**
 * The number of bytes `text` takes in UTF-8, as TextEncoder writes it (a lone surrogate becomes
 * U+FFFD, three bytes). The last answer is kept: a capture's body (megabytes for a book-length
 * article) is measured by fitArticle and again by the article schema, and encoding it is a copy of
 * that size each time. Native encoding is faster than counting the units in script. Short texts
 * (the library's storage line measures 100,000 records one by one) are encoded into one reused
 * buffer: a new array for each is garbage the browser then sweeps in tasks of 40 ms and more.
 */
export function utf8ByteLength(text: string): number {
  // The same string object compares by reference, without reading the text.
  if (text !== lastText) {
    if (text.length <= SCRATCH_UNITS) {
      scratch ??= new Uint8Array(SCRATCH_UNITS * 3);
      lastBytes = encoder.encodeInto(text, scratch).written;
    } else lastBytes = encoder.encode(text).length;
    lastText = text;
  }
  return lastBytes;
}
