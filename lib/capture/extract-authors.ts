import { namesOf, types, type JsonLdNode } from './read-json-ld.ts';

const BY_PREFIX = /^\s*(?:by|von|par|por|di|door|av|af|przez|автор|от)\s*[:\s]\s*/iu;

/**
 * The article's authors in page order, from the first source that names any: JSON-LD `author`,
 * `meta[name=author]`, `article:author`, `rel=author` links. Readability's byline, known only after
 * extraction, is read later with {@link authorsFromByline}.
 */
export function extractAuthors(
  doc: Document,
  article: JsonLdNode | null,
  siteName: string | null = null,
): string[] {
  // A site that names itself as the author names nobody.
  const site = siteName?.trim().toLowerCase();
  const sources: (() => string[])[] = [
    () => (article ? namesOf(people(article['author'] ?? article['creator'])) : []),
    () => metaValues(doc, ['author', 'byl', 'dc.creator', 'sailthru.author']).flatMap(splitNames),
    () => metaValues(doc, ['article:author']).filter((v) => !/^https?:|\//.test(v)),
    () =>
      Array.from(
        doc.querySelectorAll('a[rel~="author"], [itemprop="author"] [itemprop="name"]'),
        (a) => a.textContent ?? '',
      ),
  ];
  for (const source of sources) {
    const names = dedupe(source().map(cleanName).filter(isPlausibleName)).filter(
      (n) => n.toLowerCase() !== site,
    );
    if (names.length > 0) return names;
  }
  return [];
}

/** Author names from a byline such as "By Jane Doe and John Roe". */
export function authorsFromByline(byline: string): string[] {
  return dedupe(splitNames(byline).map(cleanName).filter(isPlausibleName));
}

/** Every value of the named metas: pages repeat `author` once per author. */
/** Drops organisations: a site naming itself as the author names nobody. */
function people(value: unknown): unknown {
  const list = Array.isArray(value) ? value : [value];
  return list.filter(
    (item) => !(item && typeof item === 'object' && types(item as JsonLdNode).includes('Organization')),
  );
}

function metaValues(doc: Document, names: readonly string[]): string[] {
  return Array.from(doc.getElementsByTagName('meta'))
    .filter((m) => names.includes((m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase()))
    .map((m) => m.getAttribute('content') ?? '');
}

/** "A, B and C" → three names; but "Doe, Jane" (one name, inverted) stays whole. */
function splitNames(value: string): string[] {
  const parts = value
    .replace(BY_PREFIX, '')
    .split(/\s*(?:;|,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*/iu)
    .filter((part) => part.trim() !== '');
  const allFullNames = parts.every((part) => part.trim().split(/\s+/).length >= 2);
  return parts.length > 1 && allFullNames ? parts : [value];
}

function cleanName(name: string): string {
  return name.replace(BY_PREFIX, '').replace(/\s+/g, ' ').trim();
}

function isPlausibleName(name: string): boolean {
  // Digits belong to the date a byline often ends with ("By Jane Doe, 12 March 2012"), not to names.
  return (
    name.length > 1 &&
    name.length <= 100 &&
    !/^https?:/i.test(name) &&
    /\p{L}/u.test(name) &&
    !/\p{N}/u.test(name)
  );
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
