/** The only schemes a stored address may have when we make it a link or an image: the web's. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * `url` as the browser would follow it, when it is an http(s) address; null for anything else.
 * The scheme is read from the parsed URL, never from the raw text: `new URL` drops tabs, newlines
 * and leading control characters first, so `java\tscript:` would slip past a pattern on the text.
 */
export function safeLinkUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
