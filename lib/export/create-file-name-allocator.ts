import { MAX_SLUG_BYTES, MAX_SLUG_CHARS, slugifyTitle, truncateSlug } from './slugify-title';

/** File names the export writes itself, which articles must not take. */
const RESERVED_STEMS = ['index', 'manifest'];

/**
 * Windows and macOS compare names without case, so `Rust.md` and `rust.md` would overwrite each
 * other when unzipped. Upper-then-lower case also folds `ı`/`i` and `ß`/`ss` together, erring on
 * the side of a suffix.
 */
function collisionKey(stem: string): string {
  return stem.toUpperCase().toLowerCase();
}

/**
 * The name for an article whose title has nothing readable (only emoji or punctuation): taken from
 * its address, which survives an export and import, unlike the id, which belongs to one browser.
 */
function fallbackStem(sourceUrl: string): string {
  try {
    const url = new URL(sourceUrl);
    const lastSegment = (url.pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.[a-z0-9]+$/i, '');
    return slugifyTitle(`${url.hostname} ${lastSegment}`);
  } catch {
    return '';
  }
}

/** Hands out `<slug>.md` names for one zip, unique without regard to case, in the order asked. */
export function createFileNameAllocator(): (title: string, sourceUrl: string) => string {
  const taken = new Set(RESERVED_STEMS.map(collisionKey));
  // Where to resume numbering for each base, so a thousand "Untitled" articles cost linear time.
  const nextNumber = new Map<string, number>();
  return (title, sourceUrl) => {
    const base = slugifyTitle(title) || fallbackStem(sourceUrl) || 'article';
    const baseKey = collisionKey(base);
    let stem = base;
    let n = nextNumber.get(baseKey) ?? 2;
    for (; taken.has(collisionKey(stem)); n++) {
      const suffix = `-${n}`;
      // The suffix must fit inside the same bounds, so the base gives up room for it.
      stem = truncateSlug(base, MAX_SLUG_CHARS - suffix.length, MAX_SLUG_BYTES - suffix.length) + suffix;
    }
    nextNumber.set(baseKey, n);
    taken.add(collisionKey(stem));
    return `${stem}.md`;
  };
}
