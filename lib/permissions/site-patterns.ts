/**
 * The host-permission match patterns that cover these pages: one per origin (`https://host/*`),
 * in first-seen order, each once. Pages other than http(s) give none: no permission reaches them.
 */
export function sitePatterns(urls: readonly (string | undefined)[]): string[] {
  const patterns = new Set<string>();
  for (const url of urls) {
    const pattern = url === undefined ? null : sitePattern(url);
    if (pattern) patterns.add(pattern);
  }
  return [...patterns];
}

/** The match pattern of one page's origin, or null for a page no host permission covers. */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Match patterns leave the port out: a pattern's host covers every port of it.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The sites of these patterns as a reader names them: `news.example, blog.example`. */
export function siteNames(patterns: readonly string[]): string {
  return [
    ...new Set(patterns.map((pattern) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, ''))),
  ].join(', ');
}
