import type { Article } from '../article.ts';
import { plural } from '../format/plural.ts';
import { normalizeTag } from '../tags/normalize-tag.ts';
import type { ArticleLimits } from './article-limits.ts';
import { articleProblem } from './article-schema.ts';
import { limitInlineImages } from './inline-images.ts';
import { isIsoDate } from './iso-date.ts';
import { safeLinkUrl } from './safe-link-url.ts';
import { utf8ByteLength } from './utf8-byte-length.ts';

/** An article brought within limits, with a sentence for each change; or why it cannot be. */
export type FitResult =
  | { ok: true; article: Article; notes: string[] }
  | { ok: false; reason: 'too-large' | 'invalid'; message: string };

const MiB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

/** `text` cut to at most `max` characters, ending in an ellipsis; whole code points, so no emoji is split. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}

const cutNullable = (text: string | null, max: number) => (text === null ? null : cutText(text, max));

/**
 * Brings an article within `limits` the way a user would want rather than refusing it: a long
 * title or excerpt is cut with an ellipsis, an impossible date or a lead image that is no web
 * address is left out, inline images beyond the limits are replaced by a visible note. A body still
 * too large, or anything else the article schema refuses (no title, a source that is no web
 * address), fails with a sentence for the user. An article within limits comes back unchanged.
 */
export function fitArticle(article: Article, limits: ArticleLimits): FitResult {
  const notes: string[] = [];
  const { title } = article;
  const fitted: Article = {
    ...article,
    title: cutText(title, limits.titleLength),
    authors: article.authors.slice(0, limits.authorCount).map((name) => cutText(name, limits.nameLength)),
    siteName: cutNullable(article.siteName, limits.nameLength),
    excerpt: cutNullable(article.excerpt, limits.excerptLength),
    lang: article.lang !== null && article.lang.length > limits.langLength ? null : article.lang,
  };
  if (fitted.title !== title) {
    notes.push(
      `The title was ${title.length.toLocaleString('en')} characters long and was cut to ${limits.titleLength.toLocaleString('en')}.`,
    );
  }
  if (article.publishedTime !== null && !isIsoDate(article.publishedTime)) {
    fitted.publishedTime = null;
    notes.push(`The published date “${cutText(article.publishedTime, 40)}” is not a date and was left out.`);
  }
  if (!isIsoDate(article.capturedAt) && !Number.isNaN(Date.parse(article.capturedAt))) {
    // A hand-written file's "2024-05-01 09:30": the same moment, written as we write dates.
    fitted.capturedAt = new Date(Date.parse(article.capturedAt)).toISOString();
  }
  if (
    article.leadImage !== null &&
    (article.leadImage.length > limits.urlLength || safeLinkUrl(article.leadImage) === null)
  ) {
    fitted.leadImage = null;
    notes.push('The lead image was not a web address (or too long a one) and was left out.');
  }
  const images = limitInlineImages(article.markdown, limits);
  if (images.dropped > 0) {
    fitted.markdown = images.markdown;
    const which = plural(images.dropped, 'inline image was', 'inline images were', 'en');
    notes.push(`${which} too large to store and left out; the text says where.`);
  }
  const bytes = fitted.markdown.length > limits.bodyBytes / 3 ? utf8ByteLength(fitted.markdown) : 0;
  if (bytes > limits.bodyBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This article is too large to save: ${megabytes(bytes)} of text, more than the ${limits.bodyBytes / MiB} MB an article may have.`,
    };
  }
  const problem = articleProblem(fitted, limits);
  if (problem !== null) return { ok: false, reason: 'invalid', message: problem };
  return { ok: true, article: fitted, notes };
}

/** Tags normalised as the tag editor would, without empties or repeats, at most `limits.tagCount`. */
export function fitTags(
  tags: readonly string[],
  limits: ArticleLimits,
): { tags: string[]; note: string | null } {
  const fitted = [...new Set(tags.map(normalizeTag).filter((tag) => tag !== ''))].slice(0, limits.tagCount);
  const same = fitted.length === tags.length && fitted.every((tag, i) => tag === tags[i]);
  return {
    tags: fitted,
    note: same ? null : 'Its tags were tidied (empty, repeated or over-long tags, or too many of them).',
  };
}
