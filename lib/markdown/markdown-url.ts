import { withoutMarks } from './conversion-context.ts';

/** Addresses that run code or carry their own content: never written as links. */
export const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data):/i;
const SAFE_IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

/**
 * A URL written as a Markdown link destination, or null when it must not be a link. Spaces, angle
 * brackets and backslashes are percent-encoded; parentheses stay as they are when balanced (Wikipedia's
 * `Foo_(bar)`), otherwise they are escaped so the destination cannot end early.
 */
export function linkDestination(url: string, kind: 'link' | 'image' = 'link'): string | null {
  // As the URL parser reads it: tabs and newlines dropped anywhere, control characters and spaces at
  // either end, so "\u0001javascript:" is seen for the script address it is.
  const trimmed = withoutMarks(url)
    .replace(/[\t\n\r]/g, '')
    // eslint-disable-next-line no-control-regex -- C0 controls are exactly what the URL parser strips
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .trim();
  if (!trimmed) return null;
  if (UNSAFE_SCHEME.test(trimmed) && !(kind === 'image' && SAFE_IMAGE_DATA.test(trimmed))) return null;
  const encoded = trimmed.replace(/[ <>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return balancedParentheses(encoded) ? encoded : encoded.replace(/[()]/g, '\\$&');
}

/** A link title in double quotes, escaped; empty when there is none. */
export function linkTitle(title: string | null, unlessEqualTo = ''): string {
  const text = withoutMarks(title ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text === unlessEqualTo.trim()) return '';
  return ` "${text.replace(/[\\"]/g, '\\$&')}"`;
}

function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
