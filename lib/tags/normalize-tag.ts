/** The longest tag kept: room for a short phrase, still readable in a filter menu and a list row. */
export const MAX_TAG_LENGTH = 40;

/**
 * Turns what someone typed into a tag: Unicode NFC, inner white space collapsed to one space, lower
 * case, at most {@link MAX_TAG_LENGTH} characters, no space at either end. '' means "no tag".
 */
export function normalizeTag(text: string): string {
  // NFC, so a "café" typed with a combining accent and one typed with "é" are the same tag; code
  // points rather than UTF-16 units, so the cut never splits an emoji in half.
  const words = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return Array.from(words).slice(0, MAX_TAG_LENGTH).join('').trimEnd();
}
