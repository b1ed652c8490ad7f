import * as v from 'valibot';
import { issueMessage, schemaMessage } from '../i18n/issue-message.ts';
import { bytes, counted, message, type Message } from '../i18n/message.ts';
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
// Each field's name is a message of its own ("The title"), put into the sentence about it.
const said = schemaMessage;
const wellFormed = (what: Message) => v.check(isWellFormed, said(message('article.brokenCharacter', what)));
const text = (what: Message, max: number) =>
  v.pipe(
    v.string(said(message('article.notText', what))),
    v.maxLength(max, said(counted('article.tooLong', max, what))),
    wellFormed(what),
  );
const pageUrl = (what: Message, max: number) =>
  v.pipe(text(what, max), v.check(isPageUrl, said(message('article.notWebAddress', what))));
const wholeNumber = (what: Message) =>
  v.pipe(
    v.number(said(message('article.notWholeNumber', what))),
    v.safeInteger(said(message('article.notWholeNumber', what))),
    v.minValue(0, said(message('article.negative', what))),
  );

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
      text(message('article.field.title'), limits.titleLength),
      v.check((title) => title.trim() !== '', said(message('article.noTitle'))),
    ),
    authors: v.pipe(
      v.array(text(message('article.field.author'), limits.nameLength)),
      v.maxLength(limits.authorCount, said(counted('article.tooManyAuthors', limits.authorCount))),
    ),
    siteName: v.nullable(text(message('article.field.siteName'), limits.nameLength)),
    publishedTime: v.nullable(
      v.pipe(
        v.string(said(message('article.notDate', message('article.field.published')))),
        v.check(isIsoDate, said(message('article.notDate', message('article.field.published')))),
      ),
    ),
    lang: v.nullable(text(message('article.field.lang'), limits.langLength)),
    dir: v.nullable(v.picklist(['ltr', 'rtl'], said(message('article.badDirection')))),
    excerpt: v.nullable(text(message('article.field.excerpt'), limits.excerptLength)),
    sourceUrl: pageUrl(message('article.field.sourceUrl'), limits.urlLength),
    canonicalUrl: pageUrl(message('article.field.canonicalUrl'), limits.urlLength),
    leadImage: v.nullable(
      v.pipe(
        text(message('article.field.leadImage'), limits.urlLength),
        v.check(
          (url) => safeLinkUrl(url) !== null,
          said(message('article.notWebAddress', message('article.field.leadImage'))),
        ),
      ),
    ),
    wordCount: wholeNumber(message('article.field.wordCount')),
    readingMinutes: wholeNumber(message('article.field.readingMinutes')),
    capturedAt: v.pipe(
      v.string(said(message('article.notDate', message('article.field.captured')))),
      v.check(isIsoDate, said(message('article.notDate', message('article.field.captured')))),
    ),
    markdown: v.pipe(
      v.string(said(message('article.notText', message('article.field.text')))),
      wellFormed(message('article.field.text')),
      v.check(
        // UTF-8 takes one to three bytes per UTF-16 unit: count only when the length cannot tell.
        (body) =>
          body.length <= limits.bodyBytes &&
          (body.length * 3 <= limits.bodyBytes || utf8ByteLength(body) <= limits.bodyBytes),
        said(message('article.textTooLarge', bytes(limits.bodyBytes))),
      ),
      v.check(
        (body) => {
          const sizes = inlineDataSizes(body);
          const total = sizes.reduce((sum, size) => sum + size, 0);
          return sizes.every((size) => size <= limits.inlineImageBytes) && total <= limits.inlineDataBytes;
        },
        said(
          message(
            'article.inlineImagesTooLarge',
            bytes(limits.inlineImageBytes),
            bytes(limits.inlineDataBytes),
          ),
        ),
      ),
    ),
    selection: v.optional(v.literal(true, said(message('article.selectionMarker')))),
    notCaptured: v.optional(v.literal(true, said(message('article.notCapturedMarker')))),
  });
}

/** The tags an article may carry: each already normalised (so at most 40 characters), none twice. */
export function tagsSchema(limits: ArticleLimits) {
  return v.pipe(
    v.array(v.string(), said(message('article.tagsNotList'))),
    v.maxLength(limits.tagCount, said(counted('article.tooManyTags', limits.tagCount))),
    v.check(
      (tags) => tags.every((tag) => tag !== '' && normalizeTag(tag) === tag),
      said(message('article.tagsNotNormal', MAX_TAG_LENGTH)),
    ),
    v.check((tags) => new Set(tags).size === tags.length, said(message('article.tagTwice'))),
  );
}

/** The first thing wrong with `value` as an article under `limits`, as a message; null when nothing is. */
export function articleProblem(value: unknown, limits: ArticleLimits): Message | string | null {
  const result = v.safeParse(articleSchema(limits), value);
  return result.success ? null : issueMessage(result.issues[0], INVALID);
}

/** What is wrong with `tags` as an article's tags (see {@link tagsSchema}); null when nothing is. */
export function tagsProblem(tags: unknown, limits: ArticleLimits): Message | string | null {
  const result = v.safeParse(tagsSchema(limits), tags);
  return result.success ? null : issueMessage(result.issues[0], INVALID);
}

const INVALID = message('article.invalid');
