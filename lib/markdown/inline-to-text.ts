import { linkTargetEnd } from './link-target-end';
import { findCodeSpans } from './find-code-spans';

// A pattern that runs to a closing character takes, when that character is missing, what it read
// as it is (the empty last group says so) rather than being tried again from every later position:
// those tries would read the same text to the same dead end, in time growing with its square.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const IMAGE_REFERENCE = /!\[[^\]]*(\]\[[^\]]*\])?/g;
const LINK_REFERENCE = /\[([^\]]+)(\]\[[^\]]*\])?/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^>\s]+)(>?)/g;
const TAG = /<\/?[a-zA-Z][^>]*(>?)/g;
// An underscore run touching a non-word character is an emphasis delimiter; inside a word it is text.
const EMPHASIS_UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/** Strips inline Markdown from one line or cell: images, link targets, emphasis, code ticks, HTML tags, escapes. */
export function inlineToText(text: string): string {
  const codeSpans: string[] = [];
  // Code spans are literal: set them aside so their underscores and stars survive.
  let s = text.includes('`')
    ? replaceSpans(text, findCodeSpans(text), ({ code }) => {
        codeSpans.push(code.trim());
        return `\uE000${codeSpans.length - 1}\uE000`;
      })
    : text;
  // Each step is skipped on a line without its character: most lines of prose have none of them,
  // and a book-length article has tens of thousands of lines.
  if (s.includes('\\')) s = s.replace(ESCAPE, (_m, ch: string) => `\uE001${ch.charCodeAt(0)}\uE001`);
  if (s.includes('[')) {
    s = dropImages(s);
    // Only a reference (`[text][ref]`) is changed by these two, and each has a `][`.
    if (s.includes(']['))
      s = s
        .replace(IMAGE_REFERENCE, (m, ref?: string) => (ref ? '' : m))
        .replace(LINK_REFERENCE, (m, label: string, ref?: string) => (ref ? label : m));
    s = linksToText(s);
  }
  if (s.includes('<'))
    s = dropHtmlTags(s.replace(AUTOLINK, (m, url: string, closed: string) => (closed ? url : m)));
  if (s.includes('~~')) s = s.replace(/~~/g, '');
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  if (s.includes('_')) s = s.replace(EMPHASIS_UNDERSCORES, '');
  if (s.includes('\uE001'))
    s = s.replace(/\uE001(\d+)\uE001/g, (_m, code: string) => String.fromCharCode(Number(code)));
  return s.includes('\uE000')
    ? s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => codeSpans[Number(i)] ?? '')
    : s;
}

/** HTML tags become a space, so words on either side stay apart; a `<` never closed is text. */
export function dropHtmlTags(text: string): string {
  return text.replace(TAG, (tag, closed: string) => (closed ? ' ' : tag));
}

interface Span {
  start: number;
  end: number;
}

/** `text` with each of the ordered, separate `spans` replaced. */
function replaceSpans<T extends Span>(text: string, spans: readonly T[], by: (span: T) => string): string {
  if (spans.length === 0) return text;
  let out = '';
  let kept = 0;
  for (const span of spans) {
    out += text.slice(kept, span.start) + by(span);
    kept = span.end;
  }
  return out + text.slice(kept);
}

/** `![alt](address "title")`, dropped whole. */
function dropImages(text: string): string {
  const spans: Span[] = [];
  for (let at = text.indexOf('!['); at !== -1;) {
    const close = text.indexOf(']', at + 2);
    if (close === -1) break;
    const end = text.charCodeAt(close + 1) === 40 /* ( */ ? linkTargetEnd(text, close + 2, true) : -1;
    if (end === -1) {
      at = text.indexOf('![', at + 1);
      continue;
    }
    spans.push({ start: at, end });
    at = text.indexOf('![', end);
  }
  return replaceSpans(text, spans, () => '');
}

/** `[text](address)` becomes its text; the text may hold brackets of its own: `[Review [Video]](url)`. */
function linksToText(text: string): string {
  const spans: (Span & { label: string })[] = [];
  for (let at = text.indexOf('['); at !== -1;) {
    const close = labelEnd(text, at + 1);
    const end =
      close !== -1 && text.charCodeAt(close + 1) === 40 /* ( */ ? linkTargetEnd(text, close + 2, true) : -1;
    if (end === -1) {
      at = text.indexOf('[', at + 1);
      continue;
    }
    spans.push({ start: at, end, label: text.slice(at + 1, close) });
    at = text.indexOf('[', end);
  }
  return replaceSpans(text, spans, (span) => span.label);
}

/** The `]` that closes a link text starting at `from`, past any `[…]` inside it; -1 when none does. */
function labelEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 93 /* ] */) return i;
    if (code === 91 /* [ */) {
      i = text.indexOf(']', i + 1);
      if (i === -1) return -1;
    }
    i++;
  }
  return -1;
}
