/** JavaScript's `\s`: the ECMAScript white space and line terminators. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const OPEN = 40; // (
const CLOSE = 41; // )
const QUOTE = 34; // "

/**
 * Where the link target that starts at `from` (just after `](`) ends, past its `)`; -1 when there is
 * no well-formed target. A target is address characters and parenthesised parts, then an optional
 * `"title"`. `nestedOpen` lets a parenthesised part hold a `(` of its own.
 *
 * A scan, not a regular expression: an expression with an alternation under `*` keeps one
 * backtracking entry per character, and an 8 MiB `data:` image overflows the stack with it.
 */
export function linkTargetEnd(text: string, from: number, nestedOpen: boolean): number {
  let i = from;
  for (;;) {
    if (i >= text.length) return -1;
    const code = text.charCodeAt(i);
    if (code === CLOSE) return i + 1;
    if (isSpaceCode(code)) break;
    if (code === OPEN) {
      i++;
      while (i < text.length) {
        const inner = text.charCodeAt(i);
        if (inner === CLOSE || (inner === OPEN && !nestedOpen)) break;
        i++;
      }
      if (text.charCodeAt(i) !== CLOSE) return -1;
    }
    i++;
  }
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== QUOTE) return -1;
  const close = text.indexOf('"', i + 1);
  return close !== -1 && text.charCodeAt(close + 1) === CLOSE ? close + 2 : -1;
}
