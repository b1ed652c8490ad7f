// When the article is beyond doubt, Readability's scoring is not needed to find it: on a
// book-length page it walks and scores every one of tens of thousands of paragraphs, the largest
// single cost of a capture. These thresholds hold only for pages far larger than any real news or
// blog page: the largest page of both development corpora has 261,000 characters of text in its
// whole body (scripts included) and 170,000 in paragraphs; a book-length page has millions.
/** Text (in characters) the block must hold before the page is read without Readability. */
export const BOOK_LENGTH_TEXT = 500_000;
// The block holds nearly all of what the pre-pass left of the page,
const MAIN_SHARE = 0.9;
// nearly all of it in paragraphs of its own (not a table, a list of links, a wall of teasers, or an
// article and a thread of comments side by side, each in its own box),
const PARAGRAPH_SHARE = 0.8;
// and little of it sits in links.
const LINK_SHARE = 0.2;
// Names of blocks that are the readers' words, not the article's, when the pre-pass has left them.
const READERS_BLOCK = /comment|discus|repl(?:y|ies)|respon[sd]|forum/i;

/**
 * The element that is certainly the article of `doc` (a copy of the page after the pre-pass), or null
 * when there is any doubt: the deepest element below the body that holds nearly all of the page's text, at least
 * {@link BOOK_LENGTH_TEXT} characters of it, nearly all in paragraphs of its own, little of it in links.
 */
export function findMainBlock(doc: Document): Element | null {
  const body = doc.body;
  // Read once at native speed: a news page stops here.
  const total = body?.textContent?.length ?? 0;
  if (!body || total < BOOK_LENGTH_TEXT) return null;
  let block: Element = body;
  let length = total;
  for (;;) {
    let inner: Element | null = null;
    // Once the children read so far hold more than the rest a block may leave out, no later child
    // can hold the share: a block of thousands of paragraphs is not read child by child to its end.
    let seen = 0;
    for (let child = block.firstElementChild; child && !inner; child = child.nextElementSibling) {
      const childLength = child.textContent?.length ?? 0;
      if (childLength >= total * MAIN_SHARE) {
        inner = child;
        length = childLength;
      }
      seen += childLength;
      if (seen > total * (1 - MAIN_SHARE)) break;
    }
    if (!inner) break;
    block = inner;
  }
  // The body itself is no answer: its text split among several blocks is what Readability weighs.
  if (block === body || length < BOOK_LENGTH_TEXT) return null;
  if (ownParagraphs(block) < length * PARAGRAPH_SHARE) return null;
  if (linked(block) > length * LINK_SHARE) return null;
  for (let element: Element | null = block; element && element !== body; element = element.parentElement) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (READERS_BLOCK.test(names)) return null;
  }
  return block;
}

/** Characters of text in the paragraphs that are children of `block`. */
function ownParagraphs(block: Element): number {
  let length = 0;
  for (let child = block.firstElementChild; child; child = child.nextElementSibling)
    if (child.tagName === 'P' || child.tagName === 'p') length += child.textContent?.length ?? 0;
  return length;
}

/** Characters of text inside links in `block` (the HTML parser never nests links). */
function linked(block: Element): number {
  let length = 0;
  for (const link of Array.from(block.getElementsByTagName('a'))) length += link.textContent?.length ?? 0;
  return length;
}
