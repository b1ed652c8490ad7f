import { list, message, type Message } from '../i18n/message';
import { normalizeTag } from '../tags/normalize-tag';

/** The front matter fields an exported file may have, in the order they are written. */
export const FRONT_MATTER_FIELDS = [
  'title',
  'authors',
  'site',
  'published',
  'lang',
  'dir',
  'source',
  'canonical',
  'image',
  'excerpt',
  'word_count',
  'reading_minutes',
  'captured',
  'selection',
  'not_captured',
  'tags',
  'status',
  'progress',
] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

/**
 * Fields the import needs to restore an article: they can be renamed but never left out, so a
 * library exported with any settings comes back in.
 */
export const REQUIRED_FRONT_MATTER_FIELDS: readonly FrontMatterField[] = [
  'title',
  'source',
  'canonical',
  'word_count',
  'reading_minutes',
  'captured',
  // An excerpt must stay an excerpt after a round trip, and a page still to capture one to capture.
  'selection',
  'not_captured',
];

/**
 * The other names a field may be written under: the ones other clippers and note apps use
 * (Obsidian Web Clipper's `url` and `author`, MarkDownload's `created`). The import reads them back.
 */
export const FRONT_MATTER_ALIASES: Readonly<Partial<Record<FrontMatterField, readonly string[]>>> = {
  authors: ['author'],
  site: ['site_name', 'publisher'],
  published: ['date', 'published_at'],
  source: ['url', 'link'],
  canonical: ['canonical_url'],
  image: ['cover', 'banner'],
  excerpt: ['description', 'summary'],
  word_count: ['words'],
  reading_minutes: ['reading_time'],
  captured: ['created', 'clipped', 'saved'],
};

/** How the export writes front matter; the defaults give exactly today's files. */
export interface FrontMatterOptions {
  /** Fields left out (only those the import can do without). */
  omit: FrontMatterField[];
  /** Fields written under one of their other names. */
  rename: Partial<Record<FrontMatterField, string>>;
  /** Fields with the same text in every file (`type: article`), written after the article's own. */
  constants: Record<string, string>;
  /** Tags every file lists after the article's own. */
  defaultTags: string[];
}

/** Today's front matter: every field under its own name, nothing added. */
export const DEFAULT_FRONT_MATTER_OPTIONS: FrontMatterOptions = {
  omit: [],
  rename: {},
  constants: {},
  defaultTags: [],
};

/** A key that reads the same in every YAML reader and Obsidian's properties view. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
/** Most constant fields: a handful is what people add; a limit keeps a damaged setting small. */
export const MAX_CONSTANT_FIELDS = 20;
export const MAX_CONSTANT_LENGTH = 200;
export const MAX_DEFAULT_TAGS = 20;

/**
 * Every name a field can have, so a constant cannot shadow one the import reads. The reading state
 * is not among them: it came after constants (a `status` constant is common in notes apps), and
 * the import reads it from the manifest first, so a constant of that name costs nothing.
 */
const ALL_FIELD_NAMES = new Set<string>(
  [...FRONT_MATTER_FIELDS, ...Object.values(FRONT_MATTER_ALIASES).flat()].filter(
    (name) => name !== 'status' && name !== 'progress',
  ),
);

/** What is wrong with front matter options, in a sentence, or null when they can be used. */
export function checkFrontMatterOptions(options: FrontMatterOptions): Message | null {
  const fields = new Set<string>(FRONT_MATTER_FIELDS);
  for (const field of options.omit) {
    if (!fields.has(field)) return message('templateCheck.noFieldToOmit', field);
    if (REQUIRED_FRONT_MATTER_FIELDS.includes(field)) return message('templateCheck.fieldRequired', field);
  }
  for (const [field, name] of Object.entries(options.rename)) {
    if (!fields.has(field)) return message('templateCheck.noFieldToRename', field);
    const allowed = FRONT_MATTER_ALIASES[field as FrontMatterField] ?? [];
    if (name !== field && !allowed.includes(name)) {
      const quoted = allowed.map((alias) => `"${alias}"`);
      return allowed.length > 0
        ? message('templateCheck.renameTo', field, name, list(quoted, 'disjunction'))
        : message('templateCheck.noRename', field, name);
    }
  }
  const constants = Object.entries(options.constants);
  if (constants.length > MAX_CONSTANT_FIELDS)
    return message('templateCheck.tooManyConstants', MAX_CONSTANT_FIELDS);
  for (const [key, value] of constants) {
    if (!PLAIN_KEY.test(key)) return message('templateCheck.constantName', key);
    if (ALL_FIELD_NAMES.has(key)) return message('templateCheck.constantTaken', key);
    if (value.length > MAX_CONSTANT_LENGTH)
      return message('templateCheck.constantTooLong', key, MAX_CONSTANT_LENGTH);
  }
  if (options.defaultTags.length > MAX_DEFAULT_TAGS)
    return message('templateCheck.tooManyTags', MAX_DEFAULT_TAGS);
  if (options.defaultTags.some((tag) => normalizeTag(tag) === '')) return message('templateCheck.emptyTag');
  return null;
}

/**
 * Front matter in its own names and order → as the options write it: fields left out or renamed,
 * default tags after the article's own, constant fields last. The defaults change nothing.
 */
export function applyFrontMatterOptions(
  data: Readonly<Partial<Record<FrontMatterField, unknown>>>,
  options: FrontMatterOptions,
): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  const tags = mergeTags(Array.isArray(data.tags) ? (data.tags as string[]) : [], options.defaultTags);
  for (const field of FRONT_MATTER_FIELDS) {
    if (options.omit.includes(field)) continue;
    const value = field === 'tags' ? (tags.length > 0 ? tags : undefined) : data[field];
    if (value !== undefined) written[options.rename[field] ?? field] = value;
  }
  for (const [key, value] of Object.entries(options.constants)) written[key] = value;
  return written;
}

function mergeTags(own: readonly string[], defaults: readonly string[]): string[] {
  const merged = [...own];
  for (const tag of defaults.map(normalizeTag)) if (tag !== '' && !merged.includes(tag)) merged.push(tag);
  return merged;
}

/**
 * Front matter read from a file → in its own names: a field written under another name (`url`)
 * is read as its own (`source`) unless the file also has the own name.
 */
export function readFrontMatterAliases(data: Record<string, unknown>): Record<string, unknown> {
  const read = { ...data };
  for (const [field, aliases] of Object.entries(FRONT_MATTER_ALIASES)) {
    if (field in read) continue;
    const alias = aliases.find((name) => name in read);
    if (alias !== undefined) read[field] = read[alias];
  }
  return read;
}
