import { linkTargetEnd } from './link-target-end';

/** Markdown syntax a search should not see: link targets, image addresses, HTML tags, code fences. */
const BARE_URL = /\bhttps?:\/\/\S+/g;
// A tag runs to the next `>`. With none left, the rest of the text is taken as it is in one step,
// instead of being scanned again from every later `<`.
const TAG = /<\/?[a-z][^>]*(>?)/gi;

/** Reduces Markdown to its words for indexing; URLs are dropped so every "https" does not match. */
export function stripMarkdown(markdown: string): string {
  return dropLinkTargets(markdown)
    .replace(BARE_URL, ' ')
    .replace(TAG, (tag, closed: string) => (closed ? ' ' : tag));
}

/** `[text](target)` and `![alt](address)` keep their bracketed part: `[text]`. */
function dropLinkTargets(markdown: string): string {
  let out = '';
  let kept = 0;
  let at = markdown.indexOf('](');
  while (at !== -1) {
    const end = linkTargetEnd(markdown, at + 2, false);
    if (end === -1) {
      at = markdown.indexOf('](', at + 1);
      continue;
    }
    out += markdown.slice(kept, at + 1);
    kept = end;
    at = markdown.indexOf('](', end);
  }
  return kept === 0 ? markdown : out + markdown.slice(kept);
}
