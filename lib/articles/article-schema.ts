import * as v from 'valibot';
import { MAX_TAG_LENGTH, normalizeTag } from '../tags/normalize-tag.ts';
import type { ArticleLimits } from './article-limits.ts';
import { inlineDataSizes } from './inline-images.ts';
import { isIsoDate } from './iso-date.ts';
import { safeLinkUrl } from './safe-link-url.ts';
import { utf8ByteLength } from './utf8-byte-length.ts';

const nullableString = v.nullable(v.string());

/**
 * The types of a captured article and nothing else: what the page's extract script must send.
 * Sizes and formats are judged afterwards by {@link articleSchema}, once capture has fitted what it
 * can (a long title is cut, not refused).
 */
export const ArticleShapeSchema = v.strictObject({
  title: v.string(),
  authors: v.array(v.string()),
  siteName: nullableString,
  publishedTime: nullableString,
  lang: nullableString,
  dir: v.nullable(v.picklist(['ltr', 'rtl'])),
  excerpt: nullableString,
  sourceUrl: v.string(),
  canonicalUrl: v.string(),
  leadImage: nullableString,
  wordCount: v.number(),
  readingMinutes: v.number(),
  capturedAt: v.string(),
  markdown: v.string(),
  selection: v.optional(v.literal(true)),
});

/** Text an export can write and read back as the same text: no unpaired UTF-16 surrogates. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MiB = 1024 * 1024;
const count = (n: number) => n.toLocaleString('en');

/** Addresses a page can be saved from: the web, and local files the user allowed. */
function isPageUrl(url: string): boolean {
  if (safeLinkUrl(url) !== null) return true;
  try {
    return new URL(url).protocol === 'file:';
  } catch {
    return false;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;
// Most text has no surrogates at all, and the cheap test spares the look-behind over a long body.
const isWellFormed = (text: string) => !SURROGATE.test(text) || !LONE_SURROGATE.test(text);
const wellFormed = (what: string) => v.check(isWellFormed, `${what} holds a broken character.`);
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.maxLength(max, `${what} is longer than ${count(max)} characters.`),
    wellFormed(what),
  );
const pageUrl = (what: string, max: number) =>
  v.pipe(text(what, max), v.check(isPageUrl, `${what} is not a web address (http or https).`));
const wholeNumber = (what: string) =>
  v.pipe(v.number(), v.safeInteger(`${what} must be a whole number.`), v.minValue(0, `${what} is negative.`));

/**
 * The one rule for what an article may be: what capture may store, what export writes and what
 * import accepts, each with its own {@link ArticleLimits}. Capture's are inside import's, so every
 * stored article is accepted back.
 */
export function articleSchema(limits: ArticleLimits) {
  let schema = schemas.get(limits);
  if (!schema) {
    schema = buildArticleSchema(limits);
    schemas.set(limits, schema);
  }
  return schema;
}

// Built once per set of limits: an import checks thousands of articles.
const schemas = new WeakMap<ArticleLimits, ReturnType<typeof buildArticleSchema>>();

function buildArticleSchema(limits: ArticleLimits) {
  return v.strictObject({
    title: v.pipe(
      text('The title', limits.titleLength),
      v.check((title) => title.trim() !== '', 'The article has no title.'),
    ),
    authors: v.pipe(
      v.array(text('An author’s name', limits.nameLength)),
      v.maxLength(limits.authorCount, `The article names more than ${count(limits.authorCount)} authors.`),
    ),
    siteName: v.nullable(text('The site name', limits.nameLength)),
    publishedTime: v.nullable(
      v.pipe(v.string(), v.check(isIsoDate, 'The published date is not a date like 2024-05-01T09:30:00Z.')),
    ),
    lang: v.nullable(text('The language', limits.langLength)),
    dir: v.nullable(v.picklist(['ltr', 'rtl'], 'The direction must be ltr or rtl.')),
    excerpt: v.nullable(text('The excerpt', limits.excerptLength)),
    sourceUrl: pageUrl('The source address', limits.urlLength),
    canonicalUrl: pageUrl('The canonical address', limits.urlLength),
    leadImage: v.nullable(
      v.pipe(
        text('The lead image address', limits.urlLength),
        v.check((url) => safeLinkUrl(url) !== null, 'The lead image address is not a web address.'),
      ),
    ),
    wordCount: wholeNumber('The word count'),
    readingMinutes: wholeNumber('The reading time'),
    capturedAt: v.pipe(
      v.string(),
      v.check(isIsoDate, 'The capture time is not a date like 2024-05-01T09:30:00Z.'),
    ),
    markdown: v.pipe(
      v.string(),
      wellFormed('The text'),
      v.check(
        // UTF-8 takes one to three bytes per UTF-16 unit: count only when the length cannot tell.
        (body) =>
          body.length <= limits.bodyBytes &&
          (body.length * 3 <= limits.bodyBytes || utf8ByteLength(body) <= limits.bodyBytes),
        `The text is larger than ${limits.bodyBytes / MiB} MB.`,
      ),
      v.check(
        (body) => {
          const sizes = inlineDataSizes(body);
          const total = sizes.reduce((sum, size) => sum + size, 0);
          return sizes.every((size) => size <= limits.inlineImageBytes) && total <= limits.inlineDataBytes;
        },
        `The text holds inline images larger than ${limits.inlineImageBytes / MiB} MB each or ${limits.inlineDataBytes / MiB} MB together.`,
      ),
    ),
    selection: v.optional(v.literal(true, 'An excerpt is marked `selection: true`.')),
    notCaptured: v.optional(v.literal(true, 'A page still to capture is marked `notCaptured: true`.')),
  });
}

/** The tags an article may carry: each already normalised (so at most 40 characters), none twice. */
export function tagsSchema(limits: ArticleLimits) {
  return v.pipe(
    v.array(v.string()),
    v.maxLength(limits.tagCount, `The article has more than ${count(limits.tagCount)} tags.`),
    v.check(
      (tags) => tags.every((tag) => tag !== '' && normalizeTag(tag) === tag),
      `Tags must be lower case, at most ${MAX_TAG_LENGTH} characters, with single spaces.`,
    ),
    v.check((tags) => new Set(tags).size === tags.length, 'A tag appears twice.'),
  );
}

/** The first thing wrong with `value` as an article under `limits`, as a sentence; null when nothing is. */
export function articleProblem(value: unknown, limits: ArticleLimits): string | null {
  const result = v.safeParse(articleSchema(limits), value);
  return result.success ? null : (result.issues[0]?.message ?? 'The article is not valid.');
}
