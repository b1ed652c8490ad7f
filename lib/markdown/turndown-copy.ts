/**
 * Turndown asks every element for its `textContent` (is it blank? what whitespace flanks it?), and the
 * DOM builds that string anew from the whole subtree each time: on a book-length article that is the
 * text times the depth of the tree, most of a second. The copy made here answers from a cache filled
 * bottom-up, so each text node is read once per ancestor string rather than walked once per ancestor.
 *
 * The cache is filled on first read, after Turndown has collapsed the copy's whitespace, and nothing
 * changes the copy after that: Turndown only reads it and our rules never write to it.
 */

const TEXT = 3;
const CDATA = 4;
const ELEMENT = 1;

/**
 * A deep copy of `root` for Turndown, whose elements remember their `textContent` once read; its
 * `cloneNode` returns itself, so Turndown works on this copy instead of making its own.
 */
export function turndownCopy<T extends Node>(root: T): T {
  const copy = root.cloneNode(true) as T;
  const texts = new WeakMap<Node, string>();
  const textOf = (element: Node): string => {
    let text = texts.get(element);
    if (text === undefined) {
      text = '';
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === TEXT || child.nodeType === CDATA) text += (child as CharacterData).data;
        else if (child.nodeType === ELEMENT) text += textOf(child);
      }
      texts.set(element, text);
    }
    return text;
  };
  const remember = {
    get: function (this: Node) {
      return textOf(this);
    },
    configurable: true,
  };
  if (copy.nodeType === ELEMENT) Object.defineProperty(copy, 'textContent', remember);
  const doc = copy.ownerDocument ?? (copy as unknown as Document);
  const walker = doc.createTreeWalker(copy, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    Object.defineProperty(node, 'textContent', remember);
  Object.defineProperty(copy, 'cloneNode', { value: () => copy, configurable: true });
  return copy;
}
