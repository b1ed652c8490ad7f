import * as v from 'valibot';
import { readFrontMatterAliases } from '../templates/front-matter-options';
import { ARTICLE_STATUSES, roundProgress } from '../reading-state/reading-state';

const text = (key: string) => v.string(`\`${key}\` must be text.`);
const optionalText = (key: string) => v.nullish(text(key));
/** One string or a list of them, as people write `tags: news` by hand. */
const textList = (key: string) =>
  v.pipe(
    v.nullish(v.union([text(key), v.array(text(key))], `\`${key}\` must be a list of text.`), []),
    v.transform((value) => (typeof value === 'string' ? [value] : value)),
  );
const count = (key: string) =>
  v.pipe(
    v.number(`\`${key}\` must be a number.`),
    v.safeInteger(`\`${key}\` must be a whole number.`),
    v.minValue(0, `\`${key}\` must not be negative.`),
  );
const date = (key: string) =>
  v.pipe(
    text(key),
    v.check(
      (value) => !Number.isNaN(Date.parse(value)),
      `\`${key}\` must be a date like 2024-05-01T09:30:00Z.`,
    ),
  );
// Which schemes an address may have, and whether a date is in range, is the article schema's to
// judge (lib/articles), on the parsed URL: a pattern on the text here could be bypassed.
const pageUrl = (key: string) =>
  v.pipe(text(key), v.check(isAbsoluteUrl, `\`${key}\` must be a full address (https://…).`));

/** The front matter of a Clean Capture Markdown file; unknown keys (added by hand, by Obsidian) are ignored. */
export const FrontMatterSchema = v.object(
  {
    title: text('title'),
    authors: textList('authors'),
    site: optionalText('site'),
    published: optionalText('published'),
    lang: optionalText('lang'),
    dir: v.nullish(v.picklist(['ltr', 'rtl'], '`dir` must be ltr or rtl.')),
    source: pageUrl('source'),
    canonical: pageUrl('canonical'),
    image: optionalText('image'),
    excerpt: optionalText('excerpt'),
    word_count: count('word_count'),
    reading_minutes: count('reading_minutes'),
    captured: date('captured'),
    tags: textList('tags'),
    /** `true` on an excerpt: only a selected part of the page was saved. */
    selection: v.nullish(v.boolean('`selection` must be true or false.')),
    /** `true` on a page moved in from a reading list and not captured yet. */
    not_captured: v.nullish(v.boolean('`not_captured` must be true or false.')),
    // The reading state. Notes apps use `status` for their own (Obsidian's "status: draft"), and a
    // constant field may have that name: a value that is not ours is left aside, not refused.
    status: v.fallback(v.nullish(v.picklist(ARTICLE_STATUSES)), undefined),
    /** How far it was read, 0 to 1. */
    progress: v.fallback(
      v.nullish(
        v.pipe(
          v.number(),
          v.minValue(0),
          v.maxValue(1),
          v.transform((value: number) => roundProgress(value)),
        ),
      ),
      undefined,
    ),
  },
  'The front matter must be `key: value` lines.',
);

export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>;

/** The front matter's fields, typed, or a sentence naming the first field that is missing or wrong. */
export function validateFrontMatter(
  data: unknown,
): { ok: true; fields: FrontMatter } | { ok: false; message: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'The front matter must be `key: value` lines.' };
  }
  // Fields written under another name by the export's options, or by another clipper.
  const result = v.safeParse(FrontMatterSchema, readFrontMatterAliases(data as Record<string, unknown>));
  if (result.success) return { ok: true, fields: result.output };
  const issue = result.issues[0];
  const key = issue.path?.[0]?.key;
  if (typeof key === 'string' && issue.input === undefined) {
    return { ok: false, message: `The front matter has no \`${key}\`.` };
  }
  return { ok: false, message: issue.message };
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
