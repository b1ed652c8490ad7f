import { describe, expect, it } from 'vitest';
import { MAX_SLUG_BYTES, MAX_SLUG_CHARS, slugifyTitle } from '../../lib/export/slugify-title';

// Characters Windows forbids in names, plus controls; none may survive into a file name.
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/u;

describe('slugifyTitle', () => {
  it.each([
    ['plain English', 'How Rust Handles Memory', 'how-rust-handles-memory'],
    ['path traversal', '../../etc/passwd', 'etc-passwd'],
    ['absolute Unix path', '/usr/local/bin', 'usr-local-bin'],
    ['absolute Windows path', 'C:\\Windows\\System32', 'c-windows-system32'],
    ['Windows forbidden characters', 'What? <Really> "yes" | no * maybe: ok', 'what-really-yes-no-maybe-ok'],
    ['trailing dots and spaces', 'The end...   ', 'the-end'],
    ['device name CON', 'CON', 'con-article'],
    ['device name with extension', 'NUL.txt', 'nul-txt'],
    ['device name alone after cleaning', '  nul. ', 'nul-article'],
    ['device name COM with superscript', 'COM¹', 'com¹-article'],
    ['device name LPT9', 'lpt9', 'lpt9-article'],
    ['name that only starts like a device', 'Console tricks', 'console-tricks'],
    ['accents kept, composed to NFC', 'Cafe\u0301 de Flore', 'café-de-flore'],
    ['Cyrillic', 'Привет, мир!', 'привет-мир'],
    ['Chinese', '你好，世界', '你好-世界'],
    ['Arabic (RTL) with bidi marks', '\u202Eمرحبا\u200F بالعالم', 'مرحبا-بالعالم'],
    ['Hebrew', 'שלום עולם', 'שלום-עולם'],
    ['Devanagari keeps its vowel signs', 'नमस्ते दुनिया', 'नमस्ते-दुनिया'],
    ['zero-width characters are dropped', 'pay\u200Bpal\u200D login', 'paypal-login'],
    ['emoji are dropped', '🚀 Launch day 🎉', 'launch-day'],
    ['emoji only', '🚀🎉🔥', ''],
    ['punctuation only', '...///???', ''],
    ['empty', '', ''],
    ['combining marks only', '\u0301\u0302\u0303', ''],
    ['control characters', 'line\u0000one\ttwo\nthree', 'lineone-two-three'],
  ])('%s', (_case, title, expected) => {
    expect(slugifyTitle(title)).toBe(expected);
  });

  it('bounds a 300-character title, cutting at a word boundary', () => {
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const slug = slugifyTitle(title);
    expect([...slug].length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(slug.endsWith('-')).toBe(false);
    expect(
      title
        .toLowerCase()
        .replaceAll(' ', '-')
        .startsWith(slug + '-'),
    ).toBe(true);
  });

  it('bounds a long unbroken title by code points', () => {
    const slug = slugifyTitle('a'.repeat(300));
    expect(slug).toBe('a'.repeat(MAX_SLUG_CHARS));
  });

  it('bounds multi-byte titles by UTF-8 bytes without splitting a character', () => {
    const slug = slugifyTitle('字'.repeat(300));
    expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toBe('字'.repeat(66));
  });

  it('never separates a letter from its combining accent when cutting', () => {
    const slug = slugifyTitle('e\u0301'.repeat(100).normalize('NFD').replace(/é/g, 'e\u0301'), 5, 100);
    // Every kept base letter still carries its accent.
    expect(slug.normalize('NFD')).toMatch(/^(e\u0301)+$/);
  });

  it.each([
    '../'.repeat(50),
    'CON.txt',
    'aux',
    '  .  ',
    '\\\\server\\share\\file',
    'x'.repeat(1000),
    'a/b\\c:d*e?f"g<h>i|j',
    '\u202E\u2066evil\u2069.exe',
  ])('never yields a path, a dot or a forbidden character for %j', (title) => {
    const slug = slugifyTitle(title);
    expect(slug).not.toMatch(WINDOWS_FORBIDDEN);
    expect(slug).not.toContain('.');
    expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
  });
});
