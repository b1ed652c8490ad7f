/** Markdown syntax a search should not see: link targets, image addresses, HTML tags, code fences. */
const LINK_TARGET = /\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const BARE_URL = /\bhttps?:\/\/\S+/g;
const TAG = /<\/?[a-z][^>]*>/gi;

/** Reduces Markdown to its words for indexing; URLs are dropped so every "https" does not match. */
export function stripMarkdown(markdown: string): string {
  return markdown.replace(LINK_TARGET, ']').replace(BARE_URL, ' ').replace(TAG, ' ');
}
