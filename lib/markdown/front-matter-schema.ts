import * as v from 'valibot';
import { issueMessage, schemaMessage } from '../i18n/issue-message';
import { message, type Message } from '../i18n/message';
import { readFrontMatterAliases } from '../templates/front-matter-options';
import { ARTICLE_STATUSES, roundProgress } from '../reading-state/reading-state';

/** The message `what` about the field `key`, as a schema carries it. */
const wrong = (what: string, key: string) => schemaMessage(message(what, key));
const text = (key: string) => v.string(wrong('frontMatter.notText', key));
const optionalText = (key: string) => v.nullish(text(key));
/** One string or a list of them, as people write `tags: news` by hand. */
const textList = (key: string) =>
  v.pipe(
    v.nullish(v.union([text(key), v.array(text(key))], wrong('frontMatter.notList', key)), []),
    v.transform((value) => (typeof value === 'string' ? [value] : value)),
  );
const count = (key: string) =>
  v.pipe(
    v.number(wrong('frontMatter.notNumber', key)),
    v.safeInteger(wrong('frontMatter.notWholeNumber', key)),
    v.minValue(0, wrong('frontMatter.negative', key)),
  );
const date = (key: string) =>
  v.pipe(
    text(key),
    v.check((value) => !Number.isNaN(Date.parse(value)), wrong('frontMatter.notDate', key)),
  );
// Which schemes an address may have, and whether a date is in range, is the article schema's to
// judge (lib/articles), on the parsed URL: a pattern on the text here could be bypassed.
const pageUrl = (key: string) =>
  v.pipe(text(key), v.check(isAbsoluteUrl, wrong('frontMatter.notAddress', key)));

const NOT_FIELDS = message('frontMatter.notFields');

/** The front matter of a Clean Capture Markdown file; unknown keys (added by hand, by Obsidian) are ignored. */
export const FrontMatterSchema = v.object(
  {
    title: text('title'),
    authors: textList('authors'),
    site: optionalText('site'),
    published: optionalText('published'),
    lang: optionalText('lang'),
    dir: v.nullish(v.picklist(['ltr', 'rtl'], wrong('frontMatter.notDirection', 'dir'))),
    source: pageUrl('source'),
    canonical: pageUrl('canonical'),
    image: optionalText('image'),
    excerpt: optionalText('excerpt'),
    word_count: count('word_count'),
    reading_minutes: count('reading_minutes'),
    captured: date('captured'),
    tags: textList('tags'),
    /** `true` on an excerpt: only a selected part of the page was saved. */
    selection: v.nullish(v.boolean(wrong('frontMatter.notBoolean', 'selection'))),
    /** `true` on a page moved in from a reading list and not captured yet. */
    not_captured: v.nullish(v.boolean(wrong('frontMatter.notBoolean', 'not_captured'))),
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
  schemaMessage(NOT_FIELDS),
);

export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>;

/** The front matter's fields, typed, or a message naming the first field that is missing or wrong. */
export function validateFrontMatter(
  data: unknown,
): { ok: true; fields: FrontMatter } | { ok: false; message: Message | string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: NOT_FIELDS };
  }
  // Fields written under another name by the export's options, or by another clipper.
  const result = v.safeParse(FrontMatterSchema, readFrontMatterAliases(data as Record<string, unknown>));
  if (result.success) return { ok: true, fields: result.output };
  const issue = result.issues[0];
  const key = issue.path?.[0]?.key;
  if (typeof key === 'string' && issue.input === undefined) {
    return { ok: false, message: message('frontMatter.missing', key) };
  }
  return { ok: false, message: issueMessage(issue, NOT_FIELDS) };
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
