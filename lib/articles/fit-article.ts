import type { Article } from '../article.ts';
import { bytes as size, counted, message, type Message } from '../i18n/message.ts';
import { normalizeTag } from '../tags/normalize-tag.ts';
import type { ArticleLimits } from './article-limits.ts';
import { articleProblem } from './article-schema.ts';
import { limitInlineImages } from './inline-images.ts';
import { isIsoDate } from './iso-date.ts';
import { safeLinkUrl } from './safe-link-url.ts';
import { utf8ByteLength } from './utf8-byte-length.ts';

/** An article brought within limits, with a sentence for each change; or why it cannot be. */
export type FitResult =
  | { ok: true; article: Article; notes: Message[] }
  | { ok: false; reason: 'too-large'; message: Message }
  /** `message`: what the article schema found wrong first. */
  | { ok: false; reason: 'invalid'; message: Message | string };

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
  const notes: Message[] = [];
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
    notes.push(message('fit.titleCut', title.length, limits.titleLength));
  }
  if (article.publishedTime !== null && !isIsoDate(article.publishedTime)) {
    fitted.publishedTime = null;
    notes.push(message('fit.publishedNotDate', cutText(article.publishedTime, 40)));
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
    notes.push(message('fit.leadImageDropped'));
  }
  const images = limitInlineImages(article.markdown, limits);
  if (images.dropped > 0) {
    fitted.markdown = images.markdown;
    notes.push(counted('fit.inlineImagesDropped', images.dropped));
  }
  const bytes = fitted.markdown.length > limits.bodyBytes / 3 ? utf8ByteLength(fitted.markdown) : 0;
  if (bytes > limits.bodyBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: message('fit.tooLarge', size(bytes), size(limits.bodyBytes)),
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
): { tags: string[]; note: Message | null } {
  const fitted = [...new Set(tags.map(normalizeTag).filter((tag) => tag !== ''))].slice(0, limits.tagCount);
  const same = fitted.length === tags.length && fitted.every((tag, i) => tag === tags[i]);
  return {
    tags: fitted,
    note: same ? null : message('fit.tagsTidied'),
  };
}
