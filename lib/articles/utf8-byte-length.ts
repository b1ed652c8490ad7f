const encoder = new TextEncoder();
let lastText = '';
let lastBytes = 0;

/**
 * The number of bytes `text` takes in UTF-8, as TextEncoder writes it (a lone surrogate becomes
 * U+FFFD, three bytes). The last answer is kept: a capture's body (megabytes for a book-length
 * article) is measured by fitArticle and again by the article schema, and encoding it is a copy of
 * that size each time. Native encoding is faster than counting the units in script.
 */
export function utf8ByteLength(text: string): number {
  // The same string object compares by reference, without reading the text.
  if (text !== lastText) {
    lastBytes = encoder.encode(text).length;
    lastText = text;
  }
  return lastBytes;
}
