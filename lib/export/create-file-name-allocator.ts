import {
  DEFAULT_FILE_NAME_TEMPLATE,
  fillTemplate,
  parseFileNameTemplate,
  type FileNameTemplate,
  type NamedArticle,
} from '../templates/file-name-template';
import { MAX_SLUG_BYTES, MAX_SLUG_CHARS, slugifyTitle, truncateSlug } from './slugify-title';

/** File names the export writes itself, which articles must not take. */
const RESERVED_STEMS = ['index', 'manifest'];

/** Top-level folders the export writes itself (images), which a template's folder must not take. */
const RESERVED_FOLDERS = ['assets'];

/**
 * Longest folder name a template makes, in code points and UTF-8 bytes: four folders and a file
 * name stay under the 260 characters that older Windows tools allow for a whole path.
 */
export const MAX_FOLDER_CHARS = 40;
export const MAX_FOLDER_BYTES = 100;

/** A folder whose variable was empty for this article (no author, no published date). */
const EMPTY_FOLDER = 'unsorted';

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

/** The default file-name template, parsed. */
export const DEFAULT_TEMPLATE = (() => {
  const parsed = parseFileNameTemplate(DEFAULT_FILE_NAME_TEMPLATE);
  if (!parsed.ok) throw new Error(parsed.message.key);
  return parsed.template;
})();

/** An article's path before numbering: its folders (`a/b/`, or empty) and its file's stem. */
export interface BaseName {
  prefix: string;
  base: string;
}

/**
 * The folders and stem the template gives one article, each segment following the slug rules:
 * the costly half of naming (slugs), which depends on this article and the template alone.
 */
export function templateBaseName(template: FileNameTemplate, article: NamedArticle): BaseName {
  const filled = fillTemplate(template, article);
  const folders = filled.folders.map((text, depth) => {
    const folder = slugifyTitle(text, MAX_FOLDER_CHARS, MAX_FOLDER_BYTES) || EMPTY_FOLDER;
    return depth === 0 && RESERVED_FOLDERS.includes(collisionKey(folder)) ? `${folder}-articles` : folder;
  });
  const prefix = folders.map((folder) => `${folder}/`).join('');
  const base = slugifyTitle(filled.file) || fallbackStem(article.sourceUrl) || 'article';
  return { prefix, base };
}

/**
 * Turns base names into paths `<folders>/<stem>.md`, unique without regard to case, in the order
 * asked: the first to ask gets the plain name, later ones a number (`-2`, `-3`).
 */
export function createPathNumberer(): (name: BaseName) => string {
  const taken = new Set(RESERVED_STEMS.map(collisionKey));
  // Where to resume numbering for each base, so a thousand "Untitled" articles cost linear time.
  const nextNumber = new Map<string, number>();
  return ({ prefix, base }) => {
    const baseKey = collisionKey(prefix + base);
    let stem = base;
    const from = nextNumber.get(baseKey) ?? 2;
    let n = from;
    for (; taken.has(collisionKey(prefix + stem)); n++) {
      const suffix = `-${n}`;
      // The suffix must fit inside the same bounds, so the base gives up room for it.
      stem = truncateSlug(base, MAX_SLUG_CHARS - suffix.length, MAX_SLUG_BYTES - suffix.length) + suffix;
    }
    // Only bases that were numbered are remembered: most names are taken once, and a key per
    // article would be kept for the whole export.
    if (n !== from) nextNumber.set(baseKey, n);
    taken.add(collisionKey(prefix + stem));
    return `${prefix}${stem}.md`;
  };
}

/**
 * Hands out `<folders>/<slug>.md` paths for one zip from a checked template, unique without regard
 * to case, in the order asked. Each segment follows the slug rules; a clash is numbered.
 */
export function createTemplateFileNameAllocator(
  template: FileNameTemplate = DEFAULT_TEMPLATE,
): (article: NamedArticle) => string {
  const number = createPathNumberer();
  return (article) => number(templateBaseName(template, article));
}

/** Hands out `<slug>.md` names for one zip, unique without regard to case, in the order asked. */
export function createFileNameAllocator(): (title: string, sourceUrl: string) => string {
  const nameFor = createTemplateFileNameAllocator();
  return (title, sourceUrl) =>
    nameFor({ title, sourceUrl, authors: [], siteName: null, publishedTime: null, capturedAt: '' });
}
