/**
 * Turndown asks every element for its `textContent` (is it blank? what whitespace flanks it?), and the
 * DOM builds that string anew from the whole subtree each time: on a book-length article that is the
 * text times the depth of the tree, most of a second. The copy made here answers from a cache filled
 * bottom-up, so each text node is read once per ancestor string rather than walked once per ancestor.
 * The same walk keeps each element's children in an array, which Turndown's reduce over `childNodes`
 * reads faster than a live NodeList (in an extension's isolated world, each index of a NodeList is a
 * call into the DOM).
 *
 * The cache is filled on first read, after Turndown has collapsed the copy's whitespace, and nothing
 * changes the copy after that: Turndown only reads it and our rules never write to it.
 */

const TEXT = 3;
const CDATA = 4;
const ELEMENT = 1;

interface Remembered {
  text: string;
  children: Node[];
}

/**
 * A deep copy of `root` for Turndown, whose elements remember their `textContent` and `childNodes`
 * once read; its `cloneNode` returns itself, so Turndown works on this copy instead of making its own.
 */
export function turndownCopy<T extends Node>(root: T): T {
  const copy = root.cloneNode(true) as T;
  const cache = new WeakMap<Node, Remembered>();
  const read = (element: Node): Remembered => {
    let known = cache.get(element);
    if (known === undefined) {
      let text = '';
      const children: Node[] = [];
      for (let child = element.firstChild; child; child = child.nextSibling) {
        children.push(child);
        const type = child.nodeType;
        if (type === TEXT || type === CDATA) text += (child as CharacterData).data;
        else if (type === ELEMENT) text += read(child).text;
      }
      known = { text, children };
      cache.set(element, known);
    }
    return known;
  };
  const textContent = {
    get: function (this: Node) {
      return read(this).text;
    },
    configurable: true,
  };
  const childNodes = {
    get: function (this: Node) {
      return read(this).children;
    },
    configurable: true,
  };
  const remember = (node: Node): void => {
    Object.defineProperty(node, 'textContent', textContent);
    Object.defineProperty(node, 'childNodes', childNodes);
  };
  if (copy.nodeType === ELEMENT) remember(copy);
  const doc = copy.ownerDocument ?? (copy as unknown as Document);
  const walker = doc.createTreeWalker(copy, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) remember(node);
  Object.defineProperty(copy, 'cloneNode', { value: () => copy, configurable: true });
  return copy;
}
