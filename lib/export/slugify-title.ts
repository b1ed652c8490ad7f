import { utf8ByteLength } from '../articles/utf8-byte-length';

/**
 * Longest slug, in code points. Long enough to tell titles apart in a file list, short enough that
 * `<slug>-<n>.md` stays far below the 255-unit limit of NTFS, APFS and ext4.
 */
export const MAX_SLUG_CHARS = 80;

/**
 * Longest slug in UTF-8 bytes: ext4 counts bytes, and 80 CJK or Devanagari characters alone would
 * take 240 bytes, leaving no room for a suffix and `.md`.
 */
export const MAX_SLUG_BYTES = 200;

// Device names Windows reserves in every folder, with or without an extension; the superscript
// digits count too (https://learn.microsoft.com/windows/win32/fileio/naming-a-file).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/u;

// Format characters (zero-width joiners, bidi overrides, soft hyphens) and controls are invisible:
// dropping them keeps a name that looks like one word from hiding a different one.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Letters, marks (which Devanagari, Thai and Arabic need to stay readable) and digits are kept;
// everything else, path separators and Windows' forbidden `<>:"/\|?*` included, becomes a hyphen.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Printable ASCII: one code point, one byte and one grapheme per character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The code points and UTF-8 bytes of a text, counted without making an array of it: an export
 * names every article, and spreading and encoding each title piece by piece made several kilobytes
 * of garbage per article.
 */
function measure(text: string): { chars: number; bytes: number } {
  let chars = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      chars--;
      i++;
    }
  }
  return { chars, bytes: utf8ByteLength(text) };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * A file-name-safe slug of a title: lower case, NFC, letters and digits of any script joined by
 * hyphens, bounded in length, never a Windows device name. Empty when the title has nothing
 * readable (only emoji or punctuation), so the caller can fall back to another name.
 */
export function slugifyTitle(title: string, maxChars = MAX_SLUG_CHARS, maxBytes = MAX_SLUG_BYTES): string {
  const words = title
    .normalize('NFC')
    // Tabs and line breaks separate words; other controls are noise.
    .replace(/\s+/gu, ' ')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(NOT_WORD, '-')
    .replace(/^-+|-+$/g, '');
  // A slug made only of combining marks has no base letter to show.
  if (!/[\p{L}\p{N}]/u.test(words)) return '';
  const slug = truncateSlug(words, maxChars, maxBytes);
  return WINDOWS_RESERVED.test(slug) ? `${slug}-article` : slug;
}

/**
 * Cuts a slug to the limits on a grapheme boundary, so an accent is never split from its letter,
 * preferring the last hyphen when it keeps at least half of the room.
 */
export function truncateSlug(slug: string, maxChars: number, maxBytes: number): string {
  const whole = measure(slug);
  if (whole.chars <= maxChars && whole.bytes <= maxBytes) return slug;
  // Only the start is segmented: Intl.Segmenter takes seconds over a 100,000-character title. Four
  // units per kept code point is more than a grapheme the loop keeps could reach into.
  const start = slug.slice(0, 4 * maxChars + 64);
  let kept = '';
  if (PRINTABLE_ASCII.test(start)) kept = start.slice(0, Math.min(maxChars, maxBytes));
  else {
    let chars = 0;
    let bytes = 0;
    for (const grapheme of graphemes(start)) {
      const size = measure(grapheme);
      if (chars + size.chars > maxChars || bytes + size.bytes > maxBytes) break;
      kept += grapheme;
      chars += size.chars;
      bytes += size.bytes;
    }
  }
  const lastHyphen = kept.lastIndexOf('-');
  if (lastHyphen >= kept.length / 2) kept = kept.slice(0, lastHyphen);
  return kept.replace(/-+$/, '');
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): Iterable<string> {
  // Printable ASCII has one grapheme per character (a slug has no CR LF pair, the one ASCII
  // cluster), and most titles are ASCII: segmenting them cost ~0.5 ms a title, seconds per
  // 10,000-article export or folder pass.
  if (typeof Intl.Segmenter !== 'function' || PRINTABLE_ASCII.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
