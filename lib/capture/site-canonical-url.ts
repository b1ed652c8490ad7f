import { getDomain } from 'tldts';

/**
 * The site an address belongs to: its registrable domain by the Public Suffix List, private section
 * included (alice.github.io and bob.github.io are two sites). Hosts with no registrable domain, such
 * as IP addresses, `localhost` and files, are a site each: the host itself.
 */
function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? `host:${host}`;
}

/** Whether two addresses are on the same site (registrable domain), whatever their scheme or port. */
export function isSameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/**
 * The canonical URL a page may claim: any page can name any address as canonical, so one on another
 * site is ignored and the page keeps its own URL (without the fragment). Otherwise a page on one site
 * could pass for, and on "Capture again" replace, a saved article of another.
 */
export function siteCanonicalUrl(canonicalUrl: string, pageUrl: string): string {
  return isSameSite(canonicalUrl, pageUrl) ? canonicalUrl : pageUrl.replace(/#.*$/, '');
}
