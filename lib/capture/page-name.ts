/**
 * What to call a page that names nothing itself: the last segment of its path, decoded (or as
 * written, when it is not valid percent-encoding, so `a%E0.png` never throws), else its host.
 */
export function pageName(url: URL): string {
  const segment = url.pathname.split('/').filter(Boolean).at(-1);
  if (!segment) return url.hostname;
  try {
    return decodeURIComponent(segment) || url.hostname;
  } catch {
    return segment;
  }
}

/** A title for a page that gives none: {@link pageName} of its address, or the address itself. */
export function pageTitle(pageUrl: string): string {
  try {
    return pageName(new URL(pageUrl)) || pageUrl;
  } catch {
    return pageUrl;
  }
}
